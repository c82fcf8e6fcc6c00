/**
 * Issue 21, finding 5 (workflow clarity), the API's rules: a committee's name is unique among the street's
 * active committees; a draft is deleted (and a submission withdrawn) by whoever set it up or submitted it;
 * whoever submitted a committee does not approve it unless the district allows it, and then the approval
 * is audited as such; filing a committee files its approved seats in the same step when asked.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
/** Two clerks of the same street working committee, and the district. */
let clerkA: string;
let clerkB: string;
let district: string;

const gid = toGlobalId;
const errorFields = "... on Error { code messageZh messageEn field } ... on DomainError { allowed }";
const committeeFields = `__typename ... on Committee { id name status version submittedAt createdByViewer submittedByViewer
  allowedTransitions } ${errorFields}`;

async function run(name: string, inputType: string, input: object, token: string, fields = committeeFields) {
  const { data, errors } = await t.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
    { input },
    token,
  );
  expect(errors).toBeUndefined();
  return data[name];
}

/** A fresh community of the demo street that no committee covers, for a new committee. */
async function freeCommunity(code: string) {
  return t.db.prisma.community.create({ data: { streetId: scope.street.id, code, name: `${code}社区` } });
}

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  clerkA = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "clerk-a", "张办事员");
  clerkB = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "clerk-b", "李办事员");
  district = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }], "district-admin");
});
afterAll(async () => {
  await t?.close();
});

describe("a committee's name among the street's active committees", () => {
  it("refuses a second active committee of the same name, typed, on create and on rename; the database too", async () => {
    const p = t.db.prisma;
    const existing = scope.joint;
    const community = await freeCommunity("WF-NAME-1");
    const input = {
      streetId: gid("Street", scope.street.id),
      code: "WF-NAME-1",
      name: existing.name,
      kind: "COMMUNITY",
      communityIds: [gid("Community", community.id)],
    };
    const before = await p.committee.count();
    const taken = await run("createCommittee", "CreateCommitteeInput", input, clerkA);
    expect(taken).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "name" });
    expect(taken.messageZh).toContain("同名");
    expect(taken.messageEn).toContain("name");
    expect(await p.committee.count()).toBe(before);

    const created = await run(
      "createCommittee",
      "CreateCommitteeInput",
      { ...input, name: "工作流测试社区大党委" },
      clerkA,
    );
    expect(created).toMatchObject({ __typename: "Committee", status: "DRAFT", createdByViewer: true });
    const renamed = await run(
      "updateCommittee",
      "UpdateCommitteeInput",
      { id: created.id, version: created.version, name: existing.name },
      clerkA,
    );
    expect(renamed).toMatchObject({ code: "INVARIANT", field: "name" });

    // The database holds the same rule (a partial unique index), and its refusal maps to the same field.
    const row = { streetId: scope.street.id, code: "WF-NAME-RAW", name: existing.name, kind: "COMMUNITY" as const };
    await expect(p.committee.create({ data: row })).rejects.toThrow(/Committee_unique_active_name/);
    // A dissolved committee's name is free again.
    await expect(
      p.committee.create({ data: { ...row, status: "DISSOLVED", dissolvedAt: new Date() } }),
    ).resolves.toMatchObject({ name: existing.name });
  });
});

