import { randomUUID } from "node:crypto";
import { creditCodeCheckChar } from "@gongjian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/db.js";

// The database holds these invariants itself, whatever the API does (issue 2, acceptance 4).

let db: TestDatabase;
const ids = {
  district: randomUUID(),
  street: randomUUID(),
  communityA: randomUUID(),
  communityB: randomUUID(),
  unit: randomUUID(),
  org: randomUUID(),
  committee1: randomUUID(),
  committee2: randomUUID(),
  person1: randomUUID(),
  person2: randomUUID(),
  membership: randomUUID(),
  meeting: randomUUID(),
  resolution: randomUUID(),
  plan: randomUUID(),
};

function creditCode(prefix17: string): string {
  return prefix17 + creditCodeCheckChar(prefix17);
}

async function count(table: string): Promise<number> {
  const rows = await db.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
  return Number(rows[0]?.n);
}

beforeAll(async () => {
  db = await freshDatabase();
  const q = db.sql.query.bind(db.sql);
  await q(`INSERT INTO "District"(id, code, name, "updatedAt") VALUES ($1, '990101', '测试区', now())`, [ids.district]);
  await q(`INSERT INTO "Street"(id, "districtId", code, name, "updatedAt") VALUES ($1, $2, 'S1', '测试街道', now())`, [
    ids.street,
    ids.district,
  ]);
  for (const [id, code] of [
    [ids.communityA, "C1"],
    [ids.communityB, "C2"],
  ] as const) {
    await q(`INSERT INTO "Community"(id, "streetId", code, name, "updatedAt") VALUES ($1, $2, $3, $3, now())`, [
      id,
      ids.street,
      code,
    ]);
  }
  await q(
    `INSERT INTO "Unit"(id, "communityId", "streetId", name, kind, "creditCode", "updatedAt") VALUES ($1, $2, $4, '测试单位', 'ENTERPRISE_INSTITUTION', $3, now())`,
    [ids.unit, ids.communityA, creditCode("91210102MA0000001"), ids.street],
  );
  await q(
    `INSERT INTO "PartyOrganization"(id, code, name, level, "communityId", "streetId", "updatedAt") VALUES ($1, 'ORG1', '社区党委', 'COMMITTEE', $2, $3, now())`,
    [ids.org, ids.communityA, ids.street],
  );
  for (const id of [ids.committee1, ids.committee2]) {
    await q(
      // Two active committees of one street need distinct names (Committee_unique_active_name).
      `INSERT INTO "Committee"(id, code, name, kind, "streetId", "updatedAt") VALUES ($1, $2, $4, 'COMMUNITY', $3, now())`,
      [id, `K-${id.slice(0, 8)}`, ids.street, `大党委${id.slice(0, 8)}`],
    );
  }
  for (const id of [ids.person1, ids.person2]) {
    await q(`INSERT INTO "Person"(id, name, gender, "streetId", "updatedAt") VALUES ($1, '张三', 'MALE', $2, now())`, [
      id,
      ids.street,
    ]);
  }
  await q(
    `INSERT INTO "Membership"(id, "committeeId", "organizationId", "streetId", "managementMode", "fromDate", "updatedAt") VALUES ($1, $2, $3, $4, 'DIRECT', '2026-01-01', now())`,
    [ids.membership, ids.committee1, ids.org, ids.street],
  );
  await q(
    `INSERT INTO "Meeting"(id, "committeeId", "streetId", kind, title, "scheduledAt", "updatedAt") VALUES ($1, $2, $3, 'REGULAR', '党委会', now(), now())`,
    [ids.meeting, ids.committee1, ids.street],
  );
  await q(
    `INSERT INTO "Resolution"(id, "meetingId", "committeeId", "streetId", number, title, text, principle, "subjectArea", "adoptedAt", "updatedAt") VALUES ($1, $2, $3, $4, 'R1', '出资比例', '…', 'IMPORTANT_MATTERS_DECIDED', 'OTHER', now(), now())`,
    [ids.resolution, ids.meeting, ids.committee1, ids.street],
  );
  await q(
    `INSERT INTO "FundingPlan"(id, "committeeId", "streetId", year, "budgetFen", "updatedAt") VALUES ($1, $2, $3, 2026, 100000, now())`,
    [ids.plan, ids.committee1, ids.street],
  );
});

afterAll(async () => {
  await db?.close();
});

