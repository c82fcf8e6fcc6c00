import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";

export const District = field.entityNode("District", {
  description: "区（一个API部署服务一个区）/ District (one API deployment serves one district)",
  children: { streets: ["街道 / Streets", "Street"] },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, { code: "行政区划代码 / Administrative division code", name: "名称 / Name" }),
    allowSelfApproval: t.exposeBoolean("allowSelfApproval", {
      description:
        "允许报审人本人审批（小街道；此类审批单独记录）/ Whoever submitted or nominated may approve it too (small streets; audited as such)",
    }),
  }),
});

export const Street = field.entityNode("Street", {
  description: "街道（党工委）/ Street (with its party working committee)",
  parents: { district: "所属区 / District" },
  children: { communities: ["辖区社区 / Communities of the street", "Community"] },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, { code: "街道代码 / Street code", name: "名称 / Name" }),
  }),
});

export const Community = field.entityNode("Community", {
  description: "社区（居委会）/ Community (with its residents' committee)",
  parents: { street: "所属街道 / Street" },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, { code: "社区代码 / Community code", name: "名称 / Name" }),
    households: t.exposeInt("households", { description: "户数 / Households" }),
    population: t.exposeInt("population", { description: "人口 / Population" }),
  }),
});

builder.prismaObjectField(
  Community,
  "neighbours",
  (t) =>
    t.field({
      type: [Community],
      description:
        "相邻社区（用于建议联合党委的覆盖范围）/ Neighbouring communities (to suggest a joint committee's coverage)",
      guardField: false,
      permission: "read:Community",
      select: (_args, _ctx, nested) => ({ neighbours: { select: { neighbour: nested() } } }),
      resolve: (community) => community.neighbours.map((n) => n.neighbour),
    }) as never,
);
