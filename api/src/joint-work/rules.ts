/**
 * The joint work rules (plain functions, no database): the shared ones live in
 * `@gongjian/domain/joint-work` (the console and the seed use them too); the API's own are here.
 */
import { invariant } from "../errors/domain-error.js";

export * from "@gongjian/domain/joint-work";

/** Only an unfinished item (OPEN or IN_PROGRESS) is changed or reported on. */
export function assertUnfinished(status: string, field = "id"): void {
  if (status !== "OPEN" && status !== "IN_PROGRESS") {
    throw invariant(
      field,
      `共建事项状态为 ${status}，不能再修改或报告进展`,
      `The joint work item is ${status} and can no longer be changed or reported on`,
    );
  }
}
