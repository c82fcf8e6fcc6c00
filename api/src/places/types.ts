import { builder } from "../builder.js";
import { scopedFindUnique } from "../data/nodes.js";
import { readable } from "../permissions/pothos-guard.js";

export const District = builder.prismaNode("District", {
  description: "区（一个API部署服务一个区）/ District (one API deployment serves one district)",
  id: { field: "id" },
  findUnique: scopedFindUnique("District"),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "行政区划代码 / Administrative division code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    streets: t.relation("streets", {
      description: "街道 / Streets",
      ...readable("Street"),
    }),
  }),
});

export const Street = builder.prismaNode("Street", {
  description: "街道（党工委）/ Street (with its party working committee)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Street"),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "街道代码 / Street code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    district: t.relation("district", { description: "所属区 / District" }),
    communities: t.relation("communities", {
      description: "辖区社区 / Communities of the street",
      ...readable("Community"),
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
  }),
});

export const Community = builder.prismaNode("Community", {
  description: "社区（居委会）/ Community (with its residents' committee)",
  id: { field: "id" },
  findUnique: scopedFindUnique("Community"),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString("code", { description: "社区代码 / Community code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    households: t.exposeInt("households", { description: "户数 / Households" }),
    population: t.exposeInt("population", { description: "人口 / Population" }),
    street: t.relation("street", { description: "所属街道 / Street" }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "创建时间 / Created at" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "修改时间 / Updated at" }),
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
