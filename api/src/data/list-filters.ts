/**
 * The filters many root lists share, each with its one bilingual description, to spread into a
 * `defineRootList({ filters })`: `{ ...byCommittee, ...byStatus(XStatusEnum), year: {...} }`.
 */
import type { Subject } from "../permissions/abilities.js";
import type { FilterSpec } from "./filters.js";

/** Rows of one committee (`committeeId`). */
export const byCommittee = {
  committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
} satisfies FilterSpec;

/** Rows with a name containing / equal to a text (`name`). */
export const byName = { name: { kind: "string", description: "名称 / Name" } } satisfies FilterSpec;

/** Rows in a workflow status (`status`). */
export const byStatus = (ref: unknown) =>
  ({ status: { kind: "enum", ref, description: "状态 / Status" } }) satisfies FilterSpec;

/** Rows of a kind (`kind`). */
export const byKind = (ref: unknown, description = "类型 / Kind") =>
  ({ kind: { kind: "enum", ref, description } }) satisfies FilterSpec;

/** Rows that ended or not (`endedAt` present), the description saying what ending is for the rows. */
export const ended = (description: string) => ({ endedAt: { kind: "present", description } }) satisfies FilterSpec;

/** The bookkeeping columns every list may be ordered by, after its own. */
export const orderableStamps = ["createdAt", "updatedAt"] as const;

/** Rows of one year (`year`). */
export const byYear = { year: { kind: "int", description: "年度 / Year" } } satisfies FilterSpec;

/** Rows referring to another record (`<field>: { kind: "id", of }`), e.g. `byId("personId", "Person", "任职人员 / Person")`. */
export const byId = <F extends string>(field: F, of: Subject, description: string) =>
  ({ [field]: { kind: "id", of, description } }) as Record<F, { kind: "id"; of: Subject; description: string }>;

/** Rows of one member organisation (`organizationId`), the description saying how the row relates to it. */
export const byOrganization = (description = "党组织 / Organisation") =>
  byId("organizationId", "PartyOrganization", description);
