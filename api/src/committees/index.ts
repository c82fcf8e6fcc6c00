import "./types.js";
