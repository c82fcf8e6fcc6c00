/** A committee's volunteer teams, their members and activities. */
import type { VolunteerTeamKind } from "../../../generated/client/enums.js";
import type { Row } from "../factories/index.js";
import { addDays, DEMO_YEAR, dateOf, day, REFERENCE_DATE } from "../random.js";
import { type Build, type CommitteeCtx, type CommunityCtx, minDate } from "./model.js";

/** Builds the teams and returns every volunteer (each once). */
export function buildVolunteers(b: Build, committees: CommitteeCtx[], cm: CommitteeCtx): Row<"person">[] {
  const { f, rnd, data } = b;
  const year = cm.dataYear;
  const dissolved = cm.row.dissolvedAt as Date | null;
  const approved = cm.row.approvedAt as Date;
  const residents = cm.communities.flatMap((c) => c.residents);
  const kinds: VolunteerTeamKind[] = [
    "PARTY_MEMBER_VOLUNTEERS",
    "YOUTH_VOLUNTEERS",
    "LEGAL_SERVICE",
    "ELDERLY_DISABLED_ASSISTANCE",
  ];
  if (rnd.chance(0.4) || cm === committees.find((c) => c.row.status === "FILED")) kinds.push("OTHER");
  const lead = cm.communities[0] as CommunityCtx;
  const prefix = cm.row.kind === "JOINT" ? `${lead.short}片区` : `${lead.short}社区`;
  const members = new Map<string, Row<"person">>();
  const until = year === DEMO_YEAR ? addDays(REFERENCE_DATE, -1) : day(year, 12, 31);
  for (const kind of kinds) {
    const founded = dateOf(addDays(approved, rnd.int(10, 120)));
    const team = f.volunteerTeam(cm.row, kind, {
      prefix,
      foundedOn: founded,
      endedAt: dissolved,
    });
    data.volunteerTeam.push(team);
    const pool =
      kind === "YOUTH_VOLUNTEERS"
        ? residents.filter((p) => Number(p.birthYear ?? 0) >= 1986)
        : kind === "PARTY_MEMBER_VOLUNTEERS"
          ? residents.filter((p) => p.isPartyMember !== false)
          : residents;
    const chosen = rnd.sample(pool.length >= 4 ? pool : residents, rnd.int(8, 20));
    for (const p of chosen) {
      const joined = dateOf(addDays(founded, rnd.int(0, 200)));
      const left = dissolved
        ? dateOf(dissolved)
        : rnd.chance(0.1)
          ? minDate(addDays(joined, rnd.int(100, 400)), dateOf(addDays(REFERENCE_DATE, -1)))
          : null;
      data.volunteerTeamMember.push(
        f.volunteerTeamMember(team, p, { joinedOn: joined, leftOn: left && left >= joined ? left : null }),
      );
      members.set(p.id, p);
    }
    const leader = chosen.find((p) => p.isPartyMember !== false) ?? chosen[0];
    if (leader) team.leaderId = leader.id;
    for (let i = rnd.int(4, 10); i > 0; i--) {
      data.volunteerActivity.push(f.volunteerActivity(team, { heldOn: rnd.dateBetween(day(year, 1, 5), until) }));
    }
  }
  return [...members.values()];
}
