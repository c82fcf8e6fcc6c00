import { parseArgs } from "node:util";
import { databaseConfigFromEnv } from "@gongjian/db";
import { grantSchema } from "../auth/identity.js";
import { readEmbeddedSecret } from "../auth/startup.js";
import { authConfigFromEnv, mintToken, StartupError } from "../auth/tokens.js";
import { type Grant, roles } from "../permissions/abilities.js";

/**
 * Mints a token for local use, signed with JWT_SECRET or, without it, with the embedded demo's own
 * secret (kept in its data folder after its first start):
 *   pnpm token --role STREET_ADMIN --street <streetId> [--sub alice] [--expires 8h]
 * Repeat --role with its scope options separated by --and for a token with several grants:
 *   pnpm token --role UNIT_LIAISON --unit <id> --and --role COMMITTEE_STAFF --committee <id>
 */
const argv = process.argv.slice(2).filter((a) => a !== "--");
const groups: string[][] = [[]];
for (const arg of argv) {
  if (arg === "--and") groups.push([]);
  else groups.at(-1)?.push(arg);
}

const options = {
  role: { type: "string" },
  district: { type: "string" },
  street: { type: "string" },
  committee: { type: "string" },
  unit: { type: "string" },
  org: { type: "string" },
  sub: { type: "string" },
  name: { type: "string" },
  expires: { type: "string" },
} as const;

let sub = "local-user";
let name: string | undefined;
let expires = "8h";
const grants: Grant[] = groups.map((group) => {
  const { values } = parseArgs({ args: group, options, strict: true });
  if (values.sub) sub = values.sub;
  if (values.name) name = values.name;
  if (values.expires) expires = values.expires;
  const raw: Record<string, string | undefined> = { role: values.role };
  if (values.district) raw.districtId = values.district;
  if (values.street) raw.streetId = values.street;
  if (values.committee) raw.committeeId = values.committee;
  if (values.unit) raw.unitId = values.unit;
  if (values.org) raw.organizationCode = values.org;
  const parsed = grantSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`Invalid grant ${JSON.stringify(raw)}. Roles: ${roles.join(", ")}.`);
    console.error("Scopes: --district (DISTRICT_ADMIN, ANALYST), --street (STREET_ADMIN, optional for ANALYST),");
    console.error("        --committee (COMMITTEE_STAFF), --unit (UNIT_LIAISON), --org <code> (SUPERIOR_ORG)");
    process.exit(2);
  }
  return parsed.data;
});

const database = databaseConfigFromEnv();
const embedded =
  database.kind === "embedded" && database.dataDir ? await readEmbeddedSecret(database.dataDir) : undefined;
try {
  const auth = authConfigFromEnv(process.env, { fallbackSecret: process.env.JWT_SECRET ? undefined : embedded });
  console.log(await mintToken({ id: sub, name: name ?? sub, grants }, auth, expires));
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  if (!process.env.JWT_SECRET && database.kind === "embedded") {
    console.error(
      "内置数据库首次启动（pnpm start）后会生成自己的密钥 / The embedded database makes its own secret on its first start (pnpm start)",
    );
  }
  process.exit(2);
}
