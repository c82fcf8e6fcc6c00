/**
 * Joint work items (共建项目/事项, issue 15 item 3) through the API and the database: 实事共办 creates its
 * item with the resolution, the item workflow (every transition allowed and refused, stale versions),
 * progress reports, the liaison's view, overdue items in Beijing time. Every refusal writes nothing.
 */
import { toGlobalId } from "@gongjian/api/data/ids";
import {
  assertClosingResolution,
  assertFullyReported,
  assertJointWorkTransition,
  assertParticipants,
  assertParticipantsAllowed,
  assertProgressForward,
  assertStartable,
  isJointWorkOverdue,
  JOINT_WORK_STATUSES,
  jointWorkTransitions,
} from "@gongjian/api/joint-work/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";
import { jointWorkInput } from "../support/joint-work.js";

describe("joint work rules (no database)", () => {
  it("allows exactly the workflow's transitions: OPEN → IN_PROGRESS → DONE → CLOSED, or DROPPED", () => {
    const allowed = new Set([
      "OPEN>IN_PROGRESS",
      "OPEN>DROPPED",
      "IN_PROGRESS>DONE",
      "IN_PROGRESS>DROPPED",
      "DONE>CLOSED",
    ]);
    for (const from of JOINT_WORK_STATUSES) {
      for (const to of JOINT_WORK_STATUSES) {
        if (allowed.has(`${from}>${to}`)) expect(() => assertJointWorkTransition(from, to)).not.toThrow();
        else {
          const error = thrown(() => assertJointWorkTransition(from, to));
          expect(error, `${from} → ${to}`).toMatchObject({ code: "INVALID_TRANSITION", field: "status" });
        }
      }
    }
    expect(Object.values(jointWorkTransitions).flat()).toHaveLength(allowed.size);
  });

  it("flags an unfinished item overdue from the Beijing day after its deadline", () => {
    const deadline = new Date("2026-03-01T00:00:00Z");
    // 2026-03-01 16:30 UTC is already 2026-03-02 00:30 in Beijing: overdue, though still March 1st in UTC.
    expect(isJointWorkOverdue({ status: "IN_PROGRESS", deadline }, new Date("2026-03-01T16:30:00Z"))).toBe(true);
    // 2026-03-01 15:59 UTC is 23:59 on the deadline day in Beijing: not yet.
    expect(isJointWorkOverdue({ status: "OPEN", deadline }, new Date("2026-03-01T15:59:00Z"))).toBe(false);
    // 2026-02-28 20:00 UTC is March 1st in Beijing: the deadline day itself is not overdue.
    expect(isJointWorkOverdue({ status: "OPEN", deadline }, new Date("2026-02-28T20:00:00Z"))).toBe(false);
    for (const status of ["DONE", "CLOSED", "DROPPED"]) {
      expect(isJointWorkOverdue({ status, deadline }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
    }
  });

  it("shares an item among at least two organisations of its owner, exactly one leading", () => {
    const lead = { organizationId: "a", role: "LEAD" as const };
    const co = (organizationId: string) => ({ organizationId, role: "CO_OPERATING" as const });
    expect(() => assertParticipants([lead, co("b")])).not.toThrow();
    expect(thrown(() => assertParticipants([lead]))).toMatchObject({ code: "INVARIANT", field: "participants" });
    expect(thrown(() => assertParticipants([co("a"), co("b")])).field).toBe("participants");
    expect(thrown(() => assertParticipants([lead, { ...co("b"), role: "LEAD" }])).field).toBe("participants");
    expect(thrown(() => assertParticipants([lead, co("a")])).messageEn).toMatch(/only once/);
    expect(() => assertParticipantsAllowed([lead, co("b")], new Set(["a", "b"]))).not.toThrow();
    expect(thrown(() => assertParticipantsAllowed([lead, co("x")], new Set(["a", "b"])))).toMatchObject({
      code: "INVARIANT",
      field: "participants.1.organizationId",
    });
  });

  it("starts a raised item only from an agenda; progress never goes back; done at 100 %", () => {
    expect(() => assertStartable({ originResolutionId: "r", agendaItemId: null })).not.toThrow();
    expect(() => assertStartable({ originResolutionId: null, agendaItemId: "a" })).not.toThrow();
    expect(thrown(() => assertStartable({ originResolutionId: null, agendaItemId: null })).field).toBe("id");
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(() => assertProgressForward(null, { percent: 0, reportedOn: day("2026-01-01") })).not.toThrow();
    const previous = { percent: 40, reportedOn: day("2026-03-01") };
    expect(() => assertProgressForward(previous, { percent: 40, reportedOn: day("2026-03-01") })).not.toThrow();
    expect(thrown(() => assertProgressForward(previous, { percent: 39, reportedOn: day("2026-03-02") })).field).toBe(
      "percent",
    );
    expect(thrown(() => assertProgressForward(previous, { percent: 50, reportedOn: day("2026-02-28") })).field).toBe(
      "reportedOn",
    );
    expect(() => assertFullyReported(100)).not.toThrow();
    expect(thrown(() => assertFullyReported(99))).toMatchObject({ code: "INVARIANT", field: "id" });
    expect(thrown(() => assertFullyReported(null)).field).toBe("id");
  });

  it("closes by a resolution of another, held meeting of the same owner", () => {
    const item = { committeeId: "c", streetId: "s", originMeetingId: "m1" };
    expect(() =>
      assertClosingResolution(item, { committeeId: "c", streetId: "s", meetingId: "m2" }, "HELD"),
    ).not.toThrow();
    const same = thrown(() =>
      assertClosingResolution(item, { committeeId: "c", streetId: "s", meetingId: "m1" }, "HELD"),
    );
    expect(same).toMatchObject({ code: "INVARIANT", field: "resolutionId" });
    expect(
      thrown(() => assertClosingResolution(item, { committeeId: "d", streetId: "s", meetingId: "m2" }, "HELD")).field,
    ).toBe("resolutionId");
    const street = { committeeId: null, streetId: "s", originMeetingId: null };
    expect(() =>
      assertClosingResolution(street, { committeeId: null, streetId: "s", meetingId: "m" }, "HELD"),
    ).not.toThrow();
  });
});

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
const token: Record<string, string> = {};
let members: string[];
let nonMember: string;
let heldMeetings: { id: string; heldAt: Date }[];
let scheduledAgenda: string;
let heldAgenda: string;
let numbers = 0;

const gid = toGlobalId;
const fromGid = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
const itemFields = `id version status category title overdue deadline dropReason allowedTransitions
  originResolution { id } agendaItem { id } closingResolution { id } committee { id }
  participants { role responsiblePerson organization { id } } progress { percent reportedOn text }`;
const result = (type: string, fields: string) =>
  `__typename ... on ${type} { ${fields} } ... on Error { code messageZh messageEn field }`;

async function mutate(
  name: string,
  inputType: string,
  input: Record<string, unknown>,
  as: string,
  type = "JointWorkItem",
) {
  const fields =
    type === "JointWorkItem" ? itemFields : type === "Resolution" ? "id version jointWorkBorn { id }" : "id percent";
  const { data, errors } = await t.gql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { ${result(type, fields)} } }`,
    { input },
    as,
  );
  expect(errors).toBeUndefined();
  return data[name];
}

async function snapshot() {
  const p = t.db.prisma;
  return {
    items: await p.jointWorkItem.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, status: true },
    }),
    participants: await p.jointWorkParticipant.count(),
    progress: await p.jointWorkProgress.count(),
    resolutions: await p.resolution.count(),
    audits: await p.auditEvent.count(),
  };
}

/** Runs a write expected to be refused with `expected`, and checks it wrote nothing. */
async function refused(write: () => Promise<any>, expected: Record<string, unknown>) {
  const before = await snapshot();
  const answer = await write();
  expect(answer).toMatchObject({ __typename: expect.stringMatching(/Error$/), ...expected });
  expect(answer.messageZh && answer.messageEn).toBeTruthy();
  expect(await snapshot()).toEqual(before);
}

const adopt = (input: Record<string, unknown>, as = token.staff as string) =>
  mutate("adoptResolution", "AdoptResolutionInput", input, as, "Resolution");
const practical = (meetingId: string, extra: Record<string, unknown> = {}) => ({
  meetingId: gid("Meeting", meetingId),
  number: `JW-${++numbers}`,
  title: "关于实施加装电梯项目的决议",
  text: "由成员单位共同实施。",
  principle: "PRACTICAL_MATTERS_DONE",
  subjectArea: "COMMUNITY_SERVICE",
  ...extra,
});
const fromResolution = (resolutionId: string, orgs = members, as = token.staff as string) =>
  mutate(
    "createJointWorkFromResolution",
    "CreateJointWorkFromResolutionInput",
    { resolutionId: gid("Resolution", resolutionId), ...jointWorkInput(orgs) },
    as,
  );
const step = (name: string, input: Record<string, unknown>, as = token.staff as string) =>
  mutate(name, `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`, input, as);
const report = (
  itemId: string,
  percent: number,
  reportedOn: string,
  org = members[0] as string,
  as = token.staff as string,
) =>
  mutate(
    "reportJointWorkProgress",
    "ReportJointWorkProgressInput",
    { itemId, organizationId: gid("PartyOrganization", org), reportedOn, text: "按计划推进", percent },
    as,
    "JointWorkProgress",
  );

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  const p = t.db.prisma;
  members = [scope.directOrg.id, scope.dualOrg.id];
  nonMember = (
    await p.partyOrganization.findFirstOrThrow({
      where: { streetId: scope.street.id, memberships: { none: { committeeId: scope.joint.id } } },
      orderBy: { code: "asc" },
    })
  ).id;
  heldMeetings = (
    await p.meeting.findMany({
      where: { committeeId: scope.joint.id, status: "HELD" },
      orderBy: { heldAt: "asc" },
      select: { id: true, heldAt: true },
    })
  ).map((m) => ({ id: m.id, heldAt: m.heldAt as Date }));
  expect(heldMeetings.length).toBeGreaterThan(2);
  const scheduled = await p.meeting.create({
    data: {
      committeeId: scope.joint.id,
      streetId: scope.joint.streetId,
      kind: "REGULAR",
      title: "待开的党委会（共建事项测试）",
      scheduledAt: new Date("2027-01-10T06:00:00Z"),
      agendaItems: {
        create: {
          committeeId: scope.joint.id,
          streetId: scope.joint.streetId,
          position: 1,
          title: "居民提出的事项",
          subjectArea: "COMMUNITY_SERVICE",
        },
      },
    },
    include: { agendaItems: true },
  });
  scheduledAgenda = gid("AgendaItem", scheduled.agendaItems[0]?.id as string);
  const held = await p.agendaItem.findFirstOrThrow({ where: { meetingId: heldMeetings[0]?.id } });
  heldAgenda = gid("AgendaItem", held.id);
  const other = await p.committee.findFirstOrThrow({
    where: { status: "FILED", id: { not: scope.joint.id }, streetId: scope.street.id },
    orderBy: { code: "asc" },
  });
  token.staff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }], "jw-staff");
  token.otherStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: other.id }], "jw-other-staff");
  token.street = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }], "jw-street");
  token.liaison = await t.token([{ role: "UNIT_LIAISON", unitId: String(scope.directOrg.unitId) }], "jw-liaison");
  token.analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }], "jw-analyst");
});
afterAll(async () => {
  await t?.close();
});

describe("实事共办 creates its joint work with the resolution", () => {
  it("refuses the resolution without its item, or with fewer than two member organisations, writing nothing", async () => {
    const meeting = heldMeetings.at(-1)?.id as string;
    await refused(() => adopt(practical(meeting)), { code: "INVARIANT", field: "jointWork" });
    await refused(() => adopt(practical(meeting, { jointWork: jointWorkInput([members[0] as string]) })), {
      code: "INVARIANT",
      field: "jointWork.participants",
    });
    await refused(() => adopt(practical(meeting, { jointWork: jointWorkInput([members[0] as string, nonMember]) })), {
      code: "INVARIANT",
      field: "jointWork.participants.1.organizationId",
    });
    const other = { ...practical(meeting), principle: "MAJOR_MATTERS_DISCUSSED" };
    const consulted = [{ organizationId: gid("PartyOrganization", members[0] as string), position: "同意" }];
    await refused(() => adopt({ ...other, consultations: consulted, jointWork: jointWorkInput(members) }), {
      code: "VALIDATION",
      field: "jointWork",
    });
  });

  it("writes the resolution, its item and the participants in one transaction", async () => {
    const before = await snapshot();
    const adopted = await adopt(practical(heldMeetings.at(-1)?.id as string, { jointWork: jointWorkInput(members) }));
    expect(adopted.__typename).toBe("Resolution");
    expect(adopted.jointWorkBorn).toHaveLength(1);
    const item = await t.db.prisma.jointWorkItem.findFirstOrThrow({
      where: { originResolutionId: fromGid(adopted.id) },
      include: { participants: { orderBy: { role: "asc" } } },
    });
    expect(item).toMatchObject({ status: "OPEN", committeeId: scope.joint.id, category: "SERVICE_PROBLEMS" });
    expect(item.participants.map((p) => [p.organizationId, p.role])).toEqual([
      [members[0], "LEAD"],
      [members[1], "CO_OPERATING"],
    ]);
    const after = await snapshot();
    expect(after.resolutions).toBe(before.resolutions + 1);
    expect(after.participants).toBe(before.participants + 2);
    expect(after.audits).toBe(before.audits + 4);
  });
});

describe("the item workflow", () => {
  let origin: { id: string; meetingId: string };

  beforeAll(async () => {
    origin = await t.db.prisma.resolution.findFirstOrThrow({
      where: { meetingId: heldMeetings[0]?.id },
      select: { id: true, meetingId: true },
    });
  });

  it("creates from a resolution; refuses a non-member, a second lead and callers outside the committee", async () => {
    await refused(() => fromResolution(origin.id, [members[0] as string, nonMember]), {
      code: "INVARIANT",
      field: "participants.1.organizationId",
    });
    const twoLeads = { resolutionId: gid("Resolution", origin.id), ...jointWorkInput(members) };
    twoLeads.participants = twoLeads.participants.map((p) => ({ ...p, role: "LEAD" }));
    await refused(
      () =>
        mutate("createJointWorkFromResolution", "CreateJointWorkFromResolutionInput", twoLeads, token.staff as string),
      {
        code: "INVARIANT",
        field: "participants",
      },
    );
    await refused(() => fromResolution(origin.id, members, token.otherStaff), {
      code: "NOT_FOUND",
      field: "resolutionId",
    });
    await refused(() => fromResolution(origin.id, members, token.liaison), { code: "FORBIDDEN" });
    const created = await fromResolution(origin.id, members, token.street);
    expect(created).toMatchObject({ status: "OPEN", originResolution: { id: gid("Resolution", origin.id) } });
    expect(created.allowedTransitions).toEqual(["IN_PROGRESS", "DROPPED"]);
  });

  it("goes OPEN → IN_PROGRESS → DONE → CLOSED, refusing every other step and stale versions", async () => {
    let item = await fromResolution(origin.id);
    const v = () => ({ id: item.id, version: item.version });
    await refused(() => step("completeJointWork", v()), { code: "INVALID_TRANSITION", field: "status" });
    await refused(() => step("startJointWork", { ...v(), version: item.version + 1 }), {
      code: "CONFLICT",
      field: "version",
    });
    item = await step("startJointWork", v());
    expect(item).toMatchObject({ status: "IN_PROGRESS", allowedTransitions: ["DONE", "DROPPED"] });
    await refused(() => step("startJointWork", v()), { code: "INVALID_TRANSITION" });

    expect(await report(item.id, 40, "2026-10-01")).toMatchObject({ __typename: "JointWorkProgress", percent: 40 });
    await refused(() => report(item.id, 30, "2026-10-05"), { code: "INVARIANT", field: "percent" });
    await refused(() => report(item.id, 50, "2026-09-30"), { code: "INVARIANT", field: "reportedOn" });
    await refused(() => report(item.id, 50, "2026-10-05", nonMember), { code: "INVARIANT", field: "organizationId" });
    await refused(() => step("completeJointWork", v()), { code: "INVARIANT", field: "id" });
    expect(await report(item.id, 100, "2026-10-20", members[1])).toMatchObject({ percent: 100 });
    item = (
      await t.gql(
        `query($id: ID!) { node(id: $id) { ... on JointWorkItem { ${itemFields} } } }`,
        { id: item.id },
        token.staff,
      )
    ).data.node;
    expect(item.progress.map((p: { percent: number }) => p.percent)).toEqual([40, 100]);
    await refused(() => step("completeJointWork", { ...v(), version: item.version + 1 }), { code: "CONFLICT" });
    item = await step("completeJointWork", v());
    expect(item).toMatchObject({ status: "DONE", allowedTransitions: ["CLOSED"] });
    await refused(() => report(item.id, 100, "2026-10-21"), { code: "INVARIANT", field: "itemId" });
    await refused(() => step("dropJointWork", { ...v(), reason: "不再需要" }), { code: "INVALID_TRANSITION" });
    await refused(() => step("startJointWork", v()), { code: "INVALID_TRANSITION" });

    const sameMeeting = gid("Resolution", origin.id);
    await refused(() => step("closeJointWork", { ...v(), resolutionId: sameMeeting }), {
      code: "INVARIANT",
      field: "resolutionId",
    });
    const later = await t.db.prisma.resolution.findFirstOrThrow({
      where: { committeeId: scope.joint.id, meetingId: { not: origin.meetingId } },
      orderBy: { adoptedAt: "desc" },
    });
    const foreign = await t.db.prisma.resolution.findFirstOrThrow({
      where: { committeeId: { not: scope.joint.id }, streetId: scope.street.id },
    });
    await refused(() => step("closeJointWork", { ...v(), resolutionId: gid("Resolution", foreign.id) }, token.street), {
      code: "INVARIANT",
      field: "resolutionId",
    });
    const closing = { ...v(), resolutionId: gid("Resolution", later.id) };
    await refused(() => step("closeJointWork", closing, token.liaison), { code: "FORBIDDEN" });
    await refused(() => step("closeJointWork", { ...closing, version: item.version + 1 }), { code: "CONFLICT" });
    item = await step("closeJointWork", closing);
    expect(item).toMatchObject({
      status: "CLOSED",
      closingResolution: { id: closing.resolutionId },
      allowedTransitions: [],
    });
    for (const name of ["startJointWork", "completeJointWork"]) {
      await refused(() => step(name, v()), { code: "INVALID_TRANSITION" });
    }
    await refused(() => step("closeJointWork", { ...closing, version: item.version }), { code: "INVALID_TRANSITION" });
    await refused(() => step("dropJointWork", { ...v(), reason: "x" }), { code: "INVALID_TRANSITION" });
    await refused(() => step("updateJointWork", { ...v(), title: "改名" }), { code: "INVARIANT", field: "id" });
  });

  it("drops an open or an in-progress item with its reason, and nothing after", async () => {
    let open = await fromResolution(origin.id);
    await refused(() => step("dropJointWork", { id: open.id, version: open.version, reason: "  " }), {
      code: "VALIDATION",
    });
    open = await step("dropJointWork", { id: open.id, version: open.version, reason: "经协商改由街道统一实施" });
    expect(open).toMatchObject({ status: "DROPPED", dropReason: "经协商改由街道统一实施", allowedTransitions: [] });
    for (const name of ["startJointWork", "completeJointWork"]) {
      await refused(() => step(name, { id: open.id, version: open.version }), { code: "INVALID_TRANSITION" });
    }
    let started = await fromResolution(origin.id);
    started = await step("startJointWork", { id: started.id, version: started.version });
    const dropped = await step("dropJointWork", { id: started.id, version: started.version, reason: "场地条件不具备" });
    expect(dropped.status).toBe("DROPPED");
    await refused(() => step("dropJointWork", { id: started.id, version: dropped.version, reason: "再次" }), {
      code: "INVALID_TRANSITION",
    });
  });

  it("starts a raised item only once put on the agenda of a scheduled meeting of its committee", async () => {
    const raise = (input: Record<string, unknown>, as = token.staff as string) =>
      mutate("raiseJointWork", "RaiseJointWorkInput", input, as);
    const base = { raisedByKind: "RESIDENT", raisedByName: "居民张女士", ...jointWorkInput(members) };
    await refused(() => raise(base), { code: "INVARIANT", field: "committeeId" });
    await refused(() => raise({ ...base, committeeId: gid("Committee", scope.joint.id) }, token.liaison), {
      code: "FORBIDDEN",
    });
    let item = await raise({ ...base, committeeId: gid("Committee", scope.joint.id) });
    expect(item).toMatchObject({ status: "OPEN", originResolution: null, agendaItem: null });
    await refused(() => step("startJointWork", { id: item.id, version: item.version }), {
      code: "INVARIANT",
      field: "id",
    });
    const put = (agendaItemId: string, version = item.version) =>
      step("putJointWorkOnAgenda", { id: item.id, version, agendaItemId });
    await refused(() => put(heldAgenda), { code: "INVARIANT", field: "agendaItemId" });
    await refused(() => put(scheduledAgenda, item.version + 1), { code: "CONFLICT" });
    item = await put(scheduledAgenda);
    expect(item.agendaItem).toEqual({ id: scheduledAgenda });
    item = await step("startJointWork", { id: item.id, version: item.version });
    expect(item.status).toBe("IN_PROGRESS");
    await refused(() => put(scheduledAgenda), { code: "INVARIANT", field: "id" });
  });

  it("updates an unfinished item; the budget line is a funding plan of its committee", async () => {
    const item = await fromResolution(origin.id);
    const plan = await t.db.prisma.fundingPlan.findFirstOrThrow({ where: { committeeId: scope.joint.id } });
    const foreignPlan = await t.db.prisma.fundingPlan.findFirstOrThrow({
      where: { committeeId: { not: scope.joint.id }, streetId: scope.street.id },
    });
    const v = { id: item.id, version: item.version };
    await refused(
      () => step("updateJointWork", { ...v, fundingPlanId: gid("FundingPlan", foreignPlan.id) }, token.street),
      {
        code: "INVARIANT",
        field: "fundingPlanId",
      },
    );
    await refused(() => step("updateJointWork", { ...v, title: null }), { code: "VALIDATION", field: "title" });
    const updated = await step("updateJointWork", {
      ...v,
      title: "背街小巷照明改造",
      deadline: "2027-03-31",
      fundingPlanId: gid("FundingPlan", plan.id),
    });
    expect(updated).toMatchObject({ title: "背街小巷照明改造", deadline: "2027-03-31", version: item.version + 1 });
    const row = await t.db.prisma.jointWorkItem.findUniqueOrThrow({ where: { id: fromGid(item.id) } });
    expect(row.fundingPlanId).toBe(plan.id);
  });
});

describe("the liaison, the street and the analysts", () => {
  it("lets a liaison see exactly the items its organisations share, and report on them for its own", async () => {
    const shared = await t.db.sql.query<{ id: string }>(
      `SELECT DISTINCT i.id FROM "JointWorkItem" i JOIN "JointWorkParticipant" p ON p."itemId" = i.id
         JOIN "PartyOrganization" o ON o.id = p."organizationId" WHERE o."unitId" = $1 ORDER BY i.id`,
      [scope.directOrg.unitId],
    );
    const { data } = await t.gql(
      `{ jointWorkItems(first: 200) { totalCount edges { node { id } } } }`,
      {},
      token.liaison,
    );
    expect(data.jointWorkItems.totalCount).toBe(shared.length);
    expect(data.jointWorkItems.edges.map((e: any) => fromGid(e.node.id)).sort()).toEqual(shared.map((r) => r.id));
    expect(shared.length).toBeGreaterThan(0);

    const origin = await t.db.prisma.resolution.findFirstOrThrow({ where: { meetingId: heldMeetings[1]?.id } });
    let item = await fromResolution(origin.id);
    item = await step("startJointWork", { id: item.id, version: item.version });
    const own = scope.directOrg.id;
    expect(await report(item.id, 20, "2026-11-01", own, token.liaison)).toMatchObject({ percent: 20 });
    await refused(() => report(item.id, 30, "2026-11-02", scope.dualOrg.id, token.liaison), { code: "FORBIDDEN" });
    await refused(() => step("startJointWork", { id: item.id, version: item.version }, token.liaison), {
      code: "FORBIDDEN",
    });
    const notShared = await fromResolution(origin.id, [scope.dualOrg.id, ...(await otherMembers(2))]);
    await refused(() => report(notShared.id, 10, "2026-11-01", own, token.liaison), {
      code: "NOT_FOUND",
      field: "itemId",
    });
    const hidden = await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: notShared.id }, token.liaison);
    expect(hidden.data.node).toBeNull();
  });

  it("lets the street see all its items, the committee its own; filters overdue items in Beijing time", async () => {
    const count = async (as: string, filter: Record<string, unknown> = {}) =>
      (
        await t.gql(
          `query($f: JointWorkItemFilter) { jointWorkItems(first: 1, filter: $f) { totalCount } }`,
          { f: filter },
          as,
        )
      ).data.jointWorkItems.totalCount;
    const sql = async (where: string, params: unknown[]) =>
      (
        await t.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "JointWorkItem" i WHERE ${where}`, params)
      )[0]?.n;
    expect(await count(token.street as string)).toBe(await sql(`i."streetId" = $1`, [scope.street.id]));
    expect(await count(token.staff as string)).toBe(await sql(`i."committeeId" = $1`, [scope.joint.id]));
    const overdueSql = `i."streetId" = $1 AND i.status IN ('OPEN', 'IN_PROGRESS')
      AND i.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date`;
    const overdue = await sql(overdueSql, [scope.street.id]);
    expect(overdue).toBeGreaterThan(0);
    expect(await count(token.street as string, { overdue: { equals: true } })).toBe(overdue);
    expect(await count(token.street as string, { overdue: { equals: false } })).toBe(
      Number(await sql(`i."streetId" = $1`, [scope.street.id])) - Number(overdue),
    );
    const flagged = await t.gql(
      `{ jointWorkItems(first: 200, filter: { overdue: { equals: true } }) { edges { node { overdue status } } } }`,
      {},
      token.street,
    );
    expect(flagged.data.jointWorkItems.edges.every((e: any) => e.node.overdue === true)).toBe(true);
  });

  it("runs a street coordination meeting's joint work with the street's organisations", async () => {
    const resolution = await t.db.prisma.resolution.findFirstOrThrow({
      where: { committeeId: null, streetId: scope.street.id },
    });
    const outsideCommittee = nonMember;
    const item = await fromResolution(resolution.id, [outsideCommittee, members[0] as string], token.street);
    expect(item).toMatchObject({ status: "OPEN", committee: null });
    await refused(() => fromResolution(resolution.id, members, token.staff), {
      code: "NOT_FOUND",
      field: "resolutionId",
    });
  });
});

