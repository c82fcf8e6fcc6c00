import { builder } from "../builder.js";

const Health = builder.objectRef<{ ok: boolean; database: string }>("Health").implement({
  description: "服务健康状态 / Service health",
  fields: (t) => ({
    ok: t.exposeBoolean("ok", { description: "数据库可用 / The database answers" }),
    database: t.exposeString("database", {
      description: "数据库类型：postgres 或 embedded / Database kind: postgres or embedded",
    }),
  }),
});

builder.queryField("health", (t) =>
  t.field({
    type: Health,
    permission: "public",
    description: "健康检查 / Health check",
    resolve: async (_root, _args, ctx) => {
      await ctx.db.sql.query("SELECT 1");
      return { ok: true, database: ctx.db.kind };
    },
  }),
);
