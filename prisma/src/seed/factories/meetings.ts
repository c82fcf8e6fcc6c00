/** Factories of meetings, their agenda items, attendance, 列席 attendees and resolutions. */
import type { Prisma } from "../../../generated/client/client.js";
import type { MeetingStatus } from "../../../generated/client/enums.js";
import { AGENDA_TOPICS, CONSULTATION_POSITIONS, MEETING_LOCATIONS, PRINCIPLE_TITLES } from "../names/index.js";
import { addDays, addMinutes, beijing, DEMO_YEAR, REFERENCE_DATE } from "../random.js";
import { BASELINE, type Kit, scopeOf } from "./kit.js";
import type { Parent, Row } from "./rows.js";

/** A meeting as the rows under it need it: its scope, and its dates when the caller has them. */
type MeetingParent = Parent<Row<"meeting">, "id" | "committeeId" | "streetId"> & {
  createdAt?: Date | string;
  heldAt?: Date | string | null;
  scheduledAt?: Date | string;
};

/** When a meeting's records were made: when it was held, else when it was scheduled. */
const heldOrScheduled = (meeting: MeetingParent) =>
  (meeting.heldAt as Date | null | undefined) ?? (meeting.scheduledAt as Date | undefined) ?? BASELINE;

export function meetingFactories({ rnd, nextCount, stamp, latest }: Kit) {
  /** The columns a row under a meeting starts with: its new id, the meeting's scope, the meeting. */
  const underMeeting = (meeting: MeetingParent) => ({ id: rnd.uuid(), ...scopeOf(meeting), meetingId: meeting.id });

  return {
    meeting(
      committee: Parent<Row<"committee">, "id" | "streetId">,
      overrides: Partial<Prisma.MeetingCreateManyInput> = {},
    ): Row<"meeting"> {
      const scheduled =
        (overrides.scheduledAt as Date | undefined) ?? beijing(DEMO_YEAR, rnd.int(1, 12), rnd.int(1, 28), 14, 30);
      const status: MeetingStatus = overrides.status ?? (scheduled < REFERENCE_DATE ? "HELD" : "SCHEDULED");
      const held =
        status === "HELD" ? (overrides.heldAt ?? addMinutes(scheduled, rnd.int(0, 10))) : (overrides.heldAt ?? null);
      const kind = overrides.kind ?? "REGULAR";
      const created = addDays(scheduled, -rnd.int(5, 12));
      return {
        id: rnd.uuid(),
        streetId: committee.streetId,
        committeeId: committee.id,
        kind,
        status,
        title: `${scheduled.getUTCFullYear()}年${scheduled.getUTCMonth() + 1}月${kind === "REGULAR" ? "党委会" : kind === "EXTENDED" ? "党委扩大会" : "紧急会议"}`,
        scheduledAt: scheduled,
        heldAt: held,
        location: rnd.pick(MEETING_LOCATIONS),
        minutes: status === "HELD" ? "会议由书记主持，应到委员全部通知到位，会议议题经充分讨论形成决议。" : null,
        ...stamp(created, latest(created, held)),
        ...overrides,
      };
    },

    agendaItem(
      meeting: MeetingParent,
      position: number,
      overrides: Partial<Prisma.AgendaItemCreateManyInput> = {},
    ): Row<"agendaItem"> {
      const [title, description, subjectArea] = rnd.pick(AGENDA_TOPICS);
      const at = (meeting.createdAt as Date | undefined) ?? BASELINE;
      return {
        ...underMeeting(meeting),
        position,
        title,
        description,
        subjectArea,
        ...stamp(at),
        ...overrides,
      };
    },

    attendance(
      meeting: MeetingParent,
      person: Parent<Row<"person">, "id">,
      overrides: Partial<Prisma.AttendanceCreateManyInput> = {},
    ): Row<"attendance"> {
      const status =
        overrides.status ??
        rnd.weighted([
          ["PRESENT", 85],
          ["EXCUSED", 10],
          ["ABSENT", 5],
        ] as const);
      const at = heldOrScheduled(meeting);
      return {
        ...underMeeting(meeting),
        committeeId: meeting.committeeId as string, // seat holders attend their committee's meetings only
        personId: person.id,
        status,
        note: status === "EXCUSED" ? rnd.pick(["公出请假", "病假", "单位有紧急任务"]) : null,
        ...stamp(at),
        ...overrides,
      };
    },

    /** 列席: an organisation at an extended meeting, represented by a registered person or a name and post. */
    meetingAttendee(
      meeting: MeetingParent,
      organization: Parent<Row<"partyOrganization">, "id">,
      representative: { person: Parent<Row<"person">, "id"> } | { name: string; post: string },
    ): Row<"meetingAttendee"> {
      const at = heldOrScheduled(meeting);
      return {
        ...underMeeting(meeting),
        organizationId: organization.id,
        ...("person" in representative
          ? { personId: representative.person.id, representativeName: null, representativePost: null }
          : { personId: null, representativeName: representative.name, representativePost: representative.post }),
        ...stamp(at),
      };
    },

    resolution(meeting: MeetingParent, overrides: Partial<Prisma.ResolutionCreateManyInput> = {}): Row<"resolution"> {
      const at = heldOrScheduled(meeting);
      const year = at.getUTCFullYear();
      const principle = overrides.principle ?? "MAJOR_MATTERS_DISCUSSED";
      return {
        ...underMeeting(meeting),
        number: `〔${year}〕${nextCount(`resolution:${meeting.committeeId}:${year}`)}号`,
        title: rnd.pick(PRINCIPLE_TITLES[principle]),
        text: "经会议讨论，同意上述事项，由相关成员单位和社区党委按分工抓好落实。",
        principle,
        subjectArea: "OTHER",
        votesFor: null,
        votesAgainst: null,
        votesAbstain: null,
        adoptedAt: at,
        ...stamp(at),
        ...overrides,
      };
    },

    /** 要事共决: one present seat holder's vote. */
    resolutionVote(
      resolution: Parent<Row<"resolution">, "id" | "committeeId" | "streetId" | "adoptedAt">,
      person: Parent<Row<"person">, "id">,
      choice: "FOR" | "AGAINST" | "ABSTAIN",
    ): Row<"resolutionVote"> {
      return {
        id: rnd.uuid(),
        ...scopeOf(resolution),
        committeeId: resolution.committeeId as string, // votes are a committee's seat holders'
        resolutionId: resolution.id,
        personId: person.id,
        choice,
        ...stamp(resolution.adoptedAt as Date),
      };
    },

    /** 大事共议: a member organisation consulted and its position. */
    resolutionConsultation(
      resolution: Parent<Row<"resolution">, "id" | "committeeId" | "streetId" | "adoptedAt">,
      organization: Parent<Row<"partyOrganization">, "id">,
    ): Row<"resolutionConsultation"> {
      return {
        id: rnd.uuid(),
        ...scopeOf(resolution),
        resolutionId: resolution.id,
        organizationId: organization.id,
        position: rnd.pick(CONSULTATION_POSITIONS),
        ...stamp(resolution.adoptedAt as Date),
      };
    },
  };
}
