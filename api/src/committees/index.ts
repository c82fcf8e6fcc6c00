import "./types.js";
import "./queries.js";
import "./mutations.js";
import "./transition-mutations.js";
import "./membership-mutations.js";
