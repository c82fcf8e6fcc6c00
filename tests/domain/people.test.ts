import { randomUUID } from "node:crypto";
import { fromGlobalId, toGlobalId } from "@gongjian/api/data/ids";
import {
  assertIdNumber,
  assertIdNumberAgrees,
  assertNoActiveSeats,
  assertPartyFacts,
  assertPersonActive,
  idNumberFacts,
  MIN_JOINING_AGE,
} from "@gongjian/api/people/rules";
import { idNumberCheckChar } from "@gongjian/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, foreignStreet, setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

/** A valid ID number from its first 17 digits. */
const withCheck = (first17: string) => first17 + idNumberCheckChar(first17);

describe("person rules (no database)", () => {
  it("accepts an ID number with a correct check character, normalising a lower-case x", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{17}$/), (first17) => {
        const id = withCheck(first17);
        expect(assertIdNumber(` ${id.toLowerCase()} `)).toBe(id);
      }),
    );
  });

  it("refuses a wrong check character or a wrong length, naming the field idNumber", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{17}$/), fc.constantFrom(..."0123456789X"), (first17, check) => {
        fc.pre(check !== idNumberCheckChar(first17));
        expect(thrown(() => assertIdNumber(first17 + check))).toMatchObject({ code: "VALIDATION", field: "idNumber" });
      }),
    );
    expect(thrown(() => assertIdNumber("12345"))).toMatchObject({ code: "VALIDATION", field: "idNumber" });
    expect(thrown(() => assertIdNumber("", "input.idNumber"))).toMatchObject({ field: "input.idNumber" });
  });

  it("reads the year of birth and the sex from an ID number", () => {
    expect(idNumberFacts(withCheck("11010119851231001"))).toEqual({ birthYear: 1985, gender: "MALE" });
    expect(idNumberFacts(withCheck("11010120000101002"))).toEqual({ birthYear: 2000, gender: "FEMALE" });
    expect(() =>
      assertIdNumberAgrees(withCheck("11010120000101002"), { gender: "FEMALE", birthYear: 2000 }),
    ).not.toThrow();
    expect(() =>
      assertIdNumberAgrees(withCheck("11010120000101002"), { gender: "FEMALE", birthYear: null }),
    ).not.toThrow();
    expect(
      thrown(() => assertIdNumberAgrees(withCheck("11010120000101002"), { gender: "MALE", birthYear: 2000 })),
    ).toMatchObject({
      code: "INVARIANT",
      field: "idNumber",
    });
    expect(
      thrown(() =>
        assertIdNumberAgrees(withCheck("11010120000101002"), { gender: "FEMALE", birthYear: 2001 }, "birthYear"),
      ),
    ).toMatchObject({ code: "INVARIANT", field: "birthYear" });
  });

  it("keeps party facts consistent", () => {
    const now = new Date("2026-06-01T00:00:00.000Z");
    const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
    const ok = { isPartyMember: true, partyJoinedOn: d("2010-07-01"), birthYear: 1985 };
    expect(() => assertPartyFacts(ok, now)).not.toThrow();
    expect(() => assertPartyFacts({ isPartyMember: false, partyJoinedOn: null, birthYear: null }, now)).not.toThrow();
    expect(thrown(() => assertPartyFacts({ ...ok, isPartyMember: false }, now))).toMatchObject({
      code: "VALIDATION",
      field: "partyJoinedOn",
    });
    expect(thrown(() => assertPartyFacts({ ...ok, partyJoinedOn: d("2026-07-01") }, now))).toMatchObject({
      field: "partyJoinedOn",
    });
    expect(thrown(() => assertPartyFacts({ ...ok, birthYear: 2010 - MIN_JOINING_AGE + 1 }, now))).toMatchObject({
      field: "partyJoinedOn",
    });
    expect(() => assertPartyFacts({ ...ok, birthYear: 2010 - MIN_JOINING_AGE }, now)).not.toThrow();
    expect(thrown(() => assertPartyFacts({ ...ok, partyJoinedOn: null, birthYear: 2027 }, now))).toMatchObject({
      field: "birthYear",
    });
  });

  it("ends a person once, and only without active seats", () => {
    expect(() => assertPersonActive({ endedAt: null })).not.toThrow();
    expect(thrown(() => assertPersonActive({ endedAt: new Date() }))).toMatchObject({
      code: "INVALID_TRANSITION",
      allowed: [],
    });
    expect(() => assertNoActiveSeats(0)).not.toThrow();
    expect(thrown(() => assertNoActiveSeats(2))).toMatchObject({ code: "INVARIANT", field: "id" });
  });
});

