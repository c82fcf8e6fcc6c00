/**
 * 共建项目/事项 (issue 15 item 3): joint work items of a committee or a street, their 六联 category,
 * workflow, participants and progress, and when one is overdue. Pure and browser-safe: the API checks
 * these rules (api/src/joint-work/), the console shows overdue items in red, the seed follows them; the
 * migration's CHECKs repeat the shape of a row.
 */
import { beijingDate } from "./calendar.js";
import { assertAllowedTransition, invariant, type TransitionTable } from "./errors.js";

/** 六联: the six categories, in the order the mechanism names them. */
export const JOINT_WORK_CATEGORIES = [
  "PARTY_BUILDING", // 党建工作联做
  "RESOURCE_SHARING", // 社区资源联享
  "CIVILITY", // 精神文明联创
  "SERVICE_PROBLEMS", // 服务难题联解
  "PUBLIC_WELFARE", // 公益事业联办
  "LIVING_ENVIRONMENT", // 生活环境联建
] as const;
export type JointWorkCategoryName = (typeof JOINT_WORK_CATEGORIES)[number];

export const JOINT_WORK_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CLOSED", "DROPPED"] as const;
export type JointWorkStatusName = (typeof JOINT_WORK_STATUSES)[number];
export type JointWorkRoleName = "LEAD" | "CO_OPERATING";

/** OPEN → IN_PROGRESS → DONE → CLOSED (at a later meeting, with its resolution), or DROPPED with a reason. */
export const jointWorkTransitions: TransitionTable<JointWorkStatusName> = {
  OPEN: ["IN_PROGRESS", "DROPPED"],
  IN_PROGRESS: ["DONE", "DROPPED"],
  DONE: ["CLOSED"],
  CLOSED: [],
  DROPPED: [],
};

export const assertJointWorkTransition = (from: JointWorkStatusName, to: JointWorkStatusName) =>
  assertAllowedTransition("共建事项 / Joint work item", jointWorkTransitions, from, to);

/** The statuses in which an item is still to be done, so can be overdue. */
export const UNFINISHED_JOINT_WORK: readonly JointWorkStatusName[] = ["OPEN", "IN_PROGRESS"];

/** Overdue (逾期): still to be done and its deadline (a calendar date) before today in Beijing. */
export function isJointWorkOverdue(item: { status: string; deadline: Date }, now: Date): boolean {
  return (
    (UNFINISHED_JOINT_WORK as readonly string[]).includes(item.status) &&
    item.deadline.getTime() < beijingDate(now).getTime()
  );
}

export interface ParticipantEntry {
  organizationId: string;
  role: JointWorkRoleName;
}

/** At least two different organisations share an item, exactly one of them leading (牵头). */
export function assertParticipants(entries: readonly ParticipantEntry[], field = "participants"): void {
  if (new Set(entries.map((e) => e.organizationId)).size !== entries.length) {
    throw invariant(field, "同一单位不能重复参与", "An organisation takes part only once");
  }
  if (entries.length < 2) {
    throw invariant(
      field,
      "共建事项至少需要两个成员单位共同承担",
      "A joint work item is shared by at least two member organisations",
    );
  }
  if (entries.filter((e) => e.role === "LEAD").length !== 1) {
    throw invariant(field, "共建事项须有且只有一个牵头单位", "A joint work item has exactly one lead organisation");
  }
}

/** Every participant is one of the organisations allowed (the committee's members, or the street's). */
export function assertParticipantsAllowed(
  entries: readonly ParticipantEntry[],
  allowed: ReadonlySet<string>,
  field = "participants",
): void {
  entries.forEach((e, i) => {
    if (!allowed.has(e.organizationId)) {
      throw invariant(
        `${field}.${i}.organizationId`,
        "参与单位须是本大党委的成员单位（街道共建事项：本街道的党组织）",
        "A participant must be a member organisation of the committee (for a street's item: an organisation of the street)",
      );
    }
  });
}

/** A raised item starts only once put on a meeting's agenda (列入议程). */
export function assertStartable(item: { originResolutionId: string | null; agendaItemId: string | null }): void {
  if (!item.originResolutionId && !item.agendaItemId) {
    throw invariant(
      "id",
      "提出的事项须先列入会议议程，方可启动",
      "A raised item must be put on a meeting's agenda before work starts",
    );
  }
}

/** Progress never goes back: a report's percentage is not below the previous one's; the date not before it. */
export function assertProgressForward(
  previous: { percent: number; reportedOn: Date } | null,
  next: { percent: number; reportedOn: Date },
): void {
  if (!previous) return;
  if (next.percent < previous.percent) {
    throw invariant(
      "percent",
      `完成进度不能低于上次报告（${previous.percent}%）`,
      `Progress cannot go below the previous report (${previous.percent}%)`,
    );
  }
  if (next.reportedOn.getTime() < previous.reportedOn.getTime()) {
    throw invariant("reportedOn", "报告日期不能早于上次报告", "A report cannot be dated before the previous one");
  }
}

/** Completion (DONE) needs a report at 100%. */
export function assertFullyReported(latestPercent: number | null): void {
  if (latestPercent !== 100) {
    throw invariant("id", "须先报告完成进度100%，方可办结", "Report progress at 100% before marking the item done");
  }
}

/** The closing resolution is one of a later held meeting of the same committee (or street) as the item. */
export function assertClosingResolution(
  item: { committeeId: string | null; streetId: string; originMeetingId: string | null },
  resolution: { committeeId: string | null; streetId: string; meetingId: string },
  meetingStatus: string,
): void {
  if (resolution.committeeId !== item.committeeId || resolution.streetId !== item.streetId) {
    throw invariant(
      "resolutionId",
      "结项决议须是同一大党委（或街道）的决议",
      "The closing resolution must be one of the same committee (or street)",
    );
  }
  if (meetingStatus !== "HELD" || resolution.meetingId === item.originMeetingId) {
    throw invariant(
      "resolutionId",
      "结项须由之后召开的会议作出决议",
      "Closure is decided by a resolution of a later meeting that was held",
    );
  }
}
