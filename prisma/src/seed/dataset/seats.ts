/** A committee's seats: its secretary, deputies and members, where they come from, and their attestations. */
import type { CommitteeStatus, SeatProduction, SeatRole, SeatStatus } from "../../../generated/client/enums.js";
import type { Row } from "../factories/index.js";
import { addDays, beijing, DEMO_YEAR } from "../random.js";
import type { Build, CommitteeCtx, CommunityCtx, OrgCtx } from "./model.js";

export function buildSeats(b: Build, cm: CommitteeCtx) {
  const { f, rnd, data } = b;
  const { row } = cm;
  const status = row.status as CommitteeStatus;
  const seatStatus: SeatStatus =
    status === "FILED"
      ? "FILED"
      : status === "APPROVED"
        ? "APPROVED"
        : status === "DISSOLVED"
          ? "ENDED"
          : status === "REJECTED"
            ? "REJECTED"
            : "NOMINATED";
  const lead = cm.communities[0] as CommunityCtx;
  const second = cm.communities[1];
  const used = new Set<string>();
  const candidates = cm.communities
    .flatMap((c) => c.orgs)
    .filter((o) => o.unit !== null && o.hasTop && o.persons.length > 0)
    .sort((a, b) => Number(b.row.partyMemberCount ?? 0) - Number(a.row.partyMemberCount ?? 0));
  const big = candidates.filter((o) => o.row.level !== "BRANCH");
  const pool = rnd.shuffle(candidates.slice(0, Math.max(12, big.length)));
  const nextUnit = (): OrgCtx | undefined => {
    for (const o of pool) {
      const p = o.persons[0];
      if (p && !used.has(p.id)) return o;
    }
    return undefined;
  };
  const nominatedAt = addDays(row.createdAt as Date, rnd.int(1, 5));
  const add = (
    role: SeatRole,
    person: Row<"person">,
    source: Row<"partyOrganization">,
    production: SeatProduction,
    extra?: SeatStatus,
  ) => {
    used.add(person.id);
    const seat = f.seat(row, person, source, {
      role,
      production,
      status: extra ?? seatStatus,
      nominatedAt,
      ...(seatStatus === "REJECTED" ? { rejectedAt: row.rejectedAt as Date } : {}),
      ...(seatStatus === "ENDED" ? { endedAt: row.dissolvedAt as Date } : {}),
      ...(extra === "ENDED" ? { endedAt: beijing(DEMO_YEAR - 1, rnd.int(3, 10), rnd.int(1, 28), 10, 0) } : {}),
    });
    data.seat.push(seat);
    data.seatAttestation.push(...f.seatAttestations(seat));
    cm.seats.push({ row: seat, person, extra: extra !== undefined });
  };
  const leadSecretary = lead.staff[0] as Row<"person">;
  const secretaryUnit = big.length > 0 && rnd.chance(0.65) ? (rnd.pick(big.slice(0, 4)) as OrgCtx) : undefined;
  if (secretaryUnit) {
    add("SECRETARY", secretaryUnit.persons[0] as Row<"person">, secretaryUnit.row, "NOMINATED");
    add("EXECUTIVE_DEPUTY", leadSecretary, lead.org, "EX_OFFICIO");
  } else {
    add("SECRETARY", leadSecretary, lead.org, "EX_OFFICIO");
  }
  const fullTime = second ? (second.staff[0] as Row<"person">) : (lead.staff[1] as Row<"person">);
  add("DEPUTY_FULL_TIME", fullTime, (second ?? lead).org, "EX_OFFICIO");
  // Part-time deputies come from resident units' organisations (never the community's own), party members all.
  const partTime = secretaryUnit ? 1 : rnd.int(1, 2);
  for (let i = 0; i < partTime; i++) {
    const o = nextUnit() ?? candidates.find((c) => c.persons[0] && !used.has(c.persons[0].id));
    if (!o) throw new Error(`Committee ${row.code}: no resident unit's organisation left for a part-time deputy`);
    add("DEPUTY_PART_TIME", o.persons[0] as Row<"person">, o.row, "NOMINATED");
  }
  // Members: elected community party organisation members enter ex officio; units' people are nominated.
  for (const c of cm.communities) {
    const p = c.staff.slice(1).find((s) => !used.has(s.id));
    if (p) add("MEMBER", p, c.org, "EX_OFFICIO");
  }
  const nominated = rnd.int(3, 6);
  for (let i = 0; i < nominated; i++) {
    const o = nextUnit();
    if (!o) break;
    add("MEMBER", o.persons[0] as Row<"person">, o.row, "NOMINATED");
  }
  if (status === "FILED") {
    // History within the term: a member who left last year, a nominee the street turned down.
    if (rnd.chance(0.3)) {
      const o = nextUnit();
      if (o) add("MEMBER", o.persons[0] as Row<"person">, o.row, "NOMINATED", "ENDED");
    }
    if (rnd.chance(0.15)) {
      const o = nextUnit();
      if (o) add("MEMBER", o.persons[0] as Row<"person">, o.row, "NOMINATED", "REJECTED");
    }
  }
}
