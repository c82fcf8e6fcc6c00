/**
 * Federation entity keys (Apollo Federation v2, `@key`). Every district runs the same code, so
 * an entity's key is a code that is stable across districts and systems, never a database id:
 *
 * - `District`          — 行政区划代码 `code`
 * - `Unit`              — 统一社会信用代码 `creditCode`
 * - `PartyOrganization` — 党组织代码 `code`
 * - `Committee`         — `districtCode code` (a committee code is unique only within a district)
 *
 * Personal data is never an entity (Person has no key) and never a key field.
 *
 * A reference is resolved through the same read rules as a root field: the row, loaded by its key,
 * is checked against the request's rules (`ctx.guard.canRead`, the in-memory twin of the SQL row
 * filter; the committee's key spans a relation, so it filters in SQL with `ctx.guard.where`), so a
 * record outside the caller's scope resolves to null exactly like a missing one, and every field
 * of it is then checked by the guard plugin like anywhere else.
 *
 * The keys only annotate the types: the normal schema (api/schema.graphql) prints no directive, but
 * it has `Committee.districtCode`. They are declared with the normal schema, which a district's
 * subgraph (`federation/subgraph.ts`) is built from, so the plain API imports nothing of federation/.
 */
import { builder, type Context } from "../builder.js";
import { Committee } from "../committees/types.js";
import type { Subject } from "../permissions/abilities.js";
import { District } from "../places/types.js";
import { PartyOrganization, Unit } from "../units/types.js";

const context = (ctx: unknown) => ctx as Context;

/**
 * The row if the read rules let the caller see it, else null (like a missing one). Every rule is a
 * condition on the row's own columns, so checking the loaded row equals filtering in SQL; loading
 * by a unique key with findUnique lets Prisma batch the representations of one `_entities` call.
 */
function readable<T extends object>(ctx: unknown, subject: Subject, row: T | null): T | null {
  return row && context(ctx).guard.canRead(subject, row as Record<string, unknown>) ? row : null;
}

builder.asEntity(District, {
  key: builder.selection<{ code: string }>("code"),
  resolveReference: async ({ code }, ctx) =>
    readable(ctx, "District", await context(ctx).db.prisma.district.findUnique({ where: { code } })),
});

builder.asEntity(Unit, {
  key: builder.selection<{ creditCode: string }>("creditCode"),
  resolveReference: async ({ creditCode }, ctx) =>
    readable(ctx, "Unit", await context(ctx).db.prisma.unit.findUnique({ where: { creditCode } })),
});

builder.asEntity(PartyOrganization, {
  key: builder.selection<{ code: string }>("code"),
  resolveReference: async ({ code }, ctx) =>
    readable(ctx, "PartyOrganization", await context(ctx).db.prisma.partyOrganization.findUnique({ where: { code } })),
});

// A committee code is unique within its district: the key pairs it with the district's code.
builder.prismaObjectField(
  Committee,
  "districtCode",
  (t) =>
    t.string({
      description:
        "所属区代码（与代码一起是跨区引用大党委的键）/ District code (with the code, the committee's key across districts)",
      nullable: false,
      guardField: "code",
      select: { street: { select: { district: { select: { code: true } } } } },
      resolve: (committee) => committee.street.district.code,
    }) as never,
);

builder.asEntity(Committee, {
  key: builder.selection<{ districtCode: string; code: string }>("districtCode code"),
  resolveReference: ({ districtCode, code }, ctx) =>
    context(ctx).db.prisma.committee.findFirst({
      where: { code, street: { district: { code: districtCode } }, AND: [context(ctx).guard.where("Committee")] },
    }),
});
