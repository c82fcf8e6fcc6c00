import { decodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import { RoleEnum } from "../access/types.js";
import { builder } from "../builder.js";
import { isUuid } from "../data/ids.js";
import { idFieldOf } from "../data/models.js";
import { invalid } from "../errors/domain-error.js";
import { type Grant, type Subject, subjects } from "../permissions/abilities.js";

interface AuditRow {
  id: bigint;
  at: Date;
  actorId: string;
  actorName: string | null;
  actorGrants: unknown;
  action: string;
  entityType: string;
  entityId: string;
  changedFields: string[];
  before: unknown;
  after: unknown;
  impersonating: unknown;
}

const AuditEntry = builder.objectRef<AuditRow>("AuditEntry").implement({
  description:
    "审计记录：谁在何时改了什么（个人信息已脱敏）/ Audit entry: who changed what, when (personal data redacted)",
  fields: (t) => ({
    id: t.string({ nullable: false, description: "序号 / Sequence number", resolve: (r) => r.id.toString() }),
    at: t.field({ type: "DateTime", nullable: false, description: "时间 / When", resolve: (r) => r.at }),
    actorId: t.exposeString("actorId", { nullable: false, description: "操作人 / Who" }),
    actorName: t.exposeString("actorName", {
      description:
        "操作人名称（登录令牌中的显示名，写入时记录；早期记录为空）/ Who, by the display name of their sign-in token at the time (empty on older entries)",
    }),
    actorRoles: t.field({
      type: [RoleEnum],
      nullable: false,
      description: "操作人当时的角色 / The roles the actor acted with",
      resolve: (r) => [...new Set((Array.isArray(r.actorGrants) ? (r.actorGrants as Grant[]) : []).map((g) => g.role))],
    }),
    action: t.exposeString("action", { nullable: false, description: "操作 / Action" }),
    entityType: t.exposeString("entityType", { nullable: false, description: "实体类型 / Entity type" }),
    changedFields: t.exposeStringList("changedFields", { nullable: false, description: "改动的字段 / Fields changed" }),
    before: t.field({
      type: "JSON",
      description: "改动前（只含您可见的字段）/ Before (fields you may read only)",
      resolve: (r) => r.before,
    }),
    after: t.field({
      type: "JSON",
      description: "改动后（只含您可见的字段）/ After (fields you may read only)",
      resolve: (r) => r.after,
    }),
  }),
});

builder.queryField("auditTrail", (t) =>
  t.field({
    type: [AuditEntry],
    nullable: false,
    permission: "read:node",
    description:
      "一条记录的修改历史（须能读取该记录；不存在或无权限时为空）/ A record's history (you must be able to read the record; empty when missing or outside your scope)",
    args: {
      id: t.arg.id({ required: true, description: "记录的全局ID / Global ID of the record" }),
      last: t.arg.int({
        description: "最近的条数（默认50，最多200）/ How many of the latest entries (default 50, max 200)",
        validate: z.number().int().min(1).max(200).nullish(),
      }),
    },
    resolve: async (_root, args, ctx) => {
      let decoded: { typename: string; id: string };
      try {
        decoded = decodeGlobalID(String(args.id));
      } catch {
        throw invalid("id", "ID 无效", "Invalid ID");
      }
      // Audit events are append-only and have no history of their own (their ids are not uuids either).
      if (!(subjects as readonly string[]).includes(decoded.typename) || decoded.typename === "AuditEvent") return [];
      const subject = decoded.typename as Subject;
      if (!isUuid(decoded.id)) throw invalid("id", "ID 无效", "Invalid ID");
      const model = subject.charAt(0).toLowerCase() + subject.slice(1);
      const delegate = (
        ctx.db.prisma as unknown as Record<string, { findFirst(a: object): Promise<Record<string, unknown> | null> }>
      )[model];
      const row = await delegate?.findFirst({
        where: { AND: [{ [idFieldOf(subject)]: decoded.id }, ctx.guard.where(subject)] },
      });
      if (!row) return [];
      const take = args.last ?? 50;
      const events = await ctx.db.prisma.auditEvent.findMany({
        where: { entityType: subject, entityId: decoded.id },
        orderBy: { id: "desc" },
        take,
      });
      const visible = (snapshot: unknown) => {
        if (!snapshot || typeof snapshot !== "object") return snapshot;
        return Object.fromEntries(
          Object.entries(snapshot as Record<string, unknown>).filter(([key]) => ctx.guard.canRead(subject, row, key)),
        );
      };
      return events.map((e) => ({
        ...e,
        changedFields: e.changedFields.filter((f) => ctx.guard.canRead(subject, row, f)),
        before: visible(e.before),
        after: visible(e.after),
      }));
    },
  }),
);
