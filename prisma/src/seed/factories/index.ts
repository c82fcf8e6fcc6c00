/**
 * Row factories shared by the seed generator and the tests.
 *
 * `createFactories(seed)` returns functions that build plain rows (Prisma
 * `XxxCreateManyInput` objects) with deterministic ids and plausible defaults that satisfy
 * the database's CHECK constraints (credit codes and ID numbers with correct check
 * characters, lifecycle timestamps that agree with the status, assessment subjects that
 * match the kind). Each takes its parent row(s) and optional overrides; nothing touches a
 * database. `insertDataset` writes a built dataset in foreign-key order.
 *
 * The same seed and the same sequence of calls give the same rows, ids included.
 */
import { assessmentFactories } from "./assessments.js";
import { committeeFactories } from "./committees.js";
import { fundingFactories } from "./funding.js";
import { jointWorkFactories } from "./joint-work.js";
import { createKit } from "./kit.js";
import { meetingFactories } from "./meetings.js";
import { personFactories } from "./persons.js";
import { placeFactories } from "./places.js";
import { rulesDocumentFactories } from "./rules-documents.js";
import { seatFactories } from "./seats.js";
import { unitFactories } from "./units.js";
import { volunteerFactories } from "./volunteers.js";

export function createFactories(seed: number) {
  const kit = createKit(seed);
  return {
    /** The generator behind the defaults; the seed uses it for its own choices too. */
    random: kit.rnd,
    ...placeFactories(kit),
    ...unitFactories(kit),
    ...personFactories(kit),
    ...committeeFactories(kit),
    ...seatFactories(kit),
    ...meetingFactories(kit),
    ...fundingFactories(kit),
    ...assessmentFactories(kit),
    ...volunteerFactories(kit),
    ...rulesDocumentFactories(kit),
    ...jointWorkFactories(kit),
  };
}

export type Factories = ReturnType<typeof createFactories>;

export { DEMO_YEAR, REFERENCE_DATE } from "../random.js";
export {
  expectedMode,
  gradeForScore,
  largestRemainder,
  PERCENT_SCALE,
  percentString,
  percentsFromWeights,
} from "./arithmetic.js";
export type { AssessmentSubject } from "./assessments.js";
export { BASELINE } from "./kit.js";
export { type InsertOptions, insertDataset, insertDatasetSql, parentsFirst, type SqlExecute } from "./loading.js";
export * from "./rows.js";
