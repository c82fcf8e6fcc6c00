/** The reads behind the cross-district reference fields, each with the caller's SQL row filter. */
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../builder.js";

type Row = Record<string, unknown>;

/**
 * The superior of an organisation as a reference by code: the external code for a superior
 * registered in another district, the local superior's code when the caller may read it.
 */
export async function superiorReference(org: Row, ctx: Context): Promise<{ code: string } | null> {
  let row = org;
  if (!("superiorExternalCode" in row) || !("superiorId" in row)) {
    if (typeof org.id !== "string") return null;
    const loaded = await ctx.db.prisma.partyOrganization.findUnique({ where: { id: org.id } });
    if (!loaded) return null;
    row = loaded as unknown as Row;
  }
  if (typeof row.superiorExternalCode === "string" && row.superiorExternalCode) {
    if (!ctx.guard.canRead("PartyOrganization", row, "superiorExternalCode")) return null;
    return { code: row.superiorExternalCode };
  }
  if (typeof row.superiorId === "string") {
    if (!ctx.guard.canRead("PartyOrganization", row, "superiorId")) return null;
    const superior = await ctx.db.prisma.partyOrganization.findFirst({
      where: { id: row.superiorId, AND: [ctx.guard.where("PartyOrganization")] },
      select: { code: true },
    });
    return superior ? { code: superior.code } : null;
  }
  return null;
}

/**
 * `OrganizationInDistrict.registered` for every reference of one `_entities` call (or list) in one
 * query: the codes asked for in the same turn of the event loop are loaded together, with the
 * request's SQL row filter, and with the nested selection (`queryFromInfo`), so a hop costs a
 * constant number of statements however many organisations it carries.
 */
interface RegisteredBatch {
  codes: Set<string>;
  rows: Promise<Map<string, Row>>;
}
const registeredBatches = new WeakMap<object, Map<string, RegisteredBatch>>();
export function loadRegistered(ctx: Context, info: GraphQLResolveInfo, code: string): Promise<Row | null> {
  const key = pathKey(info.path);
  const batches = registeredBatches.get(ctx) ?? new Map<string, RegisteredBatch>();
  registeredBatches.set(ctx, batches);
  let batch = batches.get(key);
  if (!batch) {
    const codes = new Set<string>();
    const query = queryFromInfo({ context: ctx, info, typeName: "PartyOrganization" }) as {
      select?: Record<string, unknown>;
    };
    const rows = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      batches.delete(key); // later asks start a new batch
      const found = (await ctx.db.prisma.partyOrganization.findMany({
        ...(query.select ? { select: { ...query.select, code: true } } : query),
        where: { code: { in: [...codes] }, AND: [ctx.guard.where("PartyOrganization")] },
      } as never)) as Row[];
      return new Map(found.map((row) => [row.code as string, row]));
    });
    batch = { codes, rows };
    batches.set(key, batch);
  }
  batch.codes.add(code);
  return batch.rows.then((rows) => rows.get(code) ?? null);
}
/** The response path without list indices: the same field of every item of a list. */
function pathKey(path: GraphQLResolveInfo["path"] | undefined): string {
  const keys: string[] = [];
  for (let p = path; p; p = p.prev) if (typeof p.key === "string") keys.unshift(p.key);
  return keys.join(".");
}

/** The organisations (readable by the caller) whose superior has each of `codes`, by code, ordered by code. */
export async function subordinatesOf(ctx: Context, codes: string[]): Promise<Map<string, Row[]>> {
  const rows = await ctx.db.prisma.partyOrganization.findMany({
    where: {
      OR: [{ superiorExternalCode: { in: codes } }, { superior: { code: { in: codes } } }],
      AND: [ctx.guard.where("PartyOrganization")],
    },
    include: { superior: { select: { code: true } } },
    orderBy: { code: "asc" },
  });
  const byCode = new Map<string, Row[]>();
  for (const { superior, ...row } of rows) {
    const code = row.superiorExternalCode ?? superior?.code;
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), row as Row]);
  }
  return byCode;
}
