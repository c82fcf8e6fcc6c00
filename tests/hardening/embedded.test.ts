import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@gongjian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, startApi, stopApi } from "../support/api-process.js";

// The README's run command on a new machine: no DATABASE_URL, the embedded database in a data
// folder, the demo data loaded on the first start and still there after a restart.

let dataDir: string;

const start = () => startApi(cleanEnv({ PGLITE_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" }));
const stop = stopApi;

async function counts() {
  const db = await openDatabase({ kind: "embedded", dataDir });
  try {
    return { districts: await db.prisma.district.count(), units: await db.prisma.unit.count() };
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "gj-embedded-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("embedded database (first run)", () => {
  it("serves GraphQL with the demo data, which survives a restart", async () => {
    const first = await start();
    const response = await fetch(first.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { ok database } }" }),
    });
    expect(await response.json()).toEqual({ data: { health: { ok: true, database: "embedded" } } });
    expect(first.log.join("")).toMatch(/loaded the demo data/);
    // A new user signs in as a demo persona and sees the demo data.
    const post = async (query: string, token?: string) =>
      (
        await fetch(first.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json() as Promise<{ data: any }>;
    const personas = (await post("{ demoPersonas { role labelZh token } }")).data.demoPersonas;
    expect(personas.map((p: { role: string }) => p.role)).toEqual([
      "DISTRICT_ADMIN",
      "STREET_ADMIN",
      "COMMITTEE_STAFF",
      "UNIT_LIAISON",
      "SUPERIOR_ORG",
      "ANALYST",
      // A second street clerk (who approves what the first submitted: separation of duties, issue 21).
      "STREET_ADMIN",
    ]);
    const street = personas[1].token as string;
    expect((await post("{ units(first: 1) { totalCount } }", street)).data.units.totalCount).toBeGreaterThanOrEqual(
      140,
    );
    await stop(first);
    const afterFirst = await counts();
    expect(afterFirst.districts).toBe(1);
    expect(afterFirst.units).toBeGreaterThanOrEqual(140);

    const second = await start();
    expect(second.log.join("")).not.toMatch(/loaded the demo data/);
    await stop(second);
    expect(await counts()).toEqual(afterFirst);
  }, 240_000);
});
