/**
 * Vocabularies for fictional but realistic Chinese names: places, units, party
 * organisations, people, positions, and the texts of meetings, funds, assessments and
 * volunteer work. Any resemblance of a generated unit or person to a real one is chance.
 */
export * from "./people.js";
export * from "./places.js";
export * from "./texts.js";
export * from "./units.js";
