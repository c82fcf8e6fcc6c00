import { toGlobalId } from "@gongjian/api/data/ids";
import type { Grant } from "@gongjian/api/permissions/abilities";
import {
  assertCurrent,
  assertEffectiveOn,
  assertNoCurrentOfKind,
  assertResolutionOfCommittee,
  fileColumns,
  MAX_RULES_FILE_BYTES,
  missingRulesDocumentKinds,
  RULES_DOCUMENT_KINDS,
} from "@gongjian/api/rules-documents/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupApp, type TestApp } from "../support/app.js";
import { thrown } from "../support/errors.js";

// Issue 15 item 4: a committee's rules documents (制度), versioned, with an optional attached file.

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const textFile = (text = "会议制度全文") => ({ name: "会议制度.txt", contentType: "text/plain", base64: b64(text) });

describe("rules document rules (no database)", () => {
  it("accepts a file of an accepted type within the limit, and refuses anything else on its field", () => {
    const ok = fileColumns({ name: "a.pdf", contentType: "Application/PDF", base64: b64("%PDF-1.4") });
    expect(ok).toMatchObject({ fileName: "a.pdf", fileContentType: "application/pdf", fileSize: 8 });
    expect(Buffer.from(ok.fileData as Uint8Array).toString()).toBe("%PDF-1.4");
    const exact = fileColumns({
      name: "max.png",
      contentType: "image/png",
      base64: Buffer.alloc(MAX_RULES_FILE_BYTES, 1).toString("base64"),
    });
    expect(exact.fileSize).toBe(MAX_RULES_FILE_BYTES);
    expect(
      thrown(() => fileColumns({ name: "x.exe", contentType: "application/x-msdownload", base64: b64("MZ") })),
    ).toMatchObject({ code: "VALIDATION", field: "file.contentType" });
    const tooLarge = thrown(() =>
      fileColumns({
        name: "big.pdf",
        contentType: "application/pdf",
        base64: Buffer.alloc(MAX_RULES_FILE_BYTES + 1).toString("base64"),
      }),
    );
    expect(tooLarge).toMatchObject({ code: "VALIDATION", field: "file.base64" });
    expect(tooLarge.messageZh).toContain("2 MB");
    expect(thrown(() => fileColumns({ name: "e.txt", contentType: "text/plain", base64: "" })).field).toBe(
      "file.base64",
    );
    expect(
      thrown(() => fileColumns({ name: "e.txt", contentType: "text/plain", base64: "**not base64**" })),
    ).toMatchObject({ code: "VALIDATION", field: "file.base64" });
  });

  it("dates a document from the Beijing day its resolution was adopted, a revision not before the previous one", () => {
    // 2026-03-01 17:00 UTC is 2026-03-02 01:00 in Beijing.
    const adoptedAt = new Date("2026-03-01T17:00:00Z");
    expect(() => assertEffectiveOn(new Date("2026-03-02T00:00:00Z"), adoptedAt)).not.toThrow();
    expect(thrown(() => assertEffectiveOn(new Date("2026-03-01T00:00:00Z"), adoptedAt))).toMatchObject({
      code: "INVARIANT",
      field: "effectiveOn",
    });
    const previous = new Date("2026-04-01T00:00:00Z");
    expect(() => assertEffectiveOn(new Date("2026-04-01T00:00:00Z"), adoptedAt, previous)).not.toThrow();
    expect(thrown(() => assertEffectiveOn(new Date("2026-03-31T00:00:00Z"), adoptedAt, previous)).field).toBe(
      "effectiveOn",
    );
  });

  it("keeps one current document per kind, revises only the current version, takes the committee's own resolution", () => {
    expect(() => assertNoCurrentOfKind(null)).not.toThrow();
    expect(thrown(() => assertNoCurrentOfKind({ id: "x" }))).toMatchObject({ code: "INVARIANT", field: "kind" });
    expect(() => assertCurrent(null)).not.toThrow();
    expect(thrown(() => assertCurrent(new Date()))).toMatchObject({ code: "INVARIANT", field: "id" });
    expect(() => assertResolutionOfCommittee("c1", "c1")).not.toThrow();
    expect(thrown(() => assertResolutionOfCommittee("c2", "c1"))).toMatchObject({ field: "resolutionId" });
  });

  it("lists the missing kinds in the mechanism's order", () => {
    expect(missingRulesDocumentKinds([])).toEqual([...RULES_DOCUMENT_KINDS]);
    expect(missingRulesDocumentKinds(["DEMOCRATIC_SUPERVISION_RULES", "WORK_RESPONSIBILITIES"])).toEqual([
      "COMMITTEE_MEETING_RULES",
      "MAJOR_QUESTIONS_DECISION_RULES",
    ]);
    expect(missingRulesDocumentKinds(RULES_DOCUMENT_KINDS)).toEqual([]);
  });
});

