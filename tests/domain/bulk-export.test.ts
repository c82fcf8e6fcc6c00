import { toGlobalId } from "@gongjian/api/data/ids";
import { schema } from "@gongjian/api/schema/index";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";
import { readXlsx } from "../support/bulk.js";

let t: TestApp;
let scope: Awaited<ReturnType<typeof demoScope>>;
let streetAdmin: string;

beforeAll(async () => {
  t = await setupApp({ demo: true });
  scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
});
afterAll(async () => {
  await t?.close();
});

const FILE = "{ filename contentType base64 rowCount }";

async function exportTable(field: string, format: "CSV" | "XLSX", token: string, args = "", vars = {}) {
  const { data, errors } = await t.gql(
    `query($format: FileFormat!${args ? `, ${args}` : ""}) { ${field}(format: $format${
      args ? `, ${args.replace(/\$(\w+): [^,]+/g, "$1: $$$1")}` : ""
    }) ${FILE} }`,
    { format, ...vars },
    token,
  );
  expect(JSON.stringify(errors)).toBeUndefined();
  const file = data[field];
  const table =
    format === "CSV"
      ? (parse(Buffer.from(file.base64, "base64").toString("utf8"), { bom: true }) as string[][])
      : await readXlsx(file.base64);
  const [header = [], ...rows] = table;
  return { file, header, rows, raw: Buffer.from(file.base64, "base64").toString("utf8") };
}

async function listIds(field: string, token: string, filter?: unknown): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: { data: any; errors: unknown } = await t.gql(
      `query($after: String, $filter: ${field === "units" ? "UnitFilter" : "PersonFilter"}) { list: ${field}(first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { after, filter },
      token,
    );
    expect(errors).toBeUndefined();
    ids.push(...data.list.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!data.list.pageInfo.hasNextPage) return ids;
    after = data.list.pageInfo.endCursor;
  }
}

describe("export of the lists", () => {
  it("gives a STREET_ADMIN exactly the list's rows, in CSV and XLSX, with the list's filter", async () => {
    const listed = await listIds("units", streetAdmin);
    const csv = await exportTable("exportUnits", "CSV", streetAdmin);
    expect(csv.file.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.file.filename).toMatch(/^驻区单位_\d{8}\.csv$/);
    expect(csv.header).toEqual(
      expect.arrayContaining(["ID", "单位名称", "单位类型", "统一社会信用代码", "所在社区（代码）"]),
    );
    expect(csv.rows.map((r) => r[0])).toEqual(listed);
    expect(csv.file.rowCount).toBe(listed.length);
    // Enum values are their Chinese labels.
    const kinds = new Set(csv.rows.map((r) => r[csv.header.indexOf("单位类型")]));
    expect([...kinds].every((k) => /[\u4e00-\u9fa5]/.test(String(k)))).toBe(true);

    const xlsx = await exportTable("exportUnits", "XLSX", streetAdmin);
    expect(xlsx.rows.map((r) => r[0])).toEqual(listed);

    const filter = { kind: { equals: "NEW_ECONOMIC_ORG" } };
    const filtered = await exportTable("exportUnits", "CSV", streetAdmin, "$filter: UnitFilter", { filter });
    expect(filtered.rows.map((r) => r[0])).toEqual(await listIds("units", streetAdmin, filter));
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.length).toBeLessThan(listed.length);
  });

  it("exports every required list for a STREET_ADMIN with as many rows as the list's totalCount", async () => {
    for (const [list, field] of [
      ["units", "exportUnits"],
      ["organizations", "exportOrganizations"],
      ["committees", "exportCommittees"],
      ["memberships", "exportMemberships"],
      ["persons", "exportPersons"],
      ["seats", "exportSeats"],
      ["assessments", "exportAssessments"],
    ] as const) {
      const { data } = await t.gql(`{ ${list}(first: 1) { totalCount } }`, {}, streetAdmin);
      const file = await exportTable(field, "XLSX", streetAdmin);
      expect([list, file.rows.length]).toEqual([list, data[list].totalCount]);
      expect(file.rows.length).toBeGreaterThan(0);
    }
  });

  it("writes every export in CSV and XLSX with a file name and sheet name Excel and file systems accept", async () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {}).filter((f) => f.startsWith("export"));
    expect(fields.length).toBeGreaterThan(10);
    // The day in Beijing (UTC+8).
    const stamp = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll("-", "");
    for (const field of fields) {
      for (const format of ["CSV", "XLSX"] as const) {
        const { file } = await exportTable(field, format, streetAdmin);
        expect([field, file.filename]).toEqual([
          field,
          expect.stringMatching(new RegExp(`^[^\\\\/:*?"<>|]+_${stamp}\\.${format.toLowerCase()}$`)),
        ]);
      }
    }
  });

  it("gives an ANALYST a person export without ID number, phone or address columns or values", async () => {
    const analyst = await t.token([{ role: "ANALYST", districtId: scope.district.id }]);
    const own = await exportTable("exportPersons", "CSV", streetAdmin);
    expect(own.header).toEqual(expect.arrayContaining(["身份证号", "手机号", "家庭住址"]));
    const mine = await exportTable("exportPersons", "CSV", analyst);
    expect(mine.rows.length).toBe(own.rows.length);
    for (const h of ["身份证号", "手机号", "家庭住址"]) expect(mine.header).not.toContain(h);
    const secrets = await t.db.prisma.personPrivate.findMany({ select: { idNumber: true, phone: true } });
    expect(secrets.length).toBeGreaterThan(0);
    for (const s of secrets) {
      if (s.idNumber) expect(mine.raw).not.toContain(s.idNumber);
      if (s.phone) expect(mine.raw).not.toContain(s.phone);
    }
  });

  it("gives a UNIT_LIAISON only its own unit", async () => {
    const unit = await t.db.prisma.unit.findFirstOrThrow({
      where: { streetId: scope.street.id },
      orderBy: { name: "asc" },
    });
    const liaison = await t.token([{ role: "UNIT_LIAISON", unitId: unit.id }]);
    const file = await exportTable("exportUnits", "XLSX", liaison);
    expect(file.rows).toHaveLength(1);
    expect(file.rows[0]?.[0]).toBe(toGlobalId("Unit", unit.id));
    expect(file.rows[0]).toContain(unit.name);
  });

  it("writes amounts, dates and times as the console shows them: ¥ with grouping, Beijing time", async () => {
    const contribution = await t.db.prisma.contribution.findFirstOrThrow({
      where: { streetId: scope.street.id, amountFen: { gte: 100_000n } },
      orderBy: { amountFen: "desc" },
    });
    const id = toGlobalId("Contribution", contribution.id);
    const beijing = new Date(contribution.pledgedAt.getTime() + 8 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const pledged = `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())} ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`;
    const yuan = contribution.amountFen / 100n;
    const amount = `¥${yuan.toLocaleString("en-US")}.${String(contribution.amountFen % 100n).padStart(2, "0")}`;
    for (const format of ["CSV", "XLSX"] as const) {
      const file = await exportTable("exportContributions", format, streetAdmin);
      const row = file.rows.find((r) => r[0] === id);
      expect(row, format).toBeDefined();
      expect([format, row?.[file.header.indexOf("认缴时间")]]).toEqual([format, pledged]);
      expect([format, row?.[file.header.indexOf("金额")]]).toEqual([format, amount]);
    }
  });

  it("refuses anonymous callers", async () => {
    const anonymous = await t.gql(`{ exportUnits(format: CSV) ${FILE} }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