// ---------------------------------------------------------------- through HTTP

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;
let jointStaff: string;
let analyst: string;
let districtAdmin: string;
let liaison: string;
let foreign: { streetId: string; organizationId: string; communityId: string };

const personFields = `__typename
  ... on Person { id name gender birthYear isPartyMember partyJoinedOn position endedAt version idNumber phone homeAddress
    workplaceOrganization { id } residenceCommunity { id } }
  ... on Error { code messageZh messageEn field }
  ... on DomainError { allowed }`;

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${personFields} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${personFields} } }`;
const UPDATE_PRIVATE = `mutation($input: UpdatePersonPrivateInput!) { updatePersonPrivate(input: $input) { ${personFields} } }`;
const END = `mutation($input: EndPersonInput!) { endPerson(input: $input) { ${personFields} } }`;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  jointStaff = await t.token([{ role: "COMMITTEE_STAFF", committeeId: scope.joint.id }]);
  analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
  districtAdmin = await t.token([{ role: "DISTRICT_ADMIN", districtId: scope.district.id }]);
  const unit = await t.db.prisma.unit.findFirstOrThrow({
    where: { streetId: scope.street.id },
    orderBy: { creditCode: "asc" },
  });
  liaison = await t.token([{ role: "UNIT_LIAISON", unitId: unit.id }]);
  // A second street of the district, outside the street admin's and the committee staff's scope.
  const { street, community, organization } = await foreignStreet(t.db, scope.district.id, "PEOPLE");
  foreign = { streetId: street.id, organizationId: organization.id, communityId: community.id };
});
afterAll(async () => {
  await t?.close();
});

const counts = async () => ({
  persons: await t.db.prisma.person.count(),
  privates: await t.db.prisma.personPrivate.count(),
  audits: await t.db.prisma.auditEvent.count(),
});

/** An ID number no one has registered yet. */
let sequence = 0;
async function freshIdNumber(): Promise<string> {
  for (;;) {
    sequence += 1;
    // Born 1990, the 17th digit even: a woman's, like createInput's person.
    const id = withCheck(`650102199001${String(1000 + sequence).padStart(4, "0")}2`);
    if (!(await t.db.prisma.personPrivate.findUnique({ where: { idNumber: id } }))) return id;
  }
}

async function createInput(overrides: Record<string, unknown> = {}) {
  const community = await t.db.prisma.community.findFirstOrThrow({
    where: { streetId: scope.street.id },
    orderBy: { code: "asc" },
  });
  return {
    streetId: toGlobalId("Street", scope.street.id),
    name: "测试党员",
    gender: "FEMALE",
    birthYear: 1990,
    isPartyMember: true,
    partyJoinedOn: "2015-07-01",
    position: "社区工作者",
    workplaceOrganizationId: toGlobalId("PartyOrganization", scope.directOrg.id),
    residenceCommunityId: toGlobalId("Community", community.id),
    idNumber: await freshIdNumber(),
    phone: "13900001111",
    homeAddress: "某小区1号楼",
    ...overrides,
  };
}

async function create(input: Record<string, unknown>, token = streetAdmin) {
  const { data, errors } = await t.gql(CREATE, { input }, token);
  expect(errors).toBeUndefined();
  return data.createPerson;
}

describe("creating a person", () => {
  it("writes Person and PersonPrivate in the person's street, with audit events that never hold personal data", async () => {
    const before = await counts();
    const input = await createInput();
    const person = await create(input);
    expect(person).toMatchObject({
      __typename: "Person",
      name: "测试党员",
      version: 1,
      idNumber: input.idNumber,
      phone: "13900001111",
      homeAddress: "某小区1号楼",
      partyJoinedOn: "2015-07-01",
      workplaceOrganization: { id: input.workplaceOrganizationId },
      residenceCommunity: { id: input.residenceCommunityId },
    });
    expect(await counts()).toEqual({
      persons: before.persons + 1,
      privates: before.privates + 1,
      audits: before.audits + 2,
    });
    const id = fromGlobalId("Person", person.id);
    const row = await t.db.prisma.person.findUniqueOrThrow({ where: { id }, include: { private: true } });
    expect(row.streetId).toBe(scope.street.id);
    expect(row.private).toMatchObject({ streetId: row.streetId, idNumber: input.idNumber, version: 1 });

    const events = await t.db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.entityType])).toEqual([
      ["createPerson", "Person"],
      ["createPerson", "PersonPrivate"],
    ]);
    const text = JSON.stringify(events.map((e) => [e.before, e.after]));
    expect(text).not.toContain(String(input.idNumber));
    expect(text).not.toContain("13900001111");
    expect(text).not.toContain("某小区1号楼");
    expect(events[1]?.after).toMatchObject({ idNumber: "[已脱敏 redacted]", phone: "[已脱敏 redacted]" });
  });

  it("lets committee staff register a person of its committee's street", async () => {
    const person = await create(await createInput({ name: "委员会登记" }), jointStaff);
    expect(person).toMatchObject({ __typename: "Person", name: "委员会登记" });
    expect(person.idNumber).not.toBeNull();
  });

  it("refuses an invalid ID number with a typed error naming idNumber, writing nothing", async () => {
    const before = await counts();
    const valid = await freshIdNumber();
    const wrongCheck = valid.slice(0, 17) + (valid.endsWith("0") ? "1" : "0");
    const result = await create(await createInput({ idNumber: wrongCheck }));
    expect(result).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "idNumber" });
    expect(result.messageZh).toMatch(/身份证号/);
    expect(await counts()).toEqual(before);
  });

  it("refuses an ID number that is already registered, writing nothing", async () => {
    const existing = await t.db.prisma.personPrivate.findFirstOrThrow({
      orderBy: { personId: "asc" },
      include: { person: true },
    });
    const before = await counts();
    const { gender, birthYear } = existing.person;
    const result = await create(
      await createInput({ idNumber: existing.idNumber, gender, birthYear, partyJoinedOn: null }),
    );
    expect(result).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "idNumber" });
    expect(await counts()).toEqual(before);
  });

  it("refuses an ID number that disagrees with the sex or the year of birth, naming idNumber, writing nothing", async () => {
    const before = await counts();
    const womans = await freshIdNumber();
    const mans = withCheck(`${womans.slice(0, 16)}3`);
    const sex = await create(await createInput({ idNumber: mans }));
    expect(sex).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "idNumber" });
    expect(sex.messageZh).toBe("身份证号显示的性别（男）与登记的性别（女）不一致");
    const year = await create(await createInput({ birthYear: 1988 }));
    expect(year).toMatchObject({ __typename: "DomainError", code: "INVARIANT", field: "idNumber" });
    expect(year.messageZh).toBe("身份证号显示的出生年份（1990）与登记的出生年份（1988）不一致");
    expect(await counts()).toEqual(before);
    // Without a recorded year of birth only the sex is compared.
    expect(await create(await createInput({ birthYear: null, partyJoinedOn: null }))).toMatchObject({
      __typename: "Person",
    });
  });

  it("refuses inconsistent party facts, writing nothing", async () => {
    const before = await counts();
    const result = await create(await createInput({ isPartyMember: false }));
    expect(result).toMatchObject({ __typename: "DomainError", code: "VALIDATION", field: "partyJoinedOn" });
    expect(await counts()).toEqual(before);
  });

  it("answers a street or community outside the scope, or a missing organisation, with NOT_FOUND, writing nothing", async () => {
    const before = await counts();
    const street = await create(await createInput({ streetId: toGlobalId("Street", foreign.streetId) }));
    expect(street).toMatchObject({ code: "NOT_FOUND", field: "streetId" });
    // A workplace organisation may be in another street (issue 14 item 5, below), but it must exist.
    const org = await create(
      await createInput({ workplaceOrganizationId: toGlobalId("PartyOrganization", randomUUID()) }),
    );
    expect(org).toMatchObject({ code: "NOT_FOUND", field: "workplaceOrganizationId" });
    const community = await create(
      await createInput({ residenceCommunityId: toGlobalId("Community", foreign.communityId) }),
    );
    expect(community).toMatchObject({ code: "NOT_FOUND", field: "residenceCommunityId" });
    expect(await counts()).toEqual(before);
  });

  it("does not let an analyst, the district or a liaison register persons", async () => {
    const before = await counts();
    for (const token of [analyst, districtAdmin]) {
      expect(await create(await createInput(), token)).toMatchObject({ __typename: "DomainError", code: "FORBIDDEN" });
    }
    expect(await create(await createInput(), liaison)).toMatchObject({ code: "FORBIDDEN", field: "streetId" });
    expect(await counts()).toEqual(before);
  });
});

describe("issue 14 item 5: an in-service member works anywhere", () => {
  const workplace = `__typename
    ... on Person { id version workplaceKind workplaceExternalCode workplaceDistrictCode workplaceEmployerName
      workplaceCreditCode workplaceOrganization { id } }
    ... on Error { code messageZh messageEn field }`;
  const createW = async (fields: Record<string, unknown>) =>
    (
      await t.gql(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${workplace} } }`,
        {
          input: await createInput({ workplaceOrganizationId: undefined, ...fields }),
        },
        streetAdmin,
      )
    ).data.createPerson;
  const updateW = async (id: string, version: number, fields: Record<string, unknown>) =>
    (
      await t.gql(
        `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${workplace} } }`,
        {
          input: { id, version, ...fields },
        },
        streetAdmin,
      )
    ).data.updatePerson;
  const columns = (id: string) =>
    t.db.prisma.person.findUniqueOrThrow({
      where: { id: fromGlobalId("Person", id) },
      select: {
        version: true,
        workplaceKind: true,
        workplaceOrganizationId: true,
        workplaceExternalCode: true,
        workplaceDistrictCode: true,
        workplaceEmployerName: true,
        workplaceCreditCode: true,
      },
    });

  it("takes an organisation of another street or district or an unregistered employer, and refuses each wrong shape naming the field, writing nothing", async () => {
    // Allowed: an organisation of another street (the street admin cannot read it, but may name it).
    const otherStreet = await createW({
      workplaceOrganizationId: toGlobalId("PartyOrganization", foreign.organizationId),
    });
    expect(otherStreet).toMatchObject({
      __typename: "Person",
      workplaceKind: "ORGANIZATION",
      workplaceOrganization: null,
    });
    expect(await columns(otherStreet.id)).toMatchObject({
      workplaceKind: "ORGANIZATION",
      workplaceOrganizationId: foreign.organizationId,
      workplaceExternalCode: null,
    });
    // Allowed: the same street's organisation, explicitly of kind ORGANIZATION.
    const sameStreet = await createW({
      workplaceKind: "ORGANIZATION",
      workplaceOrganizationId: toGlobalId("PartyOrganization", scope.directOrg.id),
    });
    expect(sameStreet).toMatchObject({
      workplaceKind: "ORGANIZATION",
      workplaceOrganization: { id: toGlobalId("PartyOrganization", scope.directOrg.id) },
    });
    // Allowed: an organisation of another district, by its code.
    const external = await createW({
      workplaceKind: "EXTERNAL_ORGANIZATION",
      workplaceExternalCode: "210103EX000001",
      workplaceDistrictCode: "210103",
    });
    expect(external).toMatchObject({
      workplaceKind: "EXTERNAL_ORGANIZATION",
      workplaceExternalCode: "210103EX000001",
      workplaceDistrictCode: "210103",
      workplaceOrganization: null,
    });
    // Allowed: an unregistered employer, its credit code normalised to capitals.
    const { creditCode } = await t.db.prisma.unit.findFirstOrThrow({ orderBy: { creditCode: "asc" } });
    const employer = await createW({
      workplaceKind: "UNREGISTERED_EMPLOYER",
      workplaceEmployerName: "某某科技有限公司",
      workplaceCreditCode: creditCode.toLowerCase(),
    });
    expect(employer).toMatchObject({
      workplaceKind: "UNREGISTERED_EMPLOYER",
      workplaceEmployerName: "某某科技有限公司",
      workplaceCreditCode: creditCode,
    });

    // Refusals on create: typed, bilingual, naming the field; nothing written.
    const before = await counts();
    const refusals: [Record<string, unknown>, string, string][] = [
      [
        { workplaceKind: "EXTERNAL_ORGANIZATION", workplaceExternalCode: "210103EX000001" },
        "VALIDATION",
        "workplaceDistrictCode",
      ],
      [
        { workplaceKind: "EXTERNAL_ORGANIZATION", workplaceDistrictCode: "210103" },
        "VALIDATION",
        "workplaceExternalCode",
      ],
      [
        {
          workplaceKind: "EXTERNAL_ORGANIZATION",
          workplaceExternalCode: "X1",
          workplaceDistrictCode: scope.district.code,
        },
        "VALIDATION",
        "workplaceDistrictCode",
      ],
      [
        { workplaceKind: "UNREGISTERED_EMPLOYER", workplaceEmployerName: "某公司" },
        "VALIDATION",
        "workplaceCreditCode",
      ],
      [
        {
          workplaceKind: "UNREGISTERED_EMPLOYER",
          workplaceEmployerName: "某公司",
          workplaceCreditCode: `${creditCode.slice(0, 17)}${creditCode.endsWith("0") ? "1" : "0"}`,
        },
        "VALIDATION",
        "workplaceCreditCode",
      ],
      [
        {
          workplaceKind: "UNREGISTERED_EMPLOYER",
          workplaceEmployerName: "某公司",
          workplaceCreditCode: creditCode,
          workplaceOrganizationId: toGlobalId("PartyOrganization", scope.directOrg.id),
        },
        "VALIDATION",
        "workplaceOrganizationId",
      ],
      [{ workplaceKind: "ORGANIZATION" }, "VALIDATION", "workplaceOrganizationId"],
      [{ workplaceExternalCode: "210103EX000001", workplaceDistrictCode: "210103" }, "VALIDATION", "workplaceKind"],
    ];
    for (const [fields, code, field] of refusals) {
      const result = await createW(fields);
      expect(result, JSON.stringify(fields)).toMatchObject({ __typename: "DomainError", code, field });
      expect(result.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(result.messageEn).toMatch(/[a-z]/);
    }
    // An ended organisation is no workplace.
    const ended = await t.db.prisma.partyOrganization.create({
      data: {
        code: "PEOPLEENDEDORG",
        name: "已撤销党支部（测试）",
        level: "BRANCH",
        communityId: foreign.communityId,
        streetId: foreign.streetId,
        endedAt: new Date(),
      },
    });
    expect(await createW({ workplaceOrganizationId: toGlobalId("PartyOrganization", ended.id) })).toMatchObject({
      code: "INVARIANT",
      field: "workplaceOrganizationId",
    });
    expect(await counts()).toEqual(before);

    // Update: the workplace is replaced as a whole; a refusal leaves the row and the audit log as they were.
    const changed = await updateW(otherStreet.id, otherStreet.version, {
      workplaceKind: "UNREGISTERED_EMPLOYER",
      workplaceEmployerName: "新单位有限公司",
      workplaceCreditCode: creditCode,
    });
    expect(changed).toMatchObject({ workplaceKind: "UNREGISTERED_EMPLOYER", version: 2 });
    expect(await columns(otherStreet.id)).toMatchObject({
      workplaceOrganizationId: null,
      workplaceCreditCode: creditCode,
    });
    const row = await columns(otherStreet.id);
    const audits = await t.db.prisma.auditEvent.count();
    for (const fields of [
      { workplaceKind: "EXTERNAL_ORGANIZATION", workplaceExternalCode: "210103EX000001" },
      { workplaceCreditCode: "91210102MA0000000X" },
      { workplaceKind: "UNREGISTERED_EMPLOYER", workplaceEmployerName: "新单位有限公司", workplaceCreditCode: "bad" },
    ]) {
      expect(await updateW(otherStreet.id, 2, fields)).toMatchObject({ __typename: "DomainError", code: "VALIDATION" });
    }
    expect(await columns(otherStreet.id)).toEqual(row);
    expect(await t.db.prisma.auditEvent.count()).toBe(audits);
    const cleared = await updateW(otherStreet.id, 2, { workplaceKind: null });
    expect(cleared).toMatchObject({ workplaceKind: null, workplaceEmployerName: null, workplaceCreditCode: null });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: fromGlobalId("Person", otherStreet.id), action: "updatePerson" },
      orderBy: { id: "desc" },
    });
    expect(audit.changedFields).toEqual(["workplaceCreditCode", "workplaceEmployerName", "workplaceKind"]);

    // The database keeps the same shape rule.
    await expect(
      t.db.prisma.person.update({
        where: { id: fromGlobalId("Person", external.id) },
        data: { workplaceDistrictCode: null },
      }),
    ).rejects.toThrow(/Person_workplace_kind/);
  });
});