let t: TestApp;
const statements: string[] = [];
/** The demo committee keeping two of the four documents (the one the tests record and revise on). */
let partial: { id: string; streetId: string };
/** A committee keeping all four. */
let complete: { id: string };
let token: Record<string, string>;
let grants: Record<string, Grant>;
let ownResolution: { id: string; adoptedAt: Date };
let foreignResolution: { id: string };

const gid = toGlobalId;
const fromGid = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":").slice(1).join(":");
const resultFields = `__typename
  ... on RulesDocument { id kind revision title text effectiveOn current supersededAt version
    file { name contentType size } previous { id } next { id } resolution { id } committee { id } }
  ... on Error { code messageZh messageEn field }`;

const record = (input: Record<string, unknown>, as: string) =>
  t.gql(
    `mutation($input: RecordRulesDocumentInput!) { recordRulesDocument(input: $input) { ${resultFields} } }`,
    {
      input,
    },
    as,
  );
const revise = (input: Record<string, unknown>, as: string) =>
  t.gql(
    `mutation($input: ReviseRulesDocumentInput!) { reviseRulesDocument(input: $input) { ${resultFields} } }`,
    {
      input,
    },
    as,
  );
const download = (id: string, as: string) =>
  t.gql(`query($id: ID!) { rulesDocumentFile(id: $id) { filename contentType size base64 } }`, { id }, as);

/** Everything a rules document mutation can write, to show a refused one wrote nothing. */
async function snapshot() {
  return {
    documents: await t.db.prisma.rulesDocument.findMany({
      orderBy: { id: "asc" },
      select: { id: true, version: true, supersededAt: true, fileSize: true },
    }),
    audits: await t.db.prisma.auditEvent.count(),
  };
}

async function expectRefused(
  result: Promise<{ data: any; errors: unknown }>,
  mutation: string,
  expected: { code: string; field?: string | null },
) {
  const before = await snapshot();
  const { data, errors } = await result;
  expect(errors).toBeUndefined();
  expect(data[mutation]).toMatchObject({ __typename: expect.stringMatching(/Error$/), ...expected });
  expect(data[mutation].messageZh).toBeTruthy();
  expect(data[mutation].messageEn).toBeTruthy();
  expect(await snapshot()).toEqual(before);
}

