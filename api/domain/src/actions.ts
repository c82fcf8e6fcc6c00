/**
 * The actions permission rules speak of (CASL's verbs). No imports: the console's code generator reads
 * them too (admin/codegen/model.ts), to name the rule a mutation is checked against.
 */
export const actions = [
  "read",
  "create",
  "update",
  "delete",
  "submit",
  "approve",
  "reject",
  "file",
  "dissolve",
  "end",
  "nominate",
  "acknowledge",
  "receive",
  "adopt",
  "close",
] as const;
export type Action = (typeof actions)[number] | "manage";

/** A label in both languages. */
export interface ActionLabel {
  zh: string;
  en: string;
}

/**
 * What each action is called, for people: refusals (`explainAccess`), the console's history and its
 * workflow buttons. The one table of action names.
 */
export const actionLabels: Record<Action, ActionLabel> = {
  read: { zh: "查看", en: "view" },
  create: { zh: "新建", en: "create" },
  update: { zh: "修改", en: "change" },
  delete: { zh: "删除", en: "delete" },
  submit: { zh: "报审", en: "submit" },
  approve: { zh: "审批", en: "approve" },
  reject: { zh: "退回", en: "reject" },
  file: { zh: "备案", en: "file" },
  dissolve: { zh: "撤销", en: "dissolve" },
  end: { zh: "结束", en: "end" },
  nominate: { zh: "推选", en: "nominate" },
  acknowledge: { zh: "确认", en: "acknowledge" },
  receive: { zh: "确认到账", en: "confirm receipt of" },
  adopt: { zh: "通过", en: "adopt" },
  close: { zh: "结算", en: "close" },
  manage: { zh: "管理", en: "manage" },
};

/** The roles of a grant, for people (the GraphQL `Role` enum's descriptions say the same). */
export const roleLabels: Record<string, ActionLabel> = {
  DISTRICT_ADMIN: { zh: "区委组织部", en: "District organisation department" },
  STREET_ADMIN: { zh: "街道党工委", en: "Street working committee" },
  COMMITTEE_STAFF: { zh: "大党委工作人员", en: "Committee staff" },
  UNIT_LIAISON: { zh: "成员单位联络人", en: "Liaison of a member unit" },
  SUPERIOR_ORG: { zh: "上级党组织", en: "Superior party organisation" },
  ANALYST: { zh: "分析人员", en: "Analyst" },
};
