import { DomainError, type ErrorCode, invariant } from "./domain-error.js";

/**
 * Constraint names of prisma/migrations/*_invariants (and Prisma's unique indexes) → the typed
 * error the API returns when the database refuses a write the domain layer did not catch first
 * (e.g. two concurrent requests).
 */
const constraints: Record<string, [field: string | null, zh: string, en: string, code?: ErrorCode]> = {
  Seat_one_active_secretary: ["role", "该大党委已有书记", "The committee already has a secretary"],
  Seat_one_active_executive_deputy: ["role", "该大党委已有常务副书记", "The committee already has an executive deputy"],
  Seat_one_active_full_time_deputy: ["role", "该大党委已有专职副书记", "The committee already has a full-time deputy"],
  Seat_one_active_seat_per_person: [
    "personId",
    "此人已在该大党委任职",
    "This person already holds a seat on the committee",
  ],
  CommitteeCommunity_one_active_committee: [
    "communityIds",
    "该社区已被另一个大党委覆盖",
    "The community is already covered by another committee",
  ],
  Membership_one_active: ["organizationId", "该党组织已是成员单位", "The organisation is already a member"],
  FundingPlan_one_adopted_per_year: [
    "year",
    "该年度已有生效的经费方案",
    "An adopted funding plan exists for that year",
  ],
  RulesDocument_one_current_per_kind: [
    "kind",
    "该大党委已有此类现行制度，请修订现行版本",
    "The committee already has a current document of this kind; revise it instead",
  ],
  RulesDocument_previousId_key: ["id", "该制度版本已被修订", "This version of the document has already been revised"],
  RulesDocument_committeeId_kind_revision_key: [
    "id",
    "该制度版本已被修订",
    "This version of the document has already been revised",
  ],
  RulesDocument_resolution_scope_fkey: [
    "resolutionId",
    "通过该制度的决议须是本大党委的决议",
    "The adopting resolution must be one of the same committee",
  ],
  RulesDocument_file_complete: ["file", "附件不完整或超过大小限制", "The attached file is incomplete or too large"],
  RulesDocument_file_type: ["file.contentType", "不接受此类型的附件", "This type of file is not accepted"],
  Unit_creditCode_key: ["creditCode", "统一社会信用代码已存在", "The unified social credit code already exists"],
  Unit_creditCode_valid: ["creditCode", "统一社会信用代码无效", "Invalid unified social credit code"],
  PartyOrganization_code_key: ["code", "党组织代码已存在", "The organisation code already exists"],
  PersonPrivate_idNumber_key: ["idNumber", "身份证号已登记", "The ID number is already registered"],
  Committee_code_key: ["code", "大党委代码已存在", "The committee code already exists"],
  Community_code_key: ["code", "社区代码已存在", "The community code already exists"],
  Street_code_key: ["code", "街道代码已存在", "The street code already exists"],
  ContributionRatio_percent_range: ["ratios", "出资比例须在0到100之间", "A ratio must be between 0 and 100"],
  CommitteeCommunity_community_street_fkey: [
    "communityIds",
    "社区不属于该街道",
    "The community is not in the committee's street",
  ],
  Seat_term_order: ["termEnd", "任期结束不能早于开始", "A term cannot end before it starts"],
  Committee_term_order: ["termEnd", "任期结束不能早于开始", "A term cannot end before it starts"],
  Membership_period_order: ["toDate", "退出日期不能早于加入日期", "A membership cannot end before it starts"],
  Seat_status_timestamps: ["status", "状态与时间不一致", "The status and its timestamps disagree"],
  Seat_congress_both_or_neither: [
    "congressReference",
    "党员代表大会日期与编号须同时填写",
    "Give the congress date and reference together",
  ],
  Seat_congress_only_nominated: [
    "congressDate",
    "当然进入的职务不填推选会议",
    "An ex officio seat records no congress",
  ],
  Seat_congress_reference_not_blank: [
    "congressReference",
    "会议或文件编号不能为空",
    "The congress reference cannot be blank",
  ],
  Committee_status_timestamps: ["status", "状态与时间不一致", "The status and its timestamps disagree"],
  PersonPrivate_idNumber_format: ["idNumber", "身份证号格式无效", "Invalid ID number format"],
  PersonPrivate_phone_format: ["phone", "电话号码格式无效", "Invalid phone number"],
  Person_birthYear_range: ["birthYear", "出生年份超出范围", "Year of birth out of range"],
  Person_workplaceDistrictCode_format: ["workplaceDistrictCode", "区代码为6位数字", "A district code has 6 digits"],
  Person_workplace_kind: ["workplaceKind", "工作单位信息与其类型不符", "The workplace's fields do not match its kind"],
  Person_workplaceCreditCode_valid: ["workplaceCreditCode", "统一社会信用代码无效", "Invalid credit code"],
  FundingIncome_amount_positive: ["amountFen", "金额须大于0", "The amount must be greater than 0"],
  Contribution_amount_positive: ["amountFen", "金额须大于0", "The amount must be greater than 0"],
  Assessment_score_range: ["score", "得分须在0到100之间", "A score is between 0 and 100"],
  VolunteerTeamMember_one_active: ["personId", "此人已是该服务队队员", "This person is already a member of the team"],
  FundingPlan_committeeId_year_revision_key: [
    "year",
    "该大党委该年度已有此版本的经费方案",
    "The committee already has this revision of the year's plan",
  ],
  FundingPlan_previousPlanId_key: ["id", "该方案已有修订版本", "The plan already has a revision"],
  Assessment_one_per_subject_year: [
    "year",
    "该对象本年度已有同类考核",
    "This subject already has an assessment of that kind for the year",
  ],
  Resolution_meetingId_number_key: [
    "number",
    "本次会议已有该编号的决议",
    "The meeting already has a resolution with that number",
  ],
  Attendance_meetingId_personId_key: [
    "attendance",
    "出席记录中同一人重复出现",
    "The same person appears twice in the attendance",
  ],
  AgendaItem_meetingId_position_key: [
    "position",
    "议程同时被他人修改，请重试",
    "The agenda was changed at the same time; try again",
  ],
  Membership_organization_street_fkey: [
    "organizationId",
    "党组织不在该大党委所在街道",
    "The organisation is not in the committee's street",
  ],
};

export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const text = describe(error);
  for (const [name, [field, zh, en, code]] of Object.entries(constraints)) {
    if (text.includes(name)) return code ? new DomainError(code, zh, en, { field }) : invariant(field, zh, en);
  }
  if (/P2034|could not serialize|deadlock/i.test(text)) {
    return new DomainError("CONFLICT", "并发修改冲突，请重试", "Concurrent change; try again", { field: null });
  }
  return error;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const meta = (error as { meta?: unknown }).meta;
  let extra = "";
  try {
    extra = JSON.stringify(meta ?? {});
  } catch {
    extra = "";
  }
  return `${error.message} ${extra} ${error.cause ? describe(error.cause) : ""}`;
}