beforeAll(async () => {
  t = await setupApp({ demo: true, onQuery: (sql) => statements.push(sql) });
  const counts = await t.db.sql.query<{ id: string; streetId: string; n: number }>(
    `SELECT c.id, c."streetId", count(d.id)::int AS n FROM "Committee" c
       LEFT JOIN "RulesDocument" d ON d."committeeId" = c.id AND d."supersededAt" IS NULL
      WHERE EXISTS (SELECT 1 FROM "Resolution" r WHERE r."committeeId" = c.id)
      GROUP BY c.id ORDER BY c.code`,
  );
  partial = counts.find((c) => c.n === 2) as { id: string; streetId: string };
  complete = counts.find((c) => c.n === 4) as { id: string };
  expect(partial && complete).toBeTruthy();
  ownResolution = await t.db.prisma.resolution.findFirstOrThrow({
    where: { committeeId: partial.id },
    orderBy: { adoptedAt: "asc" },
    select: { id: true, adoptedAt: true },
  });
  foreignResolution = await t.db.prisma.resolution.findFirstOrThrow({
    where: { committeeId: complete.id },
    select: { id: true },
  });
  const liaisonUnit = await t.db.sql.query<{ unitId: string }>(
    `SELECT o."unitId" FROM "Membership" m JOIN "PartyOrganization" o ON o.id = m."organizationId"
      WHERE m."committeeId" = $1 AND m."toDate" IS NULL AND o."unitId" IS NOT NULL ORDER BY o.code LIMIT 1`,
    [partial.id],
  );
  const otherUnit = await t.db.sql.query<{ id: string }>(
    `SELECT u.id FROM "Unit" u WHERE NOT EXISTS (SELECT 1 FROM "PartyOrganization" o JOIN "Membership" m
       ON m."organizationId" = o.id WHERE o."unitId" = u.id AND m."committeeId" = $1) ORDER BY u.id LIMIT 1`,
    [partial.id],
  );
  const district = await t.db.prisma.district.findFirstOrThrow();
  grants = {
    staff: { role: "COMMITTEE_STAFF", committeeId: partial.id },
    otherStaff: { role: "COMMITTEE_STAFF", committeeId: complete.id },
    street: { role: "STREET_ADMIN", streetId: partial.streetId },
    district: { role: "DISTRICT_ADMIN", districtId: district.id },
    analyst: { role: "ANALYST", districtId: district.id },
    liaison: { role: "UNIT_LIAISON", unitId: liaisonUnit[0]?.unitId as string },
    otherLiaison: { role: "UNIT_LIAISON", unitId: otherUnit[0]?.id as string },
  };
  token = {};
  for (const [name, grant] of Object.entries(grants)) token[name] = await t.token([grant]);
});
afterAll(async () => {
  await t?.close();
});

const beijingDay = (at: Date, plusDays = 0) =>
  new Date(at.getTime() + 8 * 3600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);

describe("the demo data", () => {
  it("has all four documents on some committees and not on others, flagged by missingRulesDocuments", async () => {
    const { data, errors } = await t.gql(
      `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Committee { missingRulesDocuments } }
         b: node(id: $b) { ... on Committee { missingRulesDocuments } } }`,
      { a: gid("Committee", complete.id), b: gid("Committee", partial.id) },
      token.district,
    );
    expect(errors).toBeUndefined();
    expect(data.a.missingRulesDocuments).toEqual([]);
    expect(data.b.missingRulesDocuments).toEqual(["MAJOR_QUESTIONS_DECISION_RULES", "DEMOCRATIC_SUPERVISION_RULES"]);
    const revised = await t.db.prisma.rulesDocument.count({ where: { revision: 2 } });
    expect(revised).toBeGreaterThan(0);
  });
});

