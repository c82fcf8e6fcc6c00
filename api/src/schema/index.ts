import { builder } from "../builder.js";
import "../system/scalars.js";
import "../system/enums.js";
import "../errors/types.js";
import "../system/health.js";
import "../places/types.js";
import "../places/queries.js";
import "../places/mutations.js";
import "../units/types.js";
import "../units/queries.js";
import "../units/mutations.js";

export const schema = builder.toSchema({ sortSchema: true });
