import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { byCommittee, byId, byKind, byName, byOrganization, byStatus } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { globalId } from "../data/validation.js";
import { forbidden, notFound } from "../errors/domain-error.js";
import { CommitteeKindEnum, CommitteeStatusEnum, ManagementModeEnum } from "../system/enums.js";
import { dissolutionEffects } from "./dissolution.js";

defineRootList({
  subject: "Committee",
  field: "committees",
  description: "大党委 / Committees",
  filters: {
    ...byId("streetId", "Street", "所属街道 / Street"),
    ...byKind(CommitteeKindEnum),
    ...byStatus(CommitteeStatusEnum),
    code: { kind: "string", description: "代码 / Code" },
    ...byName,
  },
  orderable: ["code", "name", "status", "createdAt"],
  defaultOrder: [{ code: "asc" }],
});

defineRootList({
  subject: "Membership",
  field: "memberships",
  description: "成员单位 / Memberships",
  filters: {
    ...byCommittee,
    ...byOrganization(),
    managementMode: { kind: "enum", ref: ManagementModeEnum, description: "管理方式 / Management mode" },
    toDate: { kind: "present", description: "已退出（有退出日期）/ Ended (has an end date)" },
  },
  orderable: ["fromDate", "createdAt"],
  defaultOrder: [{ fromDate: "asc" }],
});

/** What dissolving a committee would end (`dissolutionEffects`): counts, for the console's confirmation. */
const DissolutionPreview = builder
  .objectRef<Awaited<ReturnType<typeof dissolutionEffects>>>("DissolutionPreview")
  .implement({
    description: "撤销大党委将结束的内容（条数）/ What dissolving a committee would end (counts)",
    fields: (t) => ({
      coverages: t.exposeInt("coverages", { nullable: false, description: "结束覆盖的社区 / Coverages ended" }),
      memberships: t.exposeInt("memberships", { nullable: false, description: "结束的成员身份 / Memberships ended" }),
      seats: t.exposeInt("seats", { nullable: false, description: "结束的职务 / Seats ended" }),
      volunteerTeams: t.exposeInt("volunteerTeams", {
        nullable: false,
        description: "结束的志愿服务队 / Volunteer teams ended",
      }),
      scheduledMeetings: t.exposeInt("scheduledMeetings", {
        nullable: false,
        description: "取消的未召开会议 / Scheduled meetings cancelled",
      }),
      adoptedPlans: t.exposeInt("adoptedPlans", {
        nullable: false,
        description: "结算关闭的经费方案 / Adopted funding plans closed",
      }),
    }),
  });

builder.queryField("dissolutionPreview", (t) =>
  t.field({
    type: DissolutionPreview,
    nullable: false,
    permission: "dissolve:Committee",
    description:
      "撤销前预览：将结束的覆盖、成员身份、职务、服务队，取消的会议和关闭的经费方案（须有撤销权限）/ Before dissolving: the coverages, memberships, seats and teams that would end, meetings cancelled and plans closed (you must be allowed to dissolve it)",
    args: { id: t.arg.id({ required: true, description: "大党委 / Committee", validate: globalId }) },
    resolve: async (_root, args, ctx) => {
      const id = fromGlobalId("Committee", String(args.id));
      const committee = await ctx.db.prisma.committee.findFirst({
        where: { AND: [{ id }, ctx.guard.where("Committee")] },
      });
      if (!committee) throw notFound("Committee");
      if (!ctx.guard.can("dissolve", "Committee", committee)) {
        throw forbidden("无权撤销该大党委", "Not allowed to dissolve this committee", "id");
      }
      return dissolutionEffects({ tx: ctx.db.prisma }, id);
    },
  }),
);