describe("updating a person", () => {
  it("updates with the current version and refuses a stale one with CONFLICT", async () => {
    const person = await create(await createInput({ name: "改名前" }));
    const update = (name: string, version: number) =>
      t.gql(UPDATE, { input: { id: person.id, version, name, position: null } }, jointStaff);
    const first = await update("改名后", 1);
    expect(first.data.updatePerson).toMatchObject({ __typename: "Person", name: "改名后", position: null, version: 2 });
    const before = await counts();
    const stale = await update("再改名", 1);
    expect(stale.data.updatePerson).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "version" });
    expect(await counts()).toEqual(before);
    expect(
      await t.db.prisma.person.findUniqueOrThrow({ where: { id: fromGlobalId("Person", person.id) } }),
    ).toMatchObject({
      name: "改名后",
      version: 2,
    });
  });

  it("refuses a sex or year of birth that disagrees with the ID number, writing nothing", async () => {
    const person = await create(await createInput());
    const before = await counts();
    const run = async (fields: Record<string, unknown>) =>
      (await t.gql(UPDATE, { input: { id: person.id, version: 1, ...fields } }, streetAdmin)).data.updatePerson;
    expect(await run({ gender: "MALE" })).toMatchObject({ code: "INVARIANT", field: "gender" });
    expect(await run({ birthYear: 1991 })).toMatchObject({ code: "INVARIANT", field: "birthYear" });
    expect(await counts()).toEqual(before);
    expect(await run({ name: "只改姓名" })).toMatchObject({ __typename: "Person", version: 2 });
  });

  it("refuses to make a member with a joining date a non-member, writing nothing", async () => {
    const person = await create(await createInput());
    const before = await counts();
    const { data } = await t.gql(UPDATE, { input: { id: person.id, version: 1, isPartyMember: false } }, streetAdmin);
    expect(data.updatePerson).toMatchObject({ code: "VALIDATION", field: "partyJoinedOn" });
    expect(await counts()).toEqual(before);
    const cleared = await t.gql(
      UPDATE,
      { input: { id: person.id, version: 1, isPartyMember: false, partyJoinedOn: null } },
      streetAdmin,
    );
    expect(cleared.data.updatePerson).toMatchObject({ isPartyMember: false, partyJoinedOn: null, version: 2 });
  });

  it("does not let an analyst update a person", async () => {
    const person = await create(await createInput());
    const before = await counts();
    const { data } = await t.gql(UPDATE, { input: { id: person.id, version: 1, name: "分析" } }, analyst);
    expect(data.updatePerson).toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
  });
});