describe("recordRulesDocument", () => {
  let recorded: any;

  const valid = () => ({
    committeeId: gid("Committee", partial.id),
    kind: "WORK_RESPONSIBILITIES",
    resolutionId: gid("Resolution", ownResolution.id),
    effectiveOn: beijingDay(ownResolution.adoptedAt),
    text: "第一条 ……",
  });

  it("refuses a second current document of a kind (revise instead)", async () => {
    await expectRefused(record(valid(), token.staff as string), "recordRulesDocument", {
      code: "INVARIANT",
      field: "kind",
    });
  });

  it("refuses a resolution of another committee, and a date before the resolution", async () => {
    const free = { ...valid(), kind: "MAJOR_QUESTIONS_DECISION_RULES" };
    await expectRefused(
      record({ ...free, resolutionId: gid("Resolution", foreignResolution.id) }, token.street as string),
      "recordRulesDocument",
      { code: "INVARIANT", field: "resolutionId" },
    );
    await expectRefused(
      record({ ...free, effectiveOn: beijingDay(ownResolution.adoptedAt, -1) }, token.street as string),
      "recordRulesDocument",
      { code: "INVARIANT", field: "effectiveOn" },
    );
  });

  it("refuses a file of another type or above 2 MB, naming the field", async () => {
    const free = { ...valid(), kind: "MAJOR_QUESTIONS_DECISION_RULES" };
    await expectRefused(
      record(
        { ...free, file: { name: "x.exe", contentType: "application/x-msdownload", base64: b64("MZ") } },
        token.staff as string,
      ),
      "recordRulesDocument",
      { code: "VALIDATION", field: "file.contentType" },
    );
    await expectRefused(
      record(
        {
          ...free,
          file: {
            name: "big.pdf",
            contentType: "application/pdf",
            base64: Buffer.alloc(MAX_RULES_FILE_BYTES + 1).toString("base64"),
          },
        },
        token.staff as string,
      ),
      "recordRulesDocument",
      { code: "VALIDATION", field: "file.base64" },
    );
  });

  it("refuses roles that may not record: another committee's staff (not found), a liaison, an analyst, the district", async () => {
    await expectRefused(record(valid(), token.otherStaff as string), "recordRulesDocument", {
      code: "NOT_FOUND",
      field: "committeeId",
    });
    for (const role of ["liaison", "analyst", "district"]) {
      const { data } = await record({ ...valid(), kind: "MAJOR_QUESTIONS_DECISION_RULES" }, token[role] as string);
      expect(data.recordRulesDocument.__typename, role).toMatch(/Error$/);
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(data.recordRulesDocument.code);
    }
    await expectRefused(
      record({ ...valid(), kind: "MAJOR_QUESTIONS_DECISION_RULES" }, token.analyst as string),
      "recordRulesDocument",
      { code: "FORBIDDEN" },
    );
  });

  it("records a missing kind with its resolution and file; the flag clears for that kind; one audit event without the bytes", async () => {
    const audits = await t.db.prisma.auditEvent.count();
    const { data, errors } = await record(
      {
        committeeId: gid("Committee", partial.id),
        kind: "MAJOR_QUESTIONS_DECISION_RULES",
        resolutionId: gid("Resolution", ownResolution.id),
        effectiveOn: beijingDay(ownResolution.adoptedAt),
        text: "第一条 实行“大事共议、实事共办、要事共决、急事共商”议事原则。",
        file: textFile("审议决策制度（全文）"),
      },
      token.staff as string,
    );
    expect(errors).toBeUndefined();
    recorded = data.recordRulesDocument;
    expect(recorded).toMatchObject({
      __typename: "RulesDocument",
      kind: "MAJOR_QUESTIONS_DECISION_RULES",
      revision: 1,
      title: "社区重要问题审议决策制度",
      current: true,
      supersededAt: null,
      previous: null,
      file: { name: "会议制度.txt", contentType: "text/plain", size: Buffer.byteLength("审议决策制度（全文）") },
    });
    expect(await t.db.prisma.auditEvent.count()).toBe(audits + 1);
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: fromGid(recorded.id) } });
    expect(audit.action).toBe("recordRulesDocument");
    expect(JSON.stringify(audit.after)).not.toContain("fileData");
    const flag = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Committee { missingRulesDocuments } } }`,
      { id: gid("Committee", partial.id) },
      token.staff,
    );
    expect(flag.data.node.missingRulesDocuments).toEqual(["DEMOCRATIC_SUPERVISION_RULES"]);
  });

  it("records without a file, by the street too", async () => {
    const { data } = await record(
      {
        committeeId: gid("Committee", partial.id),
        kind: "DEMOCRATIC_SUPERVISION_RULES",
        title: "民主监督制度（试行）",
        resolutionId: gid("Resolution", ownResolution.id),
        effectiveOn: beijingDay(ownResolution.adoptedAt, 3),
        text: "第一条 社区监督委员会对决议执行情况进行监督。",
      },
      token.street as string,
    );
    expect(data.recordRulesDocument).toMatchObject({ revision: 1, title: "民主监督制度（试行）", file: null });
  });
});

describe("reviseRulesDocument: the version chain", () => {
  const current = async (kind: string) =>
    t.db.prisma.rulesDocument.findFirstOrThrow({
      where: { committeeId: partial.id, kind: kind as never, supersededAt: null },
    });
  const later = async () =>
    t.db.prisma.resolution.findFirstOrThrow({
      where: { committeeId: partial.id },
      orderBy: { adoptedAt: "desc" },
      select: { id: true, adoptedAt: true },
    });

  it("supersedes the current version, keeps it readable and linked, keeps its file unless told", async () => {
    const v1 = await current("MAJOR_QUESTIONS_DECISION_RULES");
    const resolution = await later();
    const { data, errors } = await revise(
      {
        id: gid("RulesDocument", v1.id),
        version: v1.version,
        resolutionId: gid("Resolution", resolution.id),
        effectiveOn: beijingDay(resolution.adoptedAt, 1),
        text: "修订后的全文",
      },
      token.staff as string,
    );
    expect(errors).toBeUndefined();
    const v2 = data.reviseRulesDocument;
    expect(v2).toMatchObject({
      __typename: "RulesDocument",
      revision: 2,
      current: true,
      text: "修订后的全文",
      title: v1.title,
      previous: { id: gid("RulesDocument", v1.id) },
      file: { name: "会议制度.txt" },
    });
    const old = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on RulesDocument { revision current supersededAt text next { id } } } }`,
      { id: gid("RulesDocument", v1.id) },
      token.staff,
    );
    expect(old.data.node).toMatchObject({ revision: 1, current: false, text: v1.text, next: { id: v2.id } });
    expect(old.data.node.supersededAt).not.toBeNull();

    // Version 3 without the file; version 2 keeps its own.
    const v2row = await current("MAJOR_QUESTIONS_DECISION_RULES");
    const v3 = await revise(
      {
        id: v2.id,
        version: v2row.version,
        resolutionId: gid("Resolution", resolution.id),
        effectiveOn: beijingDay(resolution.adoptedAt, 1),
        text: "第三版",
        removeFile: true,
      },
      token.street as string,
    );
    expect(v3.data.reviseRulesDocument).toMatchObject({ revision: 3, file: null, previous: { id: v2.id } });
    expect((await download(v2.id, token.staff as string)).data.rulesDocumentFile.base64).toBe(
      b64("审议决策制度（全文）"),
    );
    const chain = await t.db.prisma.rulesDocument.findMany({
      where: { committeeId: partial.id, kind: "MAJOR_QUESTIONS_DECISION_RULES" },
      orderBy: { revision: "asc" },
    });
    expect(chain.map((d) => [d.revision, d.supersededAt === null])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(chain[1]?.previousId).toBe(chain[0]?.id);
    expect(chain[2]?.previousId).toBe(chain[1]?.id);
  });

  it("refuses a version the row no longer has (CONFLICT), a superseded version, a date before the previous one; nothing written", async () => {
    const now = await current("MAJOR_QUESTIONS_DECISION_RULES");
    const resolution = await later();
    const base = {
      id: gid("RulesDocument", now.id),
      version: now.version,
      resolutionId: gid("Resolution", resolution.id),
      effectiveOn: beijingDay(resolution.adoptedAt, 1),
      text: "x",
    };
    await expectRefused(revise({ ...base, version: now.version + 1 }, token.staff as string), "reviseRulesDocument", {
      code: "CONFLICT",
    });
    const old = await t.db.prisma.rulesDocument.findFirstOrThrow({ where: { id: now.previousId as string } });
    await expectRefused(
      revise({ ...base, id: gid("RulesDocument", old.id), version: old.version }, token.staff as string),
      "reviseRulesDocument",
      { code: "INVARIANT", field: "id" },
    );
    await expectRefused(
      revise({ ...base, effectiveOn: beijingDay(resolution.adoptedAt, -400) }, token.staff as string),
      "reviseRulesDocument",
      { code: "INVARIANT", field: "effectiveOn" },
    );
    await expectRefused(revise(base, token.otherStaff as string), "reviseRulesDocument", { code: "NOT_FOUND" });
    await expectRefused(revise(base, token.liaison as string), "reviseRulesDocument", { code: "FORBIDDEN" });
  });

  it("is enforced by the database too: one current per committee and kind, complete files only", async () => {
    const now = await current("MAJOR_QUESTIONS_DECISION_RULES");
    await expect(
      t.db.sql.query(
        `INSERT INTO "RulesDocument" (id, "committeeId", "streetId", kind, revision, title, "resolutionId", "effectiveOn", text, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'MAJOR_QUESTIONS_DECISION_RULES', 9, 't', $3, '2026-12-01', 'x', now())`,
        [partial.id, partial.streetId, ownResolution.id],
      ),
    ).rejects.toThrow();
    await expect(
      t.db.sql.query(`UPDATE "RulesDocument" SET "fileName" = 'a.txt' WHERE id = $1`, [now.id]),
    ).rejects.toThrow(/RulesDocument_file_complete/);
    await expect(
      t.db.sql.query(`UPDATE "RulesDocument" SET "resolutionId" = $2 WHERE id = $1`, [now.id, foreignResolution.id]),
    ).rejects.toThrow(/RulesDocument_resolution_scope_fkey/);
  });
});

