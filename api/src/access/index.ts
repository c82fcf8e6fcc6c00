import "./types.js";
import "./demo.js";
