/** The committee mutation fields (committees, coverage, memberships, workflow); the writes are the commands. */
import { defineMutation } from "../data/mutation-field.js";
import { createCommittee, deleteCommittee, setCoverage, updateCommittee } from "./commands.js";
import {
  AddMembershipInput,
  CommitteeTransitionInput,
  CreateCommitteeInput,
  DissolveCommitteeInput,
  EndMembershipInput,
  FileCommitteeInput,
  RejectCommitteeInput,
  SetCoverageInput,
  UpdateCommitteeInput,
  UpdateMembershipInput,
} from "./inputs.js";
import { addMembership, endMembership, updateMembership } from "./membership-commands.js";
import {
  approveCommittee,
  dissolveCommittee,
  fileCommittee,
  rejectCommittee,
  reopenCommittee,
  submitCommittee,
  withdrawCommittee,
} from "./transition-commands.js";
import { Committee, DeletedCommittee, Membership } from "./types.js";

defineMutation("createCommittee", {
  returns: Committee,
  description: "设立大党委（草稿，含覆盖社区）/ Set up a committee as a draft, with its covered communities",
  permission: "create:Committee",
  input: CreateCommitteeInput,
  run: createCommittee,
});

defineMutation("updateCommittee", {
  returns: Committee,
  description: "修改大党委名称和任期 / Update a committee's name and term",
  permission: "update:Committee",
  input: UpdateCommitteeInput,
  run: updateCommittee,
});

defineMutation("setCoverage", {
  returns: Committee,
  description:
    "调整覆盖社区（只限草稿或已退回；移出的社区结束覆盖，其中的成员单位随之退出）/ Change the covered communities (DRAFT or REJECTED only; removed communities' coverage ends, and so do the memberships located there)",
  permission: "update:Committee",
  input: SetCoverageInput,
  run: setCoverage,
});

defineMutation("addMembership", {
  returns: Membership,
  description:
    "增加成员单位（管理方式由党组织的隶属关系决定）/ Add a member organisation (its management mode follows from the affiliation)",
  permission: "create:Membership",
  input: AddMembershipInput,
  run: addMembership,
});

defineMutation("updateMembership", {
  returns: Membership,
  description:
    "修改成员单位（双重管理的成员单位只能改参与事项）/ Update a membership (participation fields only for dual-managed members)",
  permission: "update:Membership",
  input: UpdateMembershipInput,
  run: updateMembership,
});

defineMutation("endMembership", {
  returns: Membership,
  description: "结束成员身份 / End a membership",
  permission: "end:Membership",
  input: EndMembershipInput,
  run: endMembership,
});

// ---------------------------------------------------------------- workflow

defineMutation("submitCommittee", {
  returns: Committee,
  description:
    "报街道党工委审批（须有完整的职务结构）/ Submit to the street working committee (needs the full seat structure)",
  permission: "submit:Committee",
  input: CommitteeTransitionInput,
  run: submitCommittee,
});

defineMutation("approveCommittee", {
  returns: Committee,
  description: "审批通过（街道党工委）/ Approve (street working committee)",
  permission: "approve:Committee",
  input: CommitteeTransitionInput,
  run: approveCommittee,
});

defineMutation("rejectCommittee", {
  returns: Committee,
  description: "退回报审（街道党工委，须说明理由）/ Reject a submission (street working committee, with a reason)",
  permission: "reject:Committee",
  input: RejectCommitteeInput,
  run: rejectCommittee,
});

defineMutation("reopenCommittee", {
  returns: Committee,
  description: "将已退回的大党委改回草稿以便修改 / Reopen a rejected committee as a draft",
  permission: "update:Committee",
  input: CommitteeTransitionInput,
  run: reopenCommittee,
});

defineMutation("fileCommittee", {
  returns: Committee,
  description:
    "备案（区委组织部；可同时备案已审批的职务）/ File (district organisation department; optionally its approved seats too)",
  permission: "file:Committee",
  input: FileCommitteeInput,
  run: fileCommittee,
});

defineMutation("dissolveCommittee", {
  returns: Committee,
  description:
    "撤销大党委（须说明理由和日期）：结束覆盖、成员身份、职务和服务队，取消未开的会议，结算经费方案 / Dissolve a committee (with a reason and a date): its coverage, memberships, seats and volunteer teams end, scheduled meetings are cancelled, funding plans closed",
  permission: "dissolve:Committee",
  input: DissolveCommitteeInput,
  run: dissolveCommittee,
});

defineMutation("withdrawCommittee", {
  returns: Committee,
  description:
    "撤回报审（报审人或设立人；回到草稿）/ Withdraw a submission (by whoever submitted or set it up; back to DRAFT)",
  permission: "submit:Committee",
  input: CommitteeTransitionInput,
  run: withdrawCommittee,
});

defineMutation("deleteCommittee", {
  returns: DeletedCommittee,
  description:
    "删除草稿大党委（只限设立人；覆盖、成员单位和推选随之删除）/ Delete a draft committee (only by whoever set it up; its coverage, memberships and nominations go with it)",
  permission: "delete:Committee",
  input: CommitteeTransitionInput,
  run: deleteCommittee,
});
