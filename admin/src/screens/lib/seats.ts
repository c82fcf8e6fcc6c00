/**
 * The seat structure of DESIGN.md invariant 1: the domain package's rule (`api/domain/src/seats.ts`, imported,
 * not copied), so the seat board shows exactly the violations submission would refuse, before anything
 * is submitted.
 */
import {
  ACTIVE_SEAT_STATUSES as API_ACTIVE_SEAT_STATUSES,
  seatStructureViolations as apiViolations,
  type SeatRoleName,
  type SeatShape,
} from "@gongjian/domain/seats";

export type { SeatRoleName, SeatShape };

export const SEAT_ROLES: SeatRoleName[] = [
  "SECRETARY",
  "EXECUTIVE_DEPUTY",
  "DEPUTY_FULL_TIME",
  "DEPUTY_PART_TIME",
  "MEMBER",
];

/** Seats that count: nominated, approved or filed. */
export const ACTIVE_SEAT_STATUSES: string[] = [...API_ACTIVE_SEAT_STATUSES];

export interface Violation {
  field: string;
  messageZh: string;
  messageEn: string;
}

/** The API's own rule (a plain function without I/O), its errors as plain violations for the board. */
export function seatStructureViolations(
  seats: readonly SeatShape[],
  communityOrganizationIds: ReadonlySet<string>,
  options: { complete: boolean },
): Violation[] {
  return apiViolations(seats, communityOrganizationIds, options).map((e) => ({
    field: e.field ?? "role",
    messageZh: e.messageZh,
    messageEn: e.messageEn,
  }));
}

/** Slots of the board: how many seats each role should or may have. */
export const SEAT_LIMITS: Record<SeatRoleName, { min: number; max: number | null }> = {
  SECRETARY: { min: 1, max: 1 },
  EXECUTIVE_DEPUTY: { min: 0, max: 1 },
  DEPUTY_FULL_TIME: { min: 1, max: 1 },
  DEPUTY_PART_TIME: { min: 0, max: 2 },
  MEMBER: { min: 0, max: null },
};
