/** Federation of a person's workplace (issue 14 item 5): the organisation it names, as a reference by code. */
import type { GraphQLFieldConfig, GraphQLObjectType } from "graphql";
import type { Context } from "../builder.js";
import { addFields, field } from "./sdl-nodes.js";

type Row = Record<string, unknown>;

const description =
  "工作单位党组织（按代码跨区引用：本区登记的或外区登记的）/ Workplace organisation as a reference by code (registered in this or another district)";

/** Adds `Person.workplaceReference: OrganizationReference` (the gateway hops to the district that registered it). */
export function addWorkplaceReference(Person: GraphQLObjectType, OrganizationReference: GraphQLObjectType): void {
  addFields(Person, {
    workplaceReference: field<Row>(`"${description}"\n    workplaceReference: OrganizationReference`, {
      type: OrganizationReference,
      description,
      resolve: async (person, _args, ctx) => workplaceReference(person, ctx),
    }) as GraphQLFieldConfig<unknown, Context>,
  });
}

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
