/** Inputs shared by the unit and organisation mutations. */
import { versionedRecordInput } from "../data/inputs.js";

export const EndInput = versionedRecordInput("EndRecordInput", "注销/撤销一条记录 / End a record", "记录 / Record");
