/** Factories of committee seats and their qualification attestations. */
import type { Prisma } from "../../../generated/client/client.js";
import type { Qualification, SeatStatus } from "../../../generated/client/enums.js";
import { ATTESTATION_EVIDENCE } from "../names/index.js";
import { addDays, dateOf } from "../random.js";
import { BASELINE, type Kit, scopeOf } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function seatFactories({ rnd, stamp, latest }: Kit) {
  const f = {
    /**
     * A seat; approvedAt/filedAt/rejectedAt/endedAt follow `status` unless given. A nominated seat
     * (production NOMINATED) records the party congress that chose it (the day before the
     * nomination, with a document number from the committee's code); an ex officio seat none.
     */
    seat(
      committee: Parent<Row<"committee">, "id" | "streetId"> & {
        code?: string;
        createdAt?: Date | string;
        approvedAt?: Date | string | null;
        filedAt?: Date | string | null;
        termStart?: Date | string | null;
        termEnd?: Date | string | null;
      },
      person: Parent<Row<"person">, "id">,
      sourceOrganization: Parent<Row<"partyOrganization">, "id">,
      overrides: Partial<Prisma.SeatCreateManyInput> = {},
    ): Row<"seat"> {
      const status: SeatStatus = overrides.status ?? "NOMINATED";
      const nominated =
        (overrides.nominatedAt as Date | undefined) ??
        addDays((committee.createdAt as Date | undefined) ?? BASELINE, 3);
      const approved = ["APPROVED", "FILED", "ENDED"].includes(status)
        ? (overrides.approvedAt ?? (committee.approvedAt as Date | null | undefined) ?? addDays(nominated, 14))
        : (overrides.approvedAt ?? null);
      const filed = ["FILED", "ENDED"].includes(status)
        ? (overrides.filedAt ?? (committee.filedAt as Date | null | undefined) ?? addDays(approved as Date, 10))
        : (overrides.filedAt ?? null);
      const rejected =
        status === "REJECTED" ? (overrides.rejectedAt ?? addDays(nominated, 10)) : (overrides.rejectedAt ?? null);
      const ended =
        status === "ENDED"
          ? (overrides.endedAt ?? addDays((filed as Date | null) ?? nominated, 365))
          : (overrides.endedAt ?? null);
      const congressDate = dateOf(addDays(nominated, -1));
      const congress =
        (overrides.production ?? "NOMINATED") === "NOMINATED"
          ? {
              congressDate,
              congressReference: `党员代表大会决议〔${congressDate.getUTCFullYear()}〕${committee.code ?? committee.id.slice(0, 8)}号`,
            }
          : { congressDate: null, congressReference: null };
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        personId: person.id,
        sourceOrganizationId: sourceOrganization.id,
        role: "MEMBER",
        production: "NOMINATED",
        status,
        termStart: (committee.termStart as Date | null | undefined) ?? null,
        termEnd: (committee.termEnd as Date | null | undefined) ?? null,
        nominatedAt: nominated,
        approvedAt: approved,
        filedAt: filed,
        rejectedAt: rejected,
        rejectionReason: rejected ? (overrides.rejectionReason ?? "不能保证正常参加活动") : null,
        endedAt: ended,
        ...congress,
        ...stamp(nominated, latest(nominated, approved, filed, rejected, ended)),
        ...overrides,
      };
    },

    seatAttestation(
      seat: Parent<Row<"seat">, "id" | "committeeId" | "streetId"> & { nominatedAt?: Date | string },
      qualification: Qualification,
      overrides: Partial<Prisma.SeatAttestationCreateManyInput> = {},
    ): Row<"seatAttestation"> {
      const at =
        (overrides.attestedAt as Date | undefined) ??
        addDays((seat.nominatedAt as Date | undefined) ?? BASELINE, rnd.int(0, 3));
      return {
        id: rnd.uuid(),
        ...scopeOf(seat),
        seatId: seat.id,
        qualification,
        attestedBy: rnd.pick(["街道党工委组织委员", "社区党委", "所在单位党组织", "党员大会"]),
        evidence: rnd.pick(ATTESTATION_EVIDENCE[qualification]),
        attestedAt: at,
        ...stamp(at),
        ...overrides,
      };
    },

    /** The three qualification attestations (热心事务, 组织协调能力, 能正常参加活动) of a seat. */
    seatAttestations(
      seat: Parent<Row<"seat">, "id" | "committeeId" | "streetId"> & { nominatedAt?: Date | string },
    ): Row<"seatAttestation">[] {
      return (["ENTHUSIASM", "COORDINATION", "AVAILABILITY"] as const).map((q) => f.seatAttestation(seat, q));
    },
  };
  return f;
}