describe("reading documents and their files", () => {
  it("downloads the file only through the single-record read, with the document's read rules", async () => {
    const withFile = await t.db.prisma.rulesDocument.findFirstOrThrow({
      where: { committeeId: partial.id, fileName: { not: null } },
      select: { id: true },
    });
    const id = gid("RulesDocument", withFile.id);
    for (const role of ["staff", "street", "district", "analyst", "liaison"]) {
      const { data, errors } = await download(id, token[role] as string);
      expect(errors, role).toBeUndefined();
      expect(data.rulesDocumentFile, role).toMatchObject({
        contentType: "text/plain",
        base64: b64("审议决策制度（全文）"),
      });
    }
    for (const role of ["otherStaff", "otherLiaison"]) {
      const { data, errors } = await download(id, token[role] as string);
      expect(data?.rulesDocumentFile ?? null, role).toBeNull();
      expect(errors?.[0]?.extensions?.code, role).toBe("NOT_FOUND");
    }
  });

  it("never reads the files' bytes in a list, a committee's documents or an export", async () => {
    statements.length = 0;
    const list = await t.gql(
      `{ rulesDocuments(first: 50) { totalCount edges { node { id kind revision current file { name size } } } }
         committees(first: 10) { edges { node { rulesDocuments { id file { name } } missingRulesDocuments } } } }`,
      {},
      token.district,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data.rulesDocuments.edges.some((e: any) => e.node.file)).toBe(true);
    const exported = await t.gql(`{ exportRulesDocuments(format: CSV) { base64 rowCount } }`, {}, token.district);
    expect(exported.errors).toBeUndefined();
    expect(exported.data.exportRulesDocuments.rowCount).toBe(list.data.rulesDocuments.totalCount);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((s) => s.includes("fileData"))).toEqual([]);
    await download(
      gid(
        "RulesDocument",
        (await t.db.prisma.rulesDocument.findFirstOrThrow({ where: { fileName: { not: null } } })).id,
      ),
      token.district as string,
    );
    expect(statements.some((s) => s.includes("fileData"))).toBe(true);
  });

  it("shows a liaison its committees' documents only, and the flag only where it may read them", async () => {
    const own = await t.gql(
      `query($c: ID!) { rulesDocuments(first: 50, filter: { committeeId: { equals: $c } }) { totalCount }
         node(id: $c) { ... on Committee { missingRulesDocuments } } }`,
      { c: gid("Committee", partial.id) },
      token.liaison,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data.rulesDocuments.totalCount).toBeGreaterThan(0);
    expect(own.data.node.missingRulesDocuments).toEqual([]);
    // Another unit's liaison sees exactly the documents of the committees its unit is a member of.
    const other = await t.gql(`{ rulesDocuments(first: 50) { totalCount } }`, {}, token.otherLiaison);
    const expected = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "RulesDocument" d WHERE d."committeeId" IN (SELECT m."committeeId" FROM "Membership" m
         JOIN "PartyOrganization" o ON o.id = m."organizationId" WHERE o."unitId" = $1)`,
      [(grants.otherLiaison as { unitId: string }).unitId],
    );
    expect(other.data.rulesDocuments.totalCount).toBe(expected[0]?.n);
  });
});
