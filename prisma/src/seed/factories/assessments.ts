/** The factory of assessments: a subject that matches the assessment's kind. */
import type { Prisma } from "../../../generated/client/client.js";
import { ASSESSMENT_REMARKS } from "../names/index.js";
import { addDays, beijing, DEMO_YEAR } from "../random.js";
import { gradeForScore } from "./arithmetic.js";
import type { Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export type AssessmentSubject =
  | { kind: "UNIT_PARTICIPATION"; membership: Pick<Row<"membership">, "id" | "organizationId"> }
  | { kind: "COMMITTEE_MEMBER"; seat: Pick<Row<"seat">, "id" | "personId" | "sourceOrganizationId"> }
  | { kind: "ANNUAL_APPRAISAL"; person: Pick<Row<"person">, "id" | "workplaceOrganizationId"> }
  | { kind: "POINTS"; person: Pick<Row<"person">, "id" | "workplaceOrganizationId">; points?: number };

export function assessmentFactories({ rnd, stamp, latest }: Kit) {
  return {
    /** An assessment whose subject matches its kind (Assessment_subject_matches_kind). */
    assessment(
      committee: Parent<Row<"committee">, "id" | "streetId">,
      subject: AssessmentSubject,
      overrides: Partial<Prisma.AssessmentCreateManyInput> = {},
    ): Row<"assessment"> {
      const year = overrides.year ?? DEMO_YEAR - 1;
      const score = rnd.chance(0.04) ? rnd.int(40, 59) : Math.min(100, rnd.int(62, 88) + rnd.int(0, 12));
      const grade = gradeForScore(score);
      const assessed = (overrides.assessedAt as Date | undefined) ?? beijing(year + 1, 1, rnd.int(10, 25), 10, 0);
      const notified =
        overrides.notifiedAt === undefined
          ? rnd.chance(0.7)
            ? addDays(assessed, rnd.int(7, 20))
            : null
          : overrides.notifiedAt;
      const bySubject =
        subject.kind === "UNIT_PARTICIPATION"
          ? {
              membershipId: subject.membership.id,
              seatId: null,
              personId: null,
              points: null,
              organizationId: subject.membership.organizationId,
            }
          : subject.kind === "COMMITTEE_MEMBER"
            ? {
                membershipId: null,
                seatId: subject.seat.id,
                personId: subject.seat.personId,
                points: null,
                organizationId: subject.seat.sourceOrganizationId,
              }
            : subject.kind === "ANNUAL_APPRAISAL"
              ? {
                  membershipId: null,
                  seatId: null,
                  personId: subject.person.id,
                  points: null,
                  organizationId: subject.person.workplaceOrganizationId ?? null,
                }
              : {
                  membershipId: null,
                  seatId: null,
                  personId: subject.person.id,
                  points: subject.points ?? rnd.int(20, 160),
                  organizationId: subject.person.workplaceOrganizationId ?? null,
                };
      return {
        id: rnd.uuid(),
        kind: subject.kind,
        committeeId: committee.id,
        streetId: committee.streetId,
        year,
        ...bySubject,
        score: score.toFixed(2),
        grade,
        remarks: rnd.chance(0.6) ? rnd.pick(ASSESSMENT_REMARKS[grade]) : null,
        assessedAt: assessed,
        notifiedAt: notified,
        ...stamp(assessed, latest(assessed, notified)),
        ...overrides,
      };
    },
  };
}
