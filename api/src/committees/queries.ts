import { defineRootList } from "../data/lists.js";
import { CommitteeKindEnum, CommitteeStatusEnum, ManagementModeEnum } from "../system/enums.js";

defineRootList({
  subject: "Committee",
  field: "committees",
  description: "大党委 / Committees",
  filters: {
    streetId: { kind: "id", of: "Street", description: "所属街道 / Street" },
    kind: { kind: "enum", ref: CommitteeKindEnum, description: "类型 / Kind" },
    status: { kind: "enum", ref: CommitteeStatusEnum, description: "状态 / Status" },
    code: { kind: "string", description: "代码 / Code" },
    name: { kind: "string", description: "名称 / Name" },
  },
  orderable: ["code", "name", "status", "createdAt"],
  defaultOrder: [{ code: "asc" }],
});

defineRootList({
  subject: "Membership",
  field: "memberships",
  description: "成员单位 / Memberships",
  filters: {
    committeeId: { kind: "id", of: "Committee", description: "大党委 / Committee" },
    organizationId: { kind: "id", of: "PartyOrganization", description: "党组织 / Organisation" },
    managementMode: { kind: "enum", ref: ManagementModeEnum, description: "管理方式 / Management mode" },
    toDate: { kind: "present", description: "已退出（有退出日期）/ Ended (has an end date)" },
  },
  orderable: ["fromDate", "createdAt"],
  defaultOrder: [{ fromDate: "asc" }],
});
