import "./types.js";
import "./coverage-queries.js";
import "./funding-queries.js";
import "./meeting-queries.js";
import "./seat-queries.js";
import "./assessment-queries.js";
import "./rules-document-queries.js";
import "./joint-work-queries.js";
