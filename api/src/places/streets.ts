import { builder } from "../builder.js";

export const District = builder.prismaNode("District", {
  description: "区 / District",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code", { description: "行政区划代码 / Administrative division code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    streets: t.relation("streets", { description: "街道 / Streets" }),
  }),
});

export const Street = builder.prismaNode("Street", {
  description: "街道（党工委）/ Street (with its party working committee)",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code", { description: "街道代码 / Street code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    district: t.relation("district", { description: "所属区 / District" }),
    communities: t.relation("communities", {
      description: "辖区社区 / Communities of the street",
      query: { orderBy: { code: "asc" } },
    }),
    version: t.exposeInt("version", { description: "版本号（乐观锁）/ Version (optimistic concurrency)" }),
  }),
});

export const Community = builder.prismaNode("Community", {
  description: "社区（居委会）/ Community (with its residents' committee)",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code", { description: "社区代码 / Community code" }),
    name: t.exposeString("name", { description: "名称 / Name" }),
    households: t.exposeInt("households", { nullable: true, description: "户数 / Households" }),
    population: t.exposeInt("population", { nullable: true, description: "人口 / Population" }),
    street: t.relation("street", { description: "所属街道 / Street" }),
  }),
});

builder.queryField("streets", (t) =>
  t.prismaConnection(
    {
      type: "Street",
      cursor: "id",
      description: "街道列表 / Streets",
      totalCount: (_parent, _args, ctx) => ctx.db.prisma.street.count(),
      resolve: (query, _parent, _args, ctx) => ctx.db.prisma.street.findMany({ ...query, orderBy: { code: "asc" } }),
    },
    { description: "街道连接 / Street connection" },
  ),
);
