/**
 * Places in the repository the tests read or write, from its root: a test file uses these instead of
 * a path relative to itself, so it keeps working wherever it sits under tests/.
 */
import path from "node:path";

export const repositoryRoot = path.resolve(import.meta.dirname, "..", "..");
/** The built console (admin/dist) the end-to-end tests serve. */
export const consoleDist = path.join(repositoryRoot, "admin/dist");
/** Screenshots of the end-to-end tests (tests/artifacts/, git-ignored). */
export const artifactsDir = path.join(repositoryRoot, "tests/artifacts");
