import { getDatamodel } from "@gongjian/db/pothos";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/db.js";

// The migrated database and the Prisma schema agree: same tables, same columns, same
// nullability, compatible types, same enum values. Runs offline (no schema engine).

interface Column {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
  udt_name: string;
}

const scalarTypes: Record<string, string[]> = {
  String: ["text", "character varying", "character", "uuid"],
  Int: ["integer"],
  BigInt: ["bigint"],
  Boolean: ["boolean"],
  DateTime: ["timestamp with time zone", "date"],
  Decimal: ["numeric"],
  Json: ["jsonb"],
  Bytes: ["bytea"],
};

let db: TestDatabase;
let columns: Column[];
const models = getDatamodel().datamodel.models;

beforeAll(async () => {
  db = await freshDatabase();
  columns = await db.sql.query<Column>(
    `SELECT table_name, column_name, is_nullable, data_type, udt_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
  );
});
afterAll(async () => {
  await db?.close();
});

describe("migrated database and Prisma schema", () => {
  it("have the same tables", () => {
    const tables = [...new Set(columns.map((c) => c.table_name))].sort();
    expect(tables).toEqual(Object.keys(models).sort());
  });

  it.each(Object.keys(models))("%s: same columns, nullability and types", (model) => {
    const dbColumns = new Map(columns.filter((c) => c.table_name === model).map((c) => [c.column_name, c]));
    const fields = models[model]?.fields.filter((f) => f.kind === "scalar" || f.kind === "enum") ?? [];
    expect([...dbColumns.keys()].sort()).toEqual(fields.map((f) => f.name).sort());
    for (const field of fields) {
      const column = dbColumns.get(field.name);
      expect(column, `${model}.${field.name}`).toBeDefined();
      if (!column) continue;
      expect(column.is_nullable === "NO", `${model}.${field.name} nullability`).toBe(field.isRequired && !field.isList);
      if (field.isList) {
        expect(column.data_type).toBe("ARRAY");
      } else if (field.kind === "enum") {
        expect(column.udt_name, `${model}.${field.name}`).toBe(field.type);
      } else {
        expect(scalarTypes[field.type], `${model}.${field.name}: ${column.data_type}`).toContain(column.data_type);
      }
    }
  });

  it("have the same enum values", async () => {
    const rows = await db.sql.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY t.typname, e.enumsortorder`,
    );
    const fromDb: Record<string, string[]> = {};
    for (const r of rows) fromDb[r.name] = [...(fromDb[r.name] ?? []), r.value];
    const { Prisma: _p, PrismaClient: _c, ...exported } = await import("@gongjian/db");
    const enums = Object.fromEntries(
      Object.entries(exported).filter(([name, value]) => typeof value === "object" && value !== null && name in fromDb),
    ) as Record<string, Record<string, string>>;
    expect(Object.keys(enums).sort()).toEqual(Object.keys(fromDb).sort());
    for (const [name, values] of Object.entries(enums)) expect(Object.values(values)).toEqual(fromDb[name]);
  });
});
