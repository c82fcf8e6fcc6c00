/** The joint work mutations: GraphQL fields only; each runs its command (commands.ts, workflow-commands.ts). */
import { defineMutation } from "../data/mutation-field.js";
import { createJointWorkFromResolution, putJointWorkOnAgenda, raiseJointWork, updateJointWork } from "./commands.js";
import {
  CloseJointWorkInput,
  CompleteJointWorkInput,
  CreateJointWorkFromResolutionInput,
  DropJointWorkInput,
  PutJointWorkOnAgendaInput,
  RaiseJointWorkInput,
  ReportJointWorkProgressInput,
  StartJointWorkInput,
  UpdateJointWorkInput,
} from "./inputs.js";
import { JointWorkItem, JointWorkProgress } from "./types.js";
import {
  closeJointWork,
  completeJointWork,
  dropJointWork,
  reportJointWorkProgress,
  startJointWork,
} from "./workflow-commands.js";

const item = { returns: JointWorkItem } as const;

defineMutation("createJointWorkFromResolution", {
  ...item,
  description:
    "依据决议建立共建事项（至少两个成员单位，一个牵头）/ Create a joint work item from a resolution (at least two member organisations, one leading)",
  permission: "create:JointWorkItem",
  input: CreateJointWorkFromResolutionInput,
  run: createJointWorkFromResolution,
});

defineMutation("raiseJointWork", {
  ...item,
  description:
    "登记成员单位、党员或居民提出的共建事项（列入议程后方可启动）/ Record a joint work item raised by a member organisation, a party member or a resident (started once on an agenda)",
  permission: "create:JointWorkItem",
  input: RaiseJointWorkInput,
  run: raiseJointWork,
});

defineMutation("putJointWorkOnAgenda", {
  ...item,
  description: "将提出的共建事项列入待开会议的议程 / Put a raised joint work item on a scheduled meeting's agenda",
  permission: "update:JointWorkItem",
  input: PutJointWorkOnAgendaInput,
  run: putJointWorkOnAgenda,
});

defineMutation("updateJointWork", {
  ...item,
  description: "修改未完成的共建事项 / Update an unfinished joint work item",
  permission: "update:JointWorkItem",
  input: UpdateJointWorkInput,
  run: updateJointWork,
});

defineMutation("startJointWork", {
  ...item,
  description: "启动共建事项（待启动 → 推进中）/ Start a joint work item (OPEN → IN_PROGRESS)",
  permission: "update:JointWorkItem",
  input: StartJointWorkInput,
  run: startJointWork,
});

defineMutation("completeJointWork", {
  ...item,
  description:
    "共建事项办结（推进中 → 已完成；须已报告100%）/ Mark a joint work item done (IN_PROGRESS → DONE; after a 100% report)",
  permission: "update:JointWorkItem",
  input: CompleteJointWorkInput,
  run: completeJointWork,
});

defineMutation("closeJointWork", {
  ...item,
  description:
    "共建事项结项（已完成 → 已结项；由之后召开的会议决议）/ Close a joint work item (DONE → CLOSED, by a resolution of a later meeting)",
  permission: "close:JointWorkItem",
  input: CloseJointWorkInput,
  run: closeJointWork,
});

defineMutation("dropJointWork", {
  ...item,
  description: "终止共建事项（须说明理由）/ Drop a joint work item (with a reason)",
  permission: "update:JointWorkItem",
  input: DropJointWorkInput,
  run: dropJointWork,
});

defineMutation("reportJointWorkProgress", {
  returns: JointWorkProgress,
  description:
    "报告共建事项进展（参与单位；完成百分比不倒退）/ Report progress on a joint work item (by a participant; the percentage never goes back)",
  permission: "create:JointWorkProgress",
  input: ReportJointWorkProgressInput,
  run: reportJointWorkProgress,
});
