import { packRules } from "@casl/ability/extra";
import { roleLabels } from "@gongjian/domain/actions";
import type { GraphQLSchema } from "graphql";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { invalid } from "../errors/domain-error.js";
import {
  type Action,
  actions,
  type Grant,
  type Role,
  roles,
  type Subject,
  subjects,
} from "../permissions/abilities.js";
import { describedEnum } from "../system/enums.js";
import { type ExplainLabels, explainAccess } from "./explain.js";

/** 角色: each value described by the role's label, the one the console and the refusals use too. */
export const RoleEnum = describedEnum(
  "Role",
  "角色 / Role",
  Object.fromEntries(
    roles.map((role) => {
      const { zh, en } = roleLabels[role] ?? { zh: role, en: role };
      return [role, `${zh} / ${en}`];
    }),
  ) as Record<Role, string>,
);

const GrantType = builder.objectRef<Grant>("Grant").implement({
  description: "一项授权：角色及其范围 / A grant: a role and its scope",
  fields: (t) => ({
    role: t.field({ type: RoleEnum, nullable: false, description: "角色 / Role", resolve: (g) => g.role }),
    districtId: t.string({
      description: "区（原始ID）/ District (raw id)",
      resolve: (g) => ("districtId" in g ? g.districtId : null),
    }),
    streetId: t.string({
      description: "街道（原始ID）/ Street (raw id)",
      resolve: (g) => ("streetId" in g ? (g.streetId ?? null) : null),
    }),
    committeeId: t.string({
      description: "大党委（原始ID）/ Committee (raw id)",
      resolve: (g) => ("committeeId" in g ? g.committeeId : null),
    }),
    unitId: t.string({
      description: "单位（原始ID）/ Unit (raw id)",
      resolve: (g) => ("unitId" in g ? g.unitId : null),
    }),
    organizationCode: t.string({
      description: "党组织代码（上级党组织）/ Organisation code (superior organisation)",
      resolve: (g) => ("organizationCode" in g ? g.organizationCode : null),
    }),
  }),
});

interface ViewerShape {
  ctx: Context;
}

