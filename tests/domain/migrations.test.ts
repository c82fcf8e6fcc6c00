import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate, migrationsDir, readMigrations } from "@gongjian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/db.js";

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await freshDatabase(); // already migrated (template clone or embedded open)
  dir = await mkdtemp(path.join(tmpdir(), "gj-migrations-"));
  await cp(migrationsDir, dir, { recursive: true });
});
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("migrations", () => {
  it("are recorded in Prisma's table, each once, and a second run applies nothing", async () => {
    const files = await readMigrations();
    expect(files.length).toBeGreaterThanOrEqual(2);
    const recorded = await db.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded).toEqual(files.map((f) => ({ migration_name: f.name, checksum: f.checksum })));
    expect(await migrate(db.sql)).toEqual([]);
  });

  it("applies a new migration once, atomically with its record", async () => {
    await mkdir(path.join(dir, "29990101000000_probe"));
    await writeFile(path.join(dir, "29990101000000_probe", "migration.sql"), `CREATE TABLE probe (id int);`);
    expect(await migrate(db.sql, dir)).toEqual(["29990101000000_probe"]);
    expect(await migrate(db.sql, dir)).toEqual([]);

    // A failing migration leaves neither its changes nor its record behind.
    await mkdir(path.join(dir, "29990102000000_broken"));
    await writeFile(
      path.join(dir, "29990102000000_broken", "migration.sql"),
      `CREATE TABLE broken_half (id int); SELECT no_such_function();`,
    );
    await expect(migrate(db.sql, dir)).rejects.toThrow(/29990102000000_broken failed/);
    const tables = await db.sql.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'broken_half'`);
    expect(tables).toEqual([]);
    await rm(path.join(dir, "29990102000000_broken"), { recursive: true });
  });

  it("refuses to run when an applied migration was edited", async () => {
    await writeFile(path.join(dir, "29990101000000_probe", "migration.sql"), `CREATE TABLE probe (id bigint);`);
    await expect(migrate(db.sql, dir)).rejects.toThrow(/changed after it was applied/);
  });
});
