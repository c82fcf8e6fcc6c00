import { DomainError } from "@gongjian/api/errors/domain-error";
import { expect } from "vitest";

/** Runs `fn` and returns the DomainError it throws (fails the test when it throws nothing or something else). */
export function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError");
}
