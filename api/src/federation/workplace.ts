/** Federation of a person's workplace (issue 14 item 5): the organisation it names, as a reference by code. */
import type { Context } from "../builder.js";

type Row = Record<string, unknown>;

/**
 * An in-service member's workplace as a reference by code (issue 14 item 5): the code of an
 * organisation of another district, or of this district's organisation when the caller may read it.
 */
export async function workplaceReference(person: Row, ctx: Context): Promise<{ code: string } | null> {
  if (typeof person.id !== "string") return null;
  const row = (await ctx.db.prisma.person.findUnique({ where: { id: person.id } })) as unknown as Row | null;
  if (!row) return null;
  if (typeof row.workplaceExternalCode === "string") {
    return ctx.guard.canRead("Person", row, "workplaceExternalCode") ? { code: row.workplaceExternalCode } : null;
  }
  if (typeof row.workplaceOrganizationId !== "string" || !ctx.guard.canRead("Person", row, "workplaceOrganizationId")) {
    return null;
  }
  const org = await ctx.db.prisma.partyOrganization.findFirst({
    where: { id: row.workplaceOrganizationId, AND: [ctx.guard.where("PartyOrganization")] },
    select: { code: true },
  });
  return org ? { code: org.code } : null;
}
