import { builder } from "../builder.js";
import "../system/scalars.js";
import "../system/health.js";
import "../places/streets.js";

export const schema = builder.toSchema({ sortSchema: true });