function seat(committee: string, person: string, role: string, status = "NOMINATED") {
  return db.sql.query(
    `INSERT INTO "Seat"(id, "committeeId", "streetId", "personId", "sourceOrganizationId", role, production, status, "approvedAt", "updatedAt")
     VALUES ($1, $2, $7, $3, $4, $5::"SeatRole", 'NOMINATED', $6::"SeatStatus", CASE WHEN $6::text IN ('APPROVED','FILED') THEN now() END, now())`,
    [randomUUID(), committee, person, ids.org, role, status, ids.street],
  );
}

describe(`database invariants`, () => {
  it("refuses a second active secretary on a committee, allows one after the first ended", async () => {
    await seat(ids.committee1, ids.person1, "SECRETARY", "APPROVED");
    await expect(seat(ids.committee1, ids.person2, "SECRETARY")).rejects.toThrow(/Seat_one_active_secretary/);
    expect(await count("Seat")).toBe(1);
    // A rejected nomination does not hold the seat.
    await db.sql.query(
      `INSERT INTO "Seat"(id, "committeeId", "streetId", "personId", "sourceOrganizationId", role, production, status, "rejectedAt", "updatedAt")
       VALUES ($1, $2, $5, $3, $4, 'SECRETARY', 'NOMINATED', 'REJECTED', now(), now())`,
      [randomUUID(), ids.committee1, ids.person2, ids.org, ids.street],
    );
    expect(await count("Seat")).toBe(2);
  });

  it("refuses a second active full-time deputy, and a person twice on one committee", async () => {
    await seat(ids.committee2, ids.person1, "DEPUTY_FULL_TIME");
    await expect(seat(ids.committee2, ids.person2, "DEPUTY_FULL_TIME")).rejects.toThrow(
      /Seat_one_active_full_time_deputy/,
    );
    await expect(seat(ids.committee2, ids.person1, "MEMBER")).rejects.toThrow(/Seat_one_active_seat_per_person/);
  });

  it("refuses a community in two active committees", async () => {
    const cover = (committee: string, ended = false) =>
      db.sql.query(
        `INSERT INTO "CommitteeCommunity"(id, "committeeId", "communityId", "streetId", "endedAt", "updatedAt") VALUES ($1, $2, $3, $5, $4, now())`,
        [randomUUID(), committee, ids.communityB, ended ? new Date(Date.now() + 1000) : null, ids.street],
      );
    await cover(ids.committee1);
    const before = await count("CommitteeCommunity");
    await expect(cover(ids.committee2)).rejects.toThrow(/CommitteeCommunity_one_active_committee/);
    expect(await count("CommitteeCommunity")).toBe(before);
    // An ended coverage (history) does not count.
    await cover(ids.committee2, true);
    expect(await count("CommitteeCommunity")).toBe(before + 1);
  });

  it("refuses a contribution ratio outside 0–100 percent", async () => {
    const ratio = (percent: string) =>
      db.sql.query(
        `INSERT INTO "ContributionRatio"(id, "planId", "membershipId", "committeeId", "streetId", percent, "updatedAt") VALUES ($1, $2, $3, $5, $6, $4, now())`,
        [randomUUID(), ids.plan, ids.membership, percent, ids.committee1, ids.street],
      );
    await expect(ratio("100.0001")).rejects.toThrow(/ContributionRatio_percent_range/);
    await expect(ratio("-0.0001")).rejects.toThrow(/ContributionRatio_percent_range/);
    expect(await count("ContributionRatio")).toBe(0);
    await ratio("100.0000");
    expect(await count("ContributionRatio")).toBe(1);
  });

  it("refuses a duplicate credit code and one with a wrong check character", async () => {
    const unit = (code: string) =>
      db.sql.query(
        `INSERT INTO "Unit"(id, "communityId", "streetId", name, kind, "creditCode", "updatedAt") VALUES ($1, $2, $4, '另一单位', 'OTHER', $3, now())`,
        [randomUUID(), ids.communityA, code, ids.street],
      );
    const existing = creditCode("91210102MA0000001");
    await expect(unit(existing)).rejects.toThrow(/Unit_creditCode_key/);
    const valid = creditCode("91210102MA0000002");
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith("0") ? "1" : "0");
    await expect(unit(wrongCheck)).rejects.toThrow(/Unit_creditCode_valid/);
    expect(await count("Unit")).toBe(1);
    await unit(valid);
    expect(await count("Unit")).toBe(2);
  });

  it("refuses negative money and an adopted plan without its resolution", async () => {
    await expect(
      db.sql.query(
        `INSERT INTO "FundingIncome"(id, "planId", "committeeId", "streetId", channel, "amountFen", source, "updatedAt") VALUES ($1, $2, $3, $4, 'FISCAL', -1, '区财政', now())`,
        [randomUUID(), ids.plan, ids.committee1, ids.street],
      ),
    ).rejects.toThrow(/FundingIncome_amount_positive/);
    await expect(
      db.sql.query(`UPDATE "FundingPlan" SET status = 'ADOPTED', "adoptedAt" = now() WHERE id = $1`, [ids.plan]),
    ).rejects.toThrow(/FundingPlan_adopted_has_resolution/);
    await db.sql.query(
      `UPDATE "FundingPlan" SET status = 'ADOPTED', "adoptedAt" = now(), "resolutionId" = $2 WHERE id = $1`,
      [ids.plan, ids.resolution],
    );
  });

  it("reports only urgent resolutions, to a meeting of the same committee, with its time", async () => {
    const report = (meetingId: string | null, at: string | null) =>
      db.sql.query(`UPDATE "Resolution" SET "reportedAtMeetingId" = $2, "reportedAt" = $3::timestamptz WHERE id = $1`, [
        ids.resolution,
        meetingId,
        at,
      ]);
    // R1 is 要事共决: never reported.
    await expect(report(ids.meeting, new Date().toISOString())).rejects.toThrow(/Resolution_report_complete/);
    await db.sql.query(`UPDATE "Resolution" SET principle = 'URGENT_MATTERS_CONSULTED' WHERE id = $1`, [
      ids.resolution,
    ]);
    await expect(report(ids.meeting, null)).rejects.toThrow(/Resolution_report_complete/);
    const other = randomUUID();
    await db.sql.query(
      `INSERT INTO "Meeting"(id, "committeeId", "streetId", kind, title, "scheduledAt", "updatedAt") VALUES ($1, $2, $3, 'REGULAR', '他委党委会', now(), now())`,
      [other, ids.committee2, ids.street],
    );
    await expect(report(other, new Date().toISOString())).rejects.toThrow(/Resolution_report_meeting_scope_fkey/);
    await report(ids.meeting, new Date().toISOString());
    await report(null, null);
    await db.sql.query(`UPDATE "Resolution" SET principle = 'IMPORTANT_MATTERS_DECIDED' WHERE id = $1`, [
      ids.resolution,
    ]);
  });

  it("keeps a coordination meeting the street's: no committee, and only it without one", async () => {
    const meeting = (committeeId: string | null, kind: string) =>
      db.sql.query(
        `INSERT INTO "Meeting"(id, "committeeId", "streetId", kind, title, "scheduledAt", "updatedAt") VALUES ($1, $2, $3, $4::"MeetingKind", '会议', now(), now())`,
        [randomUUID(), committeeId, ids.street, kind],
      );
    await expect(meeting(ids.committee1, "COORDINATION")).rejects.toThrow(/Meeting_coordination_no_committee/);
    await expect(meeting(null, "REGULAR")).rejects.toThrow(/Meeting_coordination_no_committee/);
    await meeting(null, "COORDINATION");
  });

  it("refuses an organisation with both a local and an external superior", async () => {
    await expect(
      db.sql.query(
        `INSERT INTO "PartyOrganization"(id, code, name, level, "unitId", "streetId", "superiorId", "superiorExternalCode", "superiorDistrictCode", "updatedAt")
         VALUES ($1, 'ORG2', '支部', 'BRANCH', $2, $4, $3, 'EXT1', '990202', now())`,
        [randomUUID(), ids.unit, ids.org, ids.street],
      ),
    ).rejects.toThrow(/PartyOrganization_one_superior/);
  });

  it("keeps the audit log append-only", async () => {
    await db.sql.query(
      `INSERT INTO "AuditEvent"("actorId", "actorGrants", action, "entityType", "entityId", "changedFields") VALUES ('u1', '[]', 'test', 'Unit', 'x', '{}')`,
    );
    await expect(db.sql.query(`UPDATE "AuditEvent" SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db.sql.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    const rows = await db.sql.query<{ action: string }>(`SELECT action FROM "AuditEvent"`);
    expect(rows).toEqual([{ action: "test" }]);
  });
});
