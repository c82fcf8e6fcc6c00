/** A committee's assessments: member units, seat holders, annual appraisals and volunteers' points. */
import type { Row } from "../factories/index.js";
import { addDays, beijing, DEMO_YEAR, day, REFERENCE_DATE } from "../random.js";
import type { Build, CommitteeCtx } from "./model.js";

export function buildAssessments(b: Build, cm: CommitteeCtx, volunteers: Row<"person">[]): void {
  const { f, rnd, data } = b;
  const current = cm.row.status === "FILED";
  const year = current ? DEMO_YEAR - 1 : cm.dataYear;
  const yearEnd = day(year, 12, 31);
  const assessedAt = () => beijing(year + 1, 1, rnd.int(10, 25), 10, 0);
  for (const { row, org } of cm.memberships) {
    if (org.unit === null || (row.fromDate as Date) > yearEnd) continue;
    const at = assessedAt();
    data.assessment.push(
      f.assessment(
        cm.row,
        { kind: "UNIT_PARTICIPATION", membership: row },
        {
          year,
          assessedAt: at,
          // Results of dual-managed members are notified to their superior organisation.
          notifiedAt: row.managementMode === "DUAL" || rnd.chance(0.5) ? addDays(at, rnd.int(7, 20)) : null,
        },
      ),
    );
  }
  for (const { row } of cm.seats) {
    if (row.status === "REJECTED") continue;
    const at = assessedAt();
    data.assessment.push(
      f.assessment(
        cm.row,
        { kind: "COMMITTEE_MEMBER", seat: row },
        { year, assessedAt: at, notifiedAt: addDays(at, rnd.int(7, 20)) },
      ),
    );
  }
  const inService = cm.communities
    .flatMap((c) => c.residents)
    .filter((p) => p.workplaceOrganizationId && p.isPartyMember !== false);
  // Every other annual appraisal has been notified to the workplace (its liaison then reads it),
  // the rest are still the committee's; chosen by position, so the random stream stays as it was.
  for (const [i, p] of rnd.sample(inService, Math.ceil(inService.length * 0.2)).entries()) {
    const at = assessedAt();
    data.assessment.push(
      f.assessment(
        cm.row,
        { kind: "ANNUAL_APPRAISAL", person: p },
        { year, assessedAt: at, notifiedAt: i % 2 === 0 ? addDays(at, 10 + (i % 7)) : null },
      ),
    );
  }
  // Points run through the demo year for current committees (a running tally, not yet notified).
  const pointsYear = current ? DEMO_YEAR : cm.dataYear;
  for (const p of volunteers) {
    const points = rnd.int(10, 120);
    data.assessment.push(
      f.assessment(
        cm.row,
        { kind: "POINTS", person: p, points },
        {
          year: pointsYear,
          score: Math.min(100, 40 + Math.round(points / 2)).toFixed(2),
          grade: points >= 100 ? "EXCELLENT" : points >= 40 ? "COMPETENT" : "BASICALLY_COMPETENT",
          assessedAt: current
            ? addDays(REFERENCE_DATE, -rnd.int(1, 20))
            : beijing(pointsYear + 1, 1, rnd.int(10, 25), 10, 0),
          notifiedAt: null,
        },
      ),
    );
  }
}