/** Member organisations of the joint committee other than the two the tests use. */
async function otherMembers(n: number): Promise<string[]> {
  const rows = await t.db.prisma.membership.findMany({
    where: { committeeId: scope.joint.id, toDate: null, organizationId: { notIn: members } },
    orderBy: { organizationId: "asc" },
    take: n,
  });
  expect(rows.length).toBeGreaterThanOrEqual(1);
  return rows.map((r) => r.organizationId).slice(0, Math.max(1, n - 1));
}

describe("the database's own guard", () => {
  it("keeps one lead, a reason for a dropped item, a resolution for a closed one, percentages 0–100, one origin", async () => {
    const item = await t.db.prisma.jointWorkItem.findFirstOrThrow({
      where: { committeeId: scope.joint.id, status: "OPEN", originResolutionId: { not: null } },
      include: { participants: true },
    });
    const co = item.participants.find((p) => p.role === "CO_OPERATING");
    await expect(
      t.db.sql.query(`UPDATE "JointWorkParticipant" SET role = 'LEAD' WHERE id = $1`, [co?.id]),
    ).rejects.toThrow(/JointWorkParticipant_one_lead/);
    await expect(
      t.db.sql.query(`UPDATE "JointWorkItem" SET status = 'DROPPED', "droppedAt" = now() WHERE id = $1`, [item.id]),
    ).rejects.toThrow(/JointWorkItem_dropped/);
    await expect(
      t.db.sql.query(
        `UPDATE "JointWorkItem" SET status = 'CLOSED', "startedAt" = now(), "completedAt" = now() WHERE id = $1`,
        [item.id],
      ),
    ).rejects.toThrow(/JointWorkItem_closed/);
    await expect(
      t.db.sql.query(`UPDATE "JointWorkItem" SET "raisedByKind" = 'RESIDENT', "raisedByName" = '居民' WHERE id = $1`, [
        item.id,
      ]),
    ).rejects.toThrow(/JointWorkItem_origin/);
    await expect(
      t.db.sql.query(
        `INSERT INTO "JointWorkProgress" (id, "itemId", "committeeId", "streetId", "organizationId", "reportedOn", text, percent, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, '2026-10-01', '进展', 101, now())`,
        [item.id, item.committeeId, item.streetId, co?.organizationId],
      ),
    ).rejects.toThrow(/JointWorkProgress_percent/);
    const foreignStreet = await t.db.prisma.street.create({
      data: { districtId: scope.district.id, code: "JW-OTHER", name: "外街道（共建测试）" },
    });
    await expect(
      t.db.sql.query(`UPDATE "JointWorkItem" SET "streetId" = $2 WHERE id = $1`, [item.id, foreignStreet.id]),
    ).rejects.toThrow(
      /JointWorkItem_committee_street_fkey|JointWorkParticipant_item_street_fkey|JointWorkProgress_item_street_fkey/,
    );
  });
});