const Viewer = builder.objectRef<ViewerShape>("Viewer").implement({
  description: "当前用户：身份、授权和权限规则 / The current user: identity, grants and permission rules",
  fields: (t) => ({
    id: t.string({ description: "用户ID / User id", resolve: ({ ctx }) => ctx.identity?.id ?? null }),
    name: t.string({ description: "姓名 / Name", resolve: ({ ctx }) => ctx.identity?.name ?? null }),
    grants: t.field({
      type: [GrantType],
      nullable: false,
      description: "生效的授权 / Grants in effect",
      resolve: ({ ctx }) => ctx.identity?.grants ?? [],
    }),
    impersonatedBy: t.string({
      description: "模拟查看时，实际操作的区委组织部用户 / When viewing as another role, the district admin doing it",
      resolve: ({ ctx }) => ctx.identity?.impersonatedBy?.id ?? null,
    }),
    readOnly: t.boolean({
      nullable: false,
      description: "只读（模拟查看）/ Read-only (viewing as another role)",
      resolve: ({ ctx }) => ctx.readOnly,
    }),
    rules: t.field({
      type: "JSON",
      nullable: false,
      description:
        "CASL 权限规则（packRules 格式，含条件和字段），供管理后台使用 / The CASL rules (packRules format, with conditions and fields) for the console",
      resolve: ({ ctx }) => packRules(ctx.guard.rules as never),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: Viewer,
    nullable: false,
    permission: "public",
    description: "当前用户 / The current user",
    resolve: (_root, _args, ctx) => ({ ctx }),
  }),
);

const Explanation = builder.objectRef<Awaited<ReturnType<typeof explainAccess>>>("AccessExplanation").implement({
  description: "权限说明 / Why an action is allowed or refused",
  fields: (t) => ({
    allowed: t.exposeBoolean("allowed", { nullable: false, description: "是否允许 / Allowed" }),
    reasonZh: t.exposeString("reasonZh", { nullable: false, description: "原因（中文）/ Reason in Chinese" }),
    reasonEn: t.exposeString("reasonEn", { nullable: false, description: "原因（英文）/ Reason in English" }),
    rule: t.field({ type: "JSON", description: "起作用的规则 / The deciding rule", resolve: (e) => e.rule }),
    grant: t.field({
      type: GrantType,
      description: "规则来自的授权 / The grant the rule came from",
      resolve: (e) => e.grant,
    }),
  }),
});

/** The Chinese names of a type and field, from the schema's "中文 / English" descriptions. */
function labelsOf(schema: GraphQLSchema, subject: string, field: string | null | undefined): ExplainLabels {
  const type = schema.getType(subject);
  // "社区“大党委”（社区党委或联合党委）/ Community …" → "社区“大党委”": the Chinese part, without its gloss.
  const zh = (description: string | null | undefined) =>
    description
      ?.split(/\s*\/\s+(?=[A-Za-z])/)[0]
      ?.replace(/（[^（）]*）$/, "")
      .trim() || undefined;
  const fieldDef = field && type && "getFields" in type ? type.getFields()[field] : undefined;
  return { subject: zh(type?.description), field: zh(fieldDef?.description) };
}

/** One question to `explainAccess` / `explainAccessMany`, checked and answered the same way. */
interface Question {
  action: string;
  subject: string;
  id?: string | number | null | undefined;
  field?: string | null | undefined;
}

function answer(ctx: Context, schema: GraphQLSchema, q: Question) {
  if (!(actions as readonly string[]).includes(q.action) && q.action !== "manage") {
    throw invalid("action", `未知操作 ${q.action}`, `Unknown action ${q.action}`);
  }
  if (!(subjects as readonly string[]).includes(q.subject)) {
    throw invalid("subject", `未知实体类型 ${q.subject}`, `Unknown subject ${q.subject}`);
  }
  const subject = q.subject as Subject;
  const id = q.id ? fromGlobalId(subject, String(q.id)) : null;
  return explainAccess(ctx, q.action as Action, subject, id, q.field ?? null, labelsOf(schema, subject, q.field));
}

const questionArgs = {
  action: `操作 / Action: ${actions.join(", ")}`,
  subject: "实体类型，如 Unit / Entity type, e.g. Unit",
  id: "记录的全局ID（不给则按类型回答）/ Global ID of the record (omit for the type in general)",
  field: "字段名 / Field name",
};

builder.queryField("explainAccess", (t) =>
  t.field({
    type: Explanation,
    nullable: false,
    permission: "public",
    description:
      "说明我能否对某条记录（或其字段）执行某操作，以及原因 / Whether I may perform an action on a record (or field), and why",
    args: {
      action: t.arg.string({ required: true, description: questionArgs.action }),
      subject: t.arg.string({ required: true, description: questionArgs.subject }),
      id: t.arg.id({ description: questionArgs.id }),
      field: t.arg.string({ description: questionArgs.field }),
    },
    resolve: (_root, args, ctx, info) => answer(ctx, info.schema, args),
  }),
);

const AccessQuestion = builder.inputType("AccessQuestion", {
  description: "一个权限问题 / One access question",
  fields: (t) => ({
    action: t.string({ required: true, description: questionArgs.action }),
    subject: t.string({ required: true, description: questionArgs.subject }),
    id: t.id({ description: questionArgs.id }),
    field: t.string({ description: questionArgs.field }),
  }),
});

/** At most this many questions in one `explainAccessMany`: a screen's buttons and fields, not a crawl. */
export const MAX_ACCESS_QUESTIONS = 100;

builder.queryField("explainAccessMany", (t) =>
  t.field({
    type: [Explanation],
    nullable: false,
    permission: "public",
    description: `一次回答多个权限问题（最多 ${MAX_ACCESS_QUESTIONS} 个），顺序与问题相同 / Several explainAccess questions in one request (at most ${MAX_ACCESS_QUESTIONS}), answered in order`,
    args: {
      questions: t.arg({
        type: [AccessQuestion],
        required: true,
        description: "问题 / The questions",
        validate: z.array(z.unknown()).max(MAX_ACCESS_QUESTIONS),
      }),
    },
    resolve: (_root, args, ctx, info) => Promise.all(args.questions.map((q) => answer(ctx, info.schema, q))),
  }),
);

export { roles };