describe("updating personal data", () => {
  it("lets committee staff change an ID number and phone, audited without the values", async () => {
    const input = await createInput();
    const person = await create(input);
    const idNumber = await freshIdNumber();
    const { data, errors } = await t.gql(
      UPDATE_PRIVATE,
      { input: { personId: person.id, version: 1, idNumber, phone: "13700002222" } },
      jointStaff,
    );
    expect(errors).toBeUndefined();
    expect(data.updatePersonPrivate).toMatchObject({ __typename: "Person", idNumber, phone: "13700002222" });
    const id = fromGlobalId("Person", person.id);
    expect(await t.db.prisma.personPrivate.findUniqueOrThrow({ where: { personId: id } })).toMatchObject({
      idNumber,
      phone: "13700002222",
      version: 2,
    });
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "PersonPrivate", entityId: id, action: "updatePersonPrivate" },
    });
    expect(event.changedFields).toEqual(["idNumber", "phone"]);
    const text = JSON.stringify([event.before, event.after]);
    for (const secret of [idNumber, String(input.idNumber), "13700002222", "13900001111"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("answers roles that may not read personal data with NOT_FOUND, writing nothing", async () => {
    const person = await create(await createInput());
    const id = fromGlobalId("Person", person.id);
    const before = await counts();
    for (const token of [analyst, districtAdmin, liaison]) {
      const { data } = await t.gql(
        UPDATE_PRIVATE,
        { input: { personId: person.id, version: 1, phone: "13800003333" } },
        token,
      );
      expect(data.updatePersonPrivate).toMatchObject({ __typename: "DomainError", code: "NOT_FOUND" });
    }
    expect(await counts()).toEqual(before);
    expect((await t.db.prisma.personPrivate.findUniqueOrThrow({ where: { personId: id } })).phone).toBe("13900001111");
  });

  it("refuses an invalid, duplicate or stale change, writing nothing", async () => {
    const person = await create(await createInput());
    // Another person's ID number that agrees with this person's sex and year: only the duplicate is wrong.
    const other = await create(await createInput({ name: "已登记者" })).then(() =>
      t.db.prisma.personPrivate.findFirstOrThrow({ where: { person: { name: "已登记者" } } }),
    );
    const before = await counts();
    const run = async (fields: Record<string, unknown>) =>
      (await t.gql(UPDATE_PRIVATE, { input: { personId: person.id, version: 1, ...fields } }, streetAdmin)).data
        .updatePersonPrivate;
    expect(await run({ idNumber: "110101199001011230" })).toMatchObject({ code: "VALIDATION", field: "idNumber" });
    expect(await run({ idNumber: withCheck(`${(await freshIdNumber()).slice(0, 16)}1`) })).toMatchObject({
      code: "INVARIANT",
      field: "idNumber",
      messageZh: "身份证号显示的性别（男）与登记的性别（女）不一致",
    });
    expect(await run({ idNumber: other.idNumber })).toMatchObject({ code: "INVARIANT", field: "idNumber" });
    expect(await run({ idNumber: null })).toMatchObject({ code: "VALIDATION", field: "idNumber" });
    expect(await run({ phone: "13600004444", version: 2 })).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(await counts()).toEqual(before);
    expect(
      await t.db.prisma.personPrivate.findUniqueOrThrow({ where: { personId: fromGlobalId("Person", person.id) } }),
    ).toMatchObject({ phone: "13900001111", version: 1 });
  });
});

describe("ending a person", () => {
  it("ends a person without seats once; a second end is an invalid transition", async () => {
    const person = await create(await createInput());
    const ended = await t.gql(END, { input: { id: person.id, version: 1 } }, streetAdmin);
    expect(ended.data.endPerson).toMatchObject({ __typename: "Person", version: 2 });
    expect(ended.data.endPerson.endedAt).not.toBeNull();
    const before = await counts();
    const again = await t.gql(END, { input: { id: person.id, version: 2 } }, streetAdmin);
    expect(again.data.endPerson).toMatchObject({ code: "INVALID_TRANSITION", allowed: [] });
    expect(await counts()).toEqual(before);
  });

  it("refuses to end a person who still holds a seat, and committee staff may not end persons", async () => {
    const seat = await t.db.prisma.seat.findFirstOrThrow({
      where: { committeeId: scope.joint.id, status: "FILED" },
      include: { person: true },
      orderBy: { nominatedAt: "asc" },
    });
    const input = { id: toGlobalId("Person", seat.personId), version: seat.person.version };
    const before = await counts();
    const refused = await t.gql(END, { input }, streetAdmin);
    expect(refused.data.endPerson).toMatchObject({ code: "INVARIANT", field: "id" });
    const staff = await t.gql(END, { input }, jointStaff);
    expect(staff.data.endPerson).toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: seat.personId } })).endedAt).toBeNull();
  });
});

