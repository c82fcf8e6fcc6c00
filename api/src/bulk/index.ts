import "./files.js";
import "./import-units.js";
import "./export.js";
