/** Factories of committees, the communities they cover, and their member organisations. */
import type { Prisma } from "../../../generated/client/client.js";
import type { CommitteeKind, CommitteeStatus } from "../../../generated/client/enums.js";
import { COMMITMENTS, RESOURCES, RESPONSIBILITIES } from "../names/index.js";
import { addDays, beijing, dateOf, day } from "../random.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function committeeFactories({ rnd, nextCount, stamp, latest }: Kit) {
  return {
    /**
     * A committee. Lifecycle timestamps (submittedAt, approvedAt, filedAt, rejectedAt,
     * dissolvedAt) are filled in to agree with `status` unless given.
     */
    committee(
      street: Parent<Row<"street">, "id" | "code">,
      overrides: Partial<Prisma.CommitteeCreateManyInput> & { communityNames?: string[] } = {},
    ): Row<"committee"> {
      const { communityNames, ...rest } = overrides;
      const kind: CommitteeKind = rest.kind ?? "COMMUNITY";
      const status: CommitteeStatus = rest.status ?? "DRAFT";
      const n = nextCount(`committee:${street.id}`);
      const names = (communityNames ?? []).map((c) => c.replace(/社区$/, ""));
      const name =
        kind === "JOINT"
          ? names.length > 0
            ? `${names.join("")}社区联合党委`
            : `第${n}联合党委`
          : names.length > 0
            ? `${names[0]}社区大党委`
            : `第${n}社区大党委`;
      const created = (rest.createdAt as Date | undefined) ?? beijing(2024, 1, 8 + rnd.int(0, 10), 10, 0);
      const after = (d: Date, min: number, max: number) => addDays(d, rnd.int(min, max));
      const submitted = ["SUBMITTED", "APPROVED", "FILED", "REJECTED", "DISSOLVED"].includes(status)
        ? (rest.submittedAt ?? after(created, 7, 20))
        : (rest.submittedAt ?? null);
      const approved =
        ["APPROVED", "FILED", "DISSOLVED"].includes(status) && submitted
          ? (rest.approvedAt ?? after(submitted as Date, 5, 15))
          : (rest.approvedAt ?? null);
      const filed =
        ["FILED", "DISSOLVED"].includes(status) && approved
          ? (rest.filedAt ?? after(approved as Date, 5, 20))
          : (rest.filedAt ?? null);
      const rejected =
        status === "REJECTED" && submitted
          ? (rest.rejectedAt ?? after(submitted as Date, 5, 15))
          : (rest.rejectedAt ?? null);
      const dissolved =
        status === "DISSOLVED" ? (rest.dissolvedAt ?? after(created, 700, 1000)) : (rest.dissolvedAt ?? null);
      const termStart = approved ? dateOf(approved as Date) : null;
      return {
        id: rnd.uuid(),
        code: `${street.code}-${String(nextCount(`committee-code:${street.code}`)).padStart(3, "0")}`,
        name,
        kind,
        status,
        streetId: street.id,
        termStart,
        termEnd: termStart ? day(termStart.getUTCFullYear() + 5, termStart.getUTCMonth() + 1, 1) : null,
        submittedAt: submitted,
        approvedAt: approved,
        rejectedAt: rejected,
        rejectionReason: rejected ? (rest.rejectionReason ?? "覆盖社区不相邻且未说明理由，请调整后重新报送") : null,
        filedAt: filed,
        filingNumber: filed ? `和组备〔${(filed as Date).getUTCFullYear()}〕${nextCount("filing")}号` : null,
        dissolvedAt: dissolved,
        meetingCadence: "MONTHLY", // 党委会 cadence; the meetings of the seed may make it QUARTERLY
        ...stamp(created, latest(created, submitted, approved, filed, rejected, dissolved)),
        ...rest,
      };
    },

    committeeCommunity(
      committee: Parent<Row<"committee">, "id" | "streetId"> & {
        approvedAt?: Date | string | null;
        createdAt?: Date | string;
      },
      community: Parent<Row<"community">, "id">,
      overrides: Partial<Prisma.CommitteeCommunityCreateManyInput> = {},
    ): Row<"committeeCommunity"> {
      const started =
        (overrides.startedAt as Date | undefined) ??
        (committee.approvedAt as Date | undefined) ??
        (committee.createdAt as Date | undefined) ??
        BASELINE;
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        communityId: community.id,
        startedAt: started,
        endedAt: null,
        ...stamp(started, latest(started, overrides.endedAt)),
        ...overrides,
      };
    },

    membership(
      committee: Parent<Row<"committee">, "id" | "streetId"> & { approvedAt?: Date | string | null },
      organization: Parent<Row<"partyOrganization">, "id">,
      overrides: Partial<Prisma.MembershipCreateManyInput> = {},
    ): Row<"membership"> {
      const from =
        (overrides.fromDate as Date | undefined) ?? dateOf((committee.approvedAt as Date | undefined) ?? BASELINE);
      const withTexts = rnd.chance(0.7);
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        organizationId: organization.id,
        managementMode: "DIRECT",
        fromDate: from,
        toDate: null,
        responsibilities: withTexts ? rnd.sample(RESPONSIBILITIES, 2).join("；") : null,
        resourcesOffered: withTexts ? rnd.sample(RESOURCES, rnd.int(1, 2)).join("；") : null,
        serviceCommitments: withTexts ? rnd.pick(COMMITMENTS) : null,
        ...stamp(from),
        ...overrides,
      };
    },
  };
}
