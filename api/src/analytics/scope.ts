/**
 * What every analyst query shares: the scope filter, the caller's row filters, the check that grouped
 * and filtered columns are readable, and loading the related rows the client selects.
 *
 * Analyst queries. Every number is computed in the database (count, groupBy, aggregate) — except
 * `coverage`, which reads the ids it needs for all committees in four queries and intersects them
 * here — and every table read is AND-ed with the caller's row filter for that table (`ctx.guard.where`),
 * also inside relation filters, so a row the caller may not read is never counted. Columns
 * used to filter or group must be readable on every row the caller may see (as for the root
 * lists), otherwise the query is refused. See api/docs/analyst-queries.md.
 */
import type { Prisma } from "@gongjian/db/client";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { fromGlobalId } from "../data/ids.js";
import type { Subject } from "../permissions/abilities.js";

export type Where = Record<string, unknown>;

export const and = (...parts: (Where | null | undefined | false)[]): Where => ({
  AND: parts.filter((p): p is Where => !!p),
});

export interface Scope {
  streetId?: string;
  committeeId?: string;
}

export function scopeOf(filter: { streetId?: string | null; committeeId?: string | null } | null | undefined): Scope {
  const scope: Scope = {};
  if (filter?.streetId) scope.streetId = fromGlobalId("Street", filter.streetId, "filter.streetId");
  if (filter?.committeeId) scope.committeeId = fromGlobalId("Committee", filter.committeeId, "filter.committeeId");
  return scope;
}

/** The scope filter on a committee-scoped table's own columns. */
export const scoped = (s: Scope): Where => ({
  ...(s.streetId ? { streetId: s.streetId } : {}),
  ...(s.committeeId ? { committeeId: s.committeeId } : {}),
});

/** The scope filter on the Committee table. */
export const committeeScoped = (s: Scope): Where => ({
  ...(s.streetId ? { streetId: s.streetId } : {}),
  ...(s.committeeId ? { id: s.committeeId } : {}),
});

/**
 * Refuses to filter or group by a column that is not readable on every row the caller may
 * read (it would reveal hidden values); a caller with no read rule at all simply counts nothing.
 */
export function requireReadable(ctx: Context, subject: Subject, fields: string[], scope?: Scope) {
  if (!ctx.guard.mayEver("read", subject)) return;
  const all = [
    ...fields,
    ...(scope?.streetId ? ["streetId"] : []),
    ...(scope?.committeeId && subject !== "Committee" ? ["committeeId"] : []),
  ];
  for (const field of all) {
    if (!ctx.guard.readableOnEveryRow(subject, field)) {
      throw new GraphQLError(`不能按 ${subject}.${field} 统计 / Cannot aggregate by ${subject}.${field}`, {
        extensions: { code: "FORBIDDEN", field },
      });
    }
  }
}

/**
 * The relations the client selects under `field` of the result rows (e.g. `committee { street
 * { name } }`), to load with the rows in one query instead of one load per row. Only an
 * `include` is taken (every column stays loaded, so the guard can check the rows); the guard
 * plugin still checks every related row, and list relations carry their `readable` filters.
 */
export function relationsSelected(ctx: Context, info: GraphQLResolveInfo, field: string): { include?: object } {
  const query = queryFromInfo({ context: ctx, info, path: [field] }) as { include?: object };
  return query.include ? { include: query.include } : {};
}

/** The committees with these ids that the caller may read (one query), by id. */
export async function committeesById(ctx: Context, ids: Iterable<string>, info: GraphQLResolveInfo) {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map<string, Prisma.CommitteeGetPayload<object>>();
  const rows = await ctx.db.prisma.committee.findMany({
    ...relationsSelected(ctx, info, "committee"),
    where: and({ id: { in: list } }, ctx.guard.where("Committee")) as Prisma.CommitteeWhereInput,
  });
  return new Map(rows.map((r) => [r.id, r]));
}

export const byCommitteeCode = <T extends { committee: { code: string } | null }>(a: T, b: T) =>
  (a.committee?.code ?? "").localeCompare(b.committee?.code ?? "");

/**
 * The row filter a read is AND-ed with: `guarded(ctx)` — the caller's (`ctx.guard.where`), for every
 * figure it is shown — or `everyRow`, for the few answers computed on all rows of a committee the
 * caller may read (the seat structure verdict) and for telling whether the caller's own count is
 * complete (a partial count is answered null, never as a misleading smaller number). See
 * api/docs/analyst-queries.md, "Partial views".
 */
export type RowFilter = (subject: Subject) => Where;
export const guarded =
  (ctx: Context): RowFilter =>
  (subject) =>
    ctx.guard.where(subject);
export const everyRow: RowFilter = () => ({});

/** A figure the caller is shown only when it counted every row there is (its rows ⊆ all rows, so equal counts mean equal sets). */
export const whenComplete = (own: number, all: number): number | null => (own === all ? own : null);

/** Active coverage (committee → communities) of committees in scope, through `filter` (by default the caller's). */
export async function activeCoverage(
  ctx: Context,
  s: Scope,
  filter: RowFilter = guarded(ctx),
  committeeIds?: string[],
) {
  requireReadable(ctx, "CommitteeCommunity", ["committeeId", "communityId", "endedAt"], s);
  const rows = await ctx.db.prisma.committeeCommunity.groupBy({
    by: ["committeeId", "communityId"],
    where: and(filter("CommitteeCommunity"), scoped(s), committeeIds ? { committeeId: { in: committeeIds } } : null, {
      endedAt: null,
    }) as Prisma.CommitteeCommunityWhereInput,
  });
  const communities = new Map<string, string[]>();
  for (const r of rows) communities.set(r.committeeId, [...(communities.get(r.committeeId) ?? []), r.communityId]);
  return communities;
}