describe("deleting a draft and withdrawing a submission", () => {
  it("deletes a draft only by whoever set it up, with its coverage, each row audited", async () => {
    const p = t.db.prisma;
    const community = await freeCommunity("WF-DEL-1");
    const draft = await run(
      "createCommittee",
      "CreateCommitteeInput",
      {
        streetId: gid("Street", scope.street.id),
        code: "WF-DEL-1",
        name: "错建的社区大党委",
        kind: "COMMUNITY",
        communityIds: [gid("Community", community.id)],
      },
      clerkA,
    );
    const id = draft.id as string;
    const rowId = (await p.committee.findFirstOrThrow({ where: { code: "WF-DEL-1" } })).id;
    expect((await p.committee.findUniqueOrThrow({ where: { id: rowId } })).createdBy).toBe("clerk-a");
    // The answer is the deleted row as it was (its own columns; it has no workflow left to ask about).
    const deletedFields = `__typename ... on DeletedCommittee { id deletedCode: code name } ${errorFields}`;
    const del = (token: string, version = draft.version) =>
      run("deleteCommittee", "CommitteeTransitionInput", { id, version }, token, deletedFields);

    const other = await del(clerkB);
    expect(other).toMatchObject({ code: "FORBIDDEN", field: "id" });
    expect(other.messageZh).toContain("设立");
    const staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: rowId }], "clerk-a");
    expect(await del(staff)).toMatchObject({ code: "FORBIDDEN" });
    expect(await del(clerkA, draft.version + 1)).toMatchObject({ code: "CONFLICT" });
    expect(await p.committee.count({ where: { id: rowId } })).toBe(1);

    const deleted = await del(clerkA);
    expect(deleted).toMatchObject({
      __typename: "DeletedCommittee",
      id,
      deletedCode: "WF-DEL-1",
      name: "错建的社区大党委",
    });
    expect(await p.committee.count({ where: { id: rowId } })).toBe(0);
    expect(await p.committeeCommunity.count({ where: { committeeId: rowId } })).toBe(0);
    const events = await p.auditEvent.findMany({ where: { action: "deleteCommittee" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.entityType).sort()).toEqual(["Committee", "CommitteeCommunity"]);
    expect(events.every((e) => e.after === null && e.actorId === "clerk-a")).toBe(true);

    // Deleted is gone; and only drafts are deleted: a filed committee never is.
    expect(await del(clerkA)).toMatchObject({ code: "NOT_FOUND" });
    expect(
      await run(
        "deleteCommittee",
        "CommitteeTransitionInput",
        { id: gid("Committee", scope.joint.id), version: scope.joint.version },
        clerkA,
        deletedFields,
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("separation of duties", () => {
  it("the submitter may not approve; another clerk may; withdrawing is the submitter's; the district may allow it, audited", async () => {
    const p = t.db.prisma;
    const submitted = await p.committee.findFirstOrThrow({
      where: { streetId: scope.street.id, status: "SUBMITTED" },
      orderBy: { code: "asc" },
    });
    const id = gid("Committee", submitted.id);
    // Submitted before the API recorded who submitted: the street's rule alone decides who withdraws it.
    const withdrawn = await run(
      "withdrawCommittee",
      "CommitteeTransitionInput",
      { id, version: submitted.version },
      clerkA,
    );
    expect(withdrawn).toMatchObject({ status: "DRAFT", submittedAt: null });
    const again = await run("submitCommittee", "CommitteeTransitionInput", { id, version: withdrawn.version }, clerkA);
    expect(again).toMatchObject({ status: "SUBMITTED", submittedByViewer: true });
    expect((await p.committee.findUniqueOrThrow({ where: { id: submitted.id } })).submittedBy).toBe("clerk-a");

    // Clerk B neither withdraws A's submission nor is refused approval; A may not approve it.
    expect(
      await run("withdrawCommittee", "CommitteeTransitionInput", { id, version: again.version }, clerkB),
    ).toMatchObject({ code: "FORBIDDEN" });
    const self = await run("approveCommittee", "CommitteeTransitionInput", { id, version: again.version }, clerkA);
    expect(self).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN", field: "id" });
    expect(self.messageZh).toContain("职责分离");
    expect(self.messageEn).toContain("Separation of duties");
    expect((await p.committee.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("SUBMITTED");

    // The district's setting for very small streets: only the district changes it.
    const settings = (token: string, allowSelfApproval: boolean, version: number) =>
      run(
        "updateDistrictSettings",
        "UpdateDistrictSettingsInput",
        { id: gid("District", scope.district.id), version, allowSelfApproval },
        token,
        `__typename ... on District { allowSelfApproval version } ${errorFields}`,
      );
    const districtRow = await p.district.findUniqueOrThrow({ where: { id: scope.district.id } });
    // A street clerk does not see the district's record at all: not found, as everywhere outside one's scope.
    expect(await settings(clerkA, true, districtRow.version)).toMatchObject({ code: "NOT_FOUND" });
    const allowed = await settings(district, true, districtRow.version);
    expect(allowed).toMatchObject({ __typename: "District", allowSelfApproval: true });
    const approved = await run("approveCommittee", "CommitteeTransitionInput", { id, version: again.version }, clerkA);
    expect(approved).toMatchObject({ __typename: "Committee", status: "APPROVED" });
    const event = await p.auditEvent.findFirstOrThrow({
      where: { entityType: "Committee", entityId: submitted.id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({ action: "approveCommitteeBySubmitter", actorId: "clerk-a" });
    await settings(district, false, allowed.version);
  });

  it("another clerk approves; filing files the approved seats in the same step", async () => {
    const p = t.db.prisma;
    const committee = await p.committee.findFirstOrThrow({
      where: { streetId: scope.street.id, status: "APPROVED", submittedBy: "clerk-a" },
    });
    // Its nominations are approved by a clerk who did not make them.
    for (const seat of await p.seat.findMany({ where: { committeeId: committee.id, status: "NOMINATED" } })) {
      const approved = await run(
        "approveSeat",
        "SeatTransitionInput",
        { id: gid("Seat", seat.id), version: seat.version },
        clerkB,
        `__typename ... on Seat { status } ${errorFields}`,
      );
      expect(approved).toMatchObject({ status: "APPROVED" });
    }
    const approvedSeats = await p.seat.findMany({ where: { committeeId: committee.id, status: "APPROVED" } });
    expect(approvedSeats.length).toBeGreaterThan(0);
    const filed = await run(
      "fileCommittee",
      "FileCommitteeInput",
      {
        id: gid("Committee", committee.id),
        version: committee.version,
        filingNumber: "和组备〔2026〕31号",
        fileApprovedSeats: true,
      },
      district,
    );
    expect(filed).toMatchObject({ __typename: "Committee", status: "FILED" });
    const after = await p.seat.findMany({ where: { id: { in: approvedSeats.map((s) => s.id) } } });
    expect(after.every((s) => s.status === "FILED" && s.filedAt !== null)).toBe(true);
    const events = await p.auditEvent.findMany({ where: { action: "fileCommittee", entityType: "Seat" } });
    expect(events.map((e) => e.entityId).sort()).toEqual(approvedSeats.map((s) => s.id).sort());
  });
});
