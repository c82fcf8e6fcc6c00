import "./types.js";
import "./fields.js";
import "./queries.js";
import "./mutations.js";
