import { builder } from "../builder.js";
import { batchedById } from "../data/batch.js";
import * as field from "../data/entity-fields.js";
import { nodeOptions } from "../data/nodes.js";
import { AssessmentGradeEnum, AssessmentKindEnum } from "../system/enums.js";
import { PartyOrganization } from "../units/types.js";

export const Assessment = builder.prismaNode("Assessment", {
  description:
    "考核（成员单位、委员、在职党员年度鉴定、积分）/ Assessment (member unit, committee member, annual appraisal, points)",
  ...nodeOptions("Assessment"),
  // Select mode: only the columns a request asks for are read, plus the ones the permission
  // rules look at, so the personal remarks are never read for a role that may not see them.
  select: {
    id: true,
    kind: true,
    streetId: true,
    committeeId: true,
    membershipId: true,
    organizationId: true,
    notifiedAt: true,
  },
  fields: (t) => ({
    kind: t.expose("kind", { type: AssessmentKindEnum, description: "考核类型 / Kind" }),
    year: t.exposeInt("year", { description: "年度 / Year" }),
    ...field.parents(t, {
      committee: "大党委 / Committee",
      membership: "被考核成员单位 / Member unit assessed",
      seat: "被考核委员职务 / Seat assessed",
      person: "被考核人员 / Person assessed",
    }),
    score: t.expose("score", { type: "Decimal", description: "得分（0–100）/ Score (0–100)" }),
    points: t.exposeInt("points", { description: "积分 / Points" }),
    grade: t.expose("grade", { type: AssessmentGradeEnum, description: "等次 / Grade" }),
    remarks: t.string({
      description: "评语（个人信息，仅授权角色可见）/ Remarks (personal data, authorised roles only)",
      select: (_args, ctx) => (ctx.guard.mayEver("read", "Assessment", "remarks") ? { remarks: true } : {}),
      resolve: (assessment) => (assessment as { remarks?: string | null }).remarks ?? null,
    }),
    assessedAt: t.expose("assessedAt", { type: "DateTime", description: "考核时间 / Assessed at" }),
    notifiedAt: t.expose("notifiedAt", {
      type: "DateTime",
      description: "向主管单位通报测评结果的时间 / Result notified to the unit at",
    }),
    ...field.stamps(t),
  }),
});

// ---------------------------------------------------------------- computed fields

builder.prismaObjectField(
  Assessment,
  "organization",
  (t) =>
    t.field({
      type: PartyOrganization,
      nullable: true,
      description:
        "被考核（或被考核人所在）的党组织，测评结果通报给它及其上级 / The organisation assessed (or the assessed person's), to which and to whose superior the result is notified",
      guardField: "organizationId",
      select: { organizationId: true },
      // One query for all the assessments of a response, through the read rules; a real Promise
      // (not Prisma's lazy one), so the guard checks the row it resolves to.
      resolve: (assessment, _args, ctx) =>
        assessment.organizationId
          ? batchedById(ctx, "Assessment.organization", (ids) =>
              ctx.db.prisma.partyOrganization.findMany({
                where: { AND: [{ id: { in: ids } }, ctx.guard.where("PartyOrganization")] },
              }),
            )(assessment.organizationId)
          : null,
    }) as never,
);
