import "./types.js";
import "./queries.js";
import "./mutations.js";
import "./private-mutations.js";