describe("reading persons and their personal data", () => {
  const READ = `query($filter: PersonFilter) {
    persons(filter: $filter, first: 5) { totalCount edges { node { id name idNumber phone homeAddress } } } }`;

  async function demoPerson() {
    return t.db.prisma.person.findFirstOrThrow({
      where: { streetId: scope.street.id, private: { isNot: null } },
      include: { private: true },
      orderBy: { name: "asc" },
    });
  }

  async function read(token: string, personId: string) {
    const { data, errors } = await t.gql(READ, { filter: { id: { equals: toGlobalId("Person", personId) } } }, token);
    expect(errors).toBeUndefined();
    return data.persons;
  }

  it("shows personal data to the street admin and the committee staff in scope", async () => {
    const person = await demoPerson();
    for (const token of [streetAdmin, jointStaff]) {
      const list = await read(token, person.id);
      expect(list.edges[0].node).toMatchObject({
        name: person.name,
        idNumber: person.private?.idNumber,
        phone: person.private?.phone ?? null,
      });
    }
  });

  it("gives the analyst, the district and a liaison null for personal data", async () => {
    const person = await demoPerson();
    for (const token of [analyst, districtAdmin]) {
      const list = await read(token, person.id);
      expect(list.totalCount).toBe(1);
      expect(list.edges[0].node).toMatchObject({ name: person.name, idNumber: null, phone: null, homeAddress: null });
    }
    // A liaison reads no persons at all, and an analyst grant beside it does not widen personal data.
    expect(await read(liaison, person.id)).toMatchObject({ totalCount: 0, edges: [] });
    const node = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Person { idNumber } } }`,
      {
        id: toGlobalId("Person", person.id),
      },
      liaison,
    );
    expect(node.data.node).toBeNull();
    const both = await t.token([
      {
        role: "UNIT_LIAISON",
        unitId: (await t.db.prisma.unit.findFirstOrThrow({ orderBy: { creditCode: "asc" } })).id,
      },
      { role: "ANALYST", districtId: scope.district.id },
    ]);
    const list = await read(both, person.id);
    expect(list.edges[0].node).toMatchObject({ name: person.name, idNumber: null, phone: null });
  });

  it("offers no filter or ordering on personal data", async () => {
    const person = await demoPerson();
    const byId = await t.gql(
      `query($v: String) { persons(filter: { idNumber: { equals: $v } }) { totalCount } }`,
      { v: person.private?.idNumber },
      streetAdmin,
    );
    expect(byId.errors?.[0]?.message).toMatch(/idNumber/);
    expect(byId.data).toBeUndefined();
    const byPhone = await t.gql(
      `query { persons(orderBy: [{ field: PHONE, direction: ASC }]) { totalCount } }`,
      {},
      streetAdmin,
    );
    expect(byPhone.errors?.[0]?.message).toMatch(/PHONE/);
    const types = await t.gql(
      `query { filter: __type(name: "PersonFilter") { inputFields { name } }
               order: __type(name: "PersonOrderField") { enumValues { name } } }`,
      {},
      streetAdmin,
    );
    const names = [
      ...types.data.filter.inputFields.map((f: { name: string }) => f.name),
      ...types.data.order.enumValues.map((v: { name: string }) => v.name.toLowerCase().replace(/_/g, "")),
    ];
    expect(names).toContain("name");
    for (const hidden of ["idNumber", "phone", "homeAddress", "idnumber", "homeaddress"]) {
      expect(names).not.toContain(hidden);
    }
  });

  it("refuses a filter on a field the caller cannot read on every row", async () => {
    // A superior organisation reads only some fields of its subordinates' people.
    const superior = await t.token([
      { role: "SUPERIOR_ORG", organizationCode: String(scope.dualOrg.superiorExternalCode) },
    ]);
    const visible = await t.gql(
      `query { persons(first: 1) { totalCount edges { node { name idNumber birthYear } } } }`,
      {},
      superior,
    );
    expect(visible.errors).toBeUndefined();
    expect(visible.data.persons.totalCount).toBeGreaterThan(0);
    expect(visible.data.persons.edges[0].node).toMatchObject({ idNumber: null, birthYear: null });
    const hidden = await t.gql(
      `query { persons(filter: { isPartyMember: { equals: true } }) { totalCount edges { node { id } } } }`,
      {},
      superior,
    );
    expect(hidden.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "isPartyMember" } });
    const sorted = await t.gql(
      `query { persons(orderBy: [{ field: BIRTH_YEAR }]) { totalCount edges { node { id } } } }`,
      {},
      superior,
    );
    expect(sorted.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN", field: "birthYear" } });
  });

  it("filters by the public fields", async () => {
    const { data } = await t.gql(
      `query($filter: PersonFilter) { persons(filter: $filter) { totalCount } }`,
      {
        filter: {
          streetId: { equals: toGlobalId("Street", scope.street.id) },
          isPartyMember: { equals: false },
          endedAt: { present: false },
        },
      },
      analyst,
    );
    expect(data.persons.totalCount).toBe(
      await t.db.prisma.person.count({ where: { streetId: scope.street.id, isPartyMember: false, endedAt: null } }),
    );
  });
});
