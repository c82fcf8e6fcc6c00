import { byCommittee, byId, byKind, byName, byOrganization, byStatus } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { CommitteeKindEnum, CommitteeStatusEnum, ManagementModeEnum } from "../system/enums.js";

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
