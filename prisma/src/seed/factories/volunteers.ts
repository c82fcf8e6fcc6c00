/** Factories of volunteer teams, their members and activities. */
import type { Prisma } from "../../../generated/client/client.js";
import type { VolunteerTeamKind } from "../../../generated/client/enums.js";
import { VOLUNTEER_ACTIVITIES, VOLUNTEER_TEAMS } from "../names/index.js";
import { addDays, DEMO_YEAR, day } from "../random.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function volunteerFactories({ rnd, stamp, latest, under }: Kit) {
  return {
    volunteerTeam(
      committee: Parent<Row<"committee">, "id" | "streetId">,
      kind: VolunteerTeamKind,
      overrides: Partial<Prisma.VolunteerTeamCreateManyInput> & { prefix?: string } = {},
    ): Row<"volunteerTeam"> {
      const { prefix, ...rest } = overrides;
      const founded = (rest.foundedOn as Date | undefined) ?? day(2024, rnd.int(3, 12), rnd.int(1, 28));
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        name: `${prefix ?? ""}${rnd.pick(VOLUNTEER_TEAMS[kind])}`,
        kind,
        leaderId: null,
        foundedOn: founded,
        endedAt: null,
        ...stamp(founded, latest(founded, rest.endedAt)),
        ...rest,
      };
    },

    volunteerTeamMember(
      team: Parent<Row<"volunteerTeam">, "id" | "committeeId" | "streetId"> & { foundedOn?: Date | string | null },
      person: Parent<Row<"person">, "id">,
      overrides: Partial<Prisma.VolunteerTeamMemberCreateManyInput> = {},
    ): Row<"volunteerTeamMember"> {
      const joined =
        (overrides.joinedOn as Date | undefined) ??
        addDays((team.foundedOn as Date | null | undefined) ?? BASELINE, rnd.int(0, 200));
      return {
        ...under(team),
        teamId: team.id,
        personId: person.id,
        joinedOn: joined,
        leftOn: null,
        ...stamp(joined, latest(joined, overrides.leftOn)),
        ...overrides,
      };
    },

    volunteerActivity(
      team: Parent<Row<"volunteerTeam">, "id" | "kind" | "committeeId" | "streetId">,
      overrides: Partial<Prisma.VolunteerActivityCreateManyInput> = {},
    ): Row<"volunteerActivity"> {
      const held = (overrides.heldOn as Date | undefined) ?? day(DEMO_YEAR, rnd.int(1, 8), rnd.int(1, 28));
      const participants = overrides.participantCount ?? rnd.int(5, 40);
      const hours = (participants * (1.5 + rnd.float() * 2.5)).toFixed(1);
      return {
        ...under(team),
        teamId: team.id,
        title: rnd.pick(VOLUNTEER_ACTIVITIES[team.kind]),
        heldOn: held,
        location: rnd.pick(["社区广场", "社区党群服务中心", "小区内", "辖区学校", "养老服务站"]),
        participantCount: participants,
        serviceHours: hours,
        description: "活动按计划开展，居民反映良好。",
        ...stamp(addDays(held, 1)),
        ...overrides,
      };
    },
  };
}
