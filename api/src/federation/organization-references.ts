/**
 * Cross-district references (api/docs/federation.md): `OrganizationReference @key(fields: "code")`, a
 * party organisation known only by its code; `OrganizationInDistrict`, what one district knows of it
 * (its `in_<code>` field); `PartyOrganization.superiorOrganization`; and the root field
 * `organizationReference(code)` a district query starts a traversal with.
 */
import {
  GraphQLError,
  type GraphQLFieldConfig,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
  Kind,
} from "graphql";
import type { Context } from "../builder.js";
import { batched } from "../data/batch.js";
import { loadRegistered, subordinatesOf, superiorReference } from "./organization-loaders.js";
import { addFields, definition, field, fieldNode, withShareable } from "./sdl-nodes.js";

type Row = Record<string, unknown>;

/** The field of `OrganizationReference` that district `code` contributes. */
export const inDistrictField = (code: string) => `in_${code}`;

/**
 * Builds district `districtCode`'s reference types, adds `superiorOrganization` to its
 * `PartyOrganization` (of a fresh build), and returns the types and the root field.
 */
export function organizationReferences(
  districtCode: string,
  districtName: string,
  label: string,
  PartyOrganization: GraphQLObjectType,
) {
  const OrganizationInDistrict: GraphQLObjectType<{ code: string }, Context> = new GraphQLObjectType({
    name: "OrganizationInDistrict",
    description: "某区掌握的党组织信息 / What one district knows about a party organisation",
    astNode: withShareable(
      definition(`"某区掌握的党组织信息 / What one district knows about a party organisation"
      type OrganizationInDistrict {
        "区代码 / District code"
        districtCode: String!
        "该区登记的此党组织（未登记或不在您的权限范围内为 null）/ The organisation as registered in this district (null when not registered here or outside your scope)"
        registered: PartyOrganization
        "该区以此党组织为上级的党组织（您有权查看的）/ Organisations of this district whose superior it is (those you may see)"
        subordinates: [PartyOrganization!]!
      }`),
    ),
    fields: () => ({
      districtCode: { type: new GraphQLNonNull(GraphQLString), resolve: () => districtCode },
      registered: {
        type: PartyOrganization,
        resolve: ({ code }, _args, ctx, info) => loadRegistered(ctx, info, code),
      },
      subordinates: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(PartyOrganization))),
        // One query for every organisation code asked about in a response.
        resolve: ({ code }, _args, ctx) =>
          batched(ctx, "OrganizationInDistrict.subordinates", (codes) => subordinatesOf(ctx, codes), [])(code),
      },
    }),
  });
  for (const [name, f] of Object.entries(OrganizationInDistrict.getFields())) {
    f.astNode = OrganizationInDistrict.astNode?.fields?.find((n) => n.name.value === name);
    f.description = f.astNode?.description?.value;
  }

  const referenceAst = definition(`type OrganizationReference @key(fields: "code") @shareable {
    "党组织代码 / Organisation code"
    code: String!
    "${label}掌握的此党组织信息（该区无法访问时为 null 并报错）/ What district ${districtCode} (${districtName}) knows about this organisation (null, with an error, when that district cannot be reached)"
    ${inDistrictField(districtCode)}: OrganizationInDistrict
  }`);
  const referenceDescription =
    "按党组织代码引用的党组织（可在任何一区登记）；用 in_<区代码> 查询某区掌握的信息 / A party organisation by its code (registered in any district); ask in_<district code> for what a district knows";
  const OrganizationReference = new GraphQLObjectType<{ code: string }, Context>({
    name: "OrganizationReference",
    description: referenceDescription,
    astNode: { ...referenceAst, description: { kind: Kind.STRING, value: referenceDescription } },
    // The reference is only an address (the code the caller gave): no data, nothing to guard.
    extensions: { apollo: { subgraph: { resolveReference: ({ code }: { code: string }) => ({ code }) } } },
    fields: () => ({
      code: { type: new GraphQLNonNull(GraphQLString), astNode: referenceAst.fields?.[0] },
      [inDistrictField(districtCode)]: {
        type: OrganizationInDistrict,
        description: referenceAst.fields?.[1]?.description?.value,
        astNode: referenceAst.fields?.[1],
        resolve: ({ code }) => ({ code }),
      },
    }),
  });

  addFields(PartyOrganization, {
    superiorOrganization: field<Row>(
      `"上级党组织（按代码跨区引用：本区登记的或外区登记的）/ Superior organisation as a reference by code (registered in this or another district)"
      superiorOrganization: OrganizationReference`,
      {
        type: OrganizationReference,
        description:
          "上级党组织（按代码跨区引用：本区登记的或外区登记的）/ Superior organisation as a reference by code (registered in this or another district)",
        resolve: async (org, _args, ctx) => superiorReference(org, ctx),
      },
    ) as GraphQLFieldConfig<unknown, Context>,
  });
  // A reference to any organisation by its code, entered through this district: the traversal
  // then hops to each district whose in_<code> is asked for.
  const referenceField = fieldNode(`
    "按代码引用一个党组织（任何区登记的），再用 in_<区代码> 查询各区掌握的信息 / A party organisation by its code (registered in any district); then ask in_<district code> what each district knows"
    organizationReference(
      "党组织代码 / Organisation code"
      code: String!
    ): OrganizationReference!`);
  const organizationReference: GraphQLFieldConfig<unknown, Context> = {
    type: new GraphQLNonNull(OrganizationReference),
    description: referenceField.description?.value,
    astNode: referenceField,
    args: {
      code: {
        type: new GraphQLNonNull(GraphQLString),
        description: "党组织代码 / Organisation code",
        astNode: referenceField.arguments?.[0],
      },
    },
    resolve: (_root, { code }: Record<string, unknown>) => {
      if (typeof code !== "string" || code.length < 1 || code.length > 30) {
        throw new GraphQLError("党组织代码无效 / Invalid organisation code", {
          extensions: { code: "BAD_USER_INPUT" },
        });
      }
      return { code };
    },
  };
  return { OrganizationInDistrict, OrganizationReference, organizationReference };
}
