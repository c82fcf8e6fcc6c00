import "./types.js";
import "./queries.js";
import "./mutations.js";
import "./ratio-mutations.js";
import "./income-mutations.js";
