import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@gongjian/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The README's run command on a new machine: no DATABASE_URL, the embedded database in a data
// folder, the demo data loaded on the first start and still there after a restart.

const root = path.resolve(import.meta.dirname, "..");
let dataDir: string;

interface Started {
  child: ChildProcess;
  url: string;
  log: string[];
}

async function start(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "api/src/main.ts"], { cwd: root, env });
  const log: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log.join("")}`)), 120_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /on (http:\/\/localhost:\d+\/graphql)/.exec(log.join(""));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${log.join("")}`)));
  });
  return { child, url, log };
}

async function stop(server: Started) {
  const exited = new Promise((resolve) => server.child.on("exit", resolve));
  server.child.kill("SIGTERM");
  await exited;
}

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
