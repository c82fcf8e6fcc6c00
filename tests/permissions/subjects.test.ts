/**
 * The permission subjects (abilities.ts, browser-safe and shared with the console) are the Prisma models:
 * a new model is either a subject with rules or named here as reference data without rules of its own,
 * so it cannot be forgotten by the permissions.
 */
import { subjects } from "@gongjian/api/permissions/abilities";
import { Prisma } from "@gongjian/db";
import { describe, expect, it } from "vitest";

/** Models read only through another subject's rows (no rules of their own). */
const referenceData = ["CommunityNeighbour"];

describe("permission subjects", () => {
  it("are exactly the Prisma models, less the named reference data", () => {
    const models = Object.values(Prisma.ModelName).filter((name) => !referenceData.includes(name));
    expect([...subjects].sort()).toEqual(models.sort());
  });
});
