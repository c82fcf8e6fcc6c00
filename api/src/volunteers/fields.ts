import { builder } from "../builder.js";

/** Computed fields of a volunteer team; each reads only the rows the caller may read. */
builder.prismaObjectFields("VolunteerTeam", (t) => ({
  activeMemberCount: t.int({
    description: "在队队员人数 / Number of active members",
    guardField: "id",
    resolve: (team, _args, ctx) =>
      ctx.db.prisma.volunteerTeamMember.count({
        where: { AND: [{ teamId: team.id, leftOn: null }, ctx.guard.where("VolunteerTeamMember")] },
      }),
  }),
  totalServiceHours: t.field({
    type: "Decimal",
    description: "累计服务时长（小时）/ Total service hours of its activities",
    guardField: "id",
    resolve: async (team, _args, ctx) => {
      const sum = await ctx.db.prisma.volunteerActivity.aggregate({
        where: { AND: [{ teamId: team.id }, ctx.guard.where("VolunteerActivity")] },
        _sum: { serviceHours: true },
      });
      return sum._sum.serviceHours?.toFixed(1) ?? "0.0";
    },
  }),
}));
