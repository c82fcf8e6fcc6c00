/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 一个权限问题 / One access question */
export type AccessQuestion = {
  /** 操作 / Action: read, create, update, delete, submit, approve, reject, file, dissolve, end, nominate, acknowledge, receive, adopt, close, pay, reverse */
  action: string;
  /** 字段名 / Field name */
  field?: string | null | undefined;
  /** 记录的全局ID（不给则按类型回答）/ Global ID of the record (omit for the type in general) */
  id?: string | null | undefined;
  /** 实体类型，如 Unit / Entity type, e.g. Unit */
  subject: string;
};

/** 成员单位确认认缴 / The member unit acknowledges its pledge */
export type AcknowledgeContributionInput = {
  /** 出资 / Contribution */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 增加议程事项（排在最后）/ Add an agenda item (at the end) */
export type AddAgendaItemInput = {
  /** 说明 / Description */
  description?: string | null | undefined;
  /** 会议 / Meeting */
  meetingId: string;
  /** 议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area */
  subjectArea: SubjectArea;
  /** 事项 / Title */
  title: string;
};

/** 登记经费收入 / Record income of a plan */
export type AddFundingIncomeInput = {
  /** 金额（分，正整数）/ Amount in fen (whole, greater than 0) */
  amountFen: string;
  /** 渠道 / Channel */
  channel: FundingChannel;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 经费方案 / Funding plan */
  planId: string;
  /** 到账日期 / Received on */
  receivedOn?: string | null | undefined;
  /** 来源 / Source */
  source: string;
};

/** 登记扩大会的列席单位及其代表（已登记的人员，或未登记者的姓名和职务）/ Record an organisation attending an extended meeting (列席) with its representative (a registered person, or the name and post of someone not registered) */
export type AddMeetingAttendeeInput = {
  /** 会议（须为扩大会）/ Meeting (must be extended) */
  meetingId: string;
  /** 列席的党组织（位于所覆盖社区，成员单位或非成员单位均可）/ Attending party organisation (located in a covered community, member or not) */
  organizationId: string;
  /** 代表（已登记的人员）/ Representative (a registered person) */
  personId?: string | null | undefined;
  /** 代表姓名（未登记者）/ Representative's name (someone not registered) */
  representativeName?: string | null | undefined;
  /** 代表职务（未登记者）/ Representative's post (someone not registered) */
  representativePost?: string | null | undefined;
};

/** 增加成员单位（管理方式由党组织的隶属关系决定）/ Add a member organisation (its management mode follows from the organisation's affiliation) */
export type AddMembershipInput = {
  /** 大党委 / Committee */
  committeeId: string;
  /** 加入日期（默认今天）/ Member since (default today) */
  fromDate?: string | null | undefined;
  /** 党组织（须位于大党委覆盖的社区）/ Organisation (located in a covered community) */
  organizationId: string;
  /** 可共享资源 / Resources offered */
  resourcesOffered?: string | null | undefined;
  /** 共建职责 / Responsibilities in joint building */
  responsibilities?: string | null | undefined;
  /** 服务承诺 / Service commitments */
  serviceCommitments?: string | null | undefined;
};

/** 吸收队员 / Add a member to a team */
export type AddTeamMemberInput = {
  /** 加入日期 / Joined on */
  joinedOn: string;
  /** 人员 / Person */
  personId: string;
  /** 服务队 / Team */
  teamId: string;
};

/** 依据党委会决议通过经费方案；若是修订版本，上一版本随之被取代 / Adopt a plan with the resolution that set its ratios; a revision supersedes the plan it revises */
export type AdoptFundingPlanInput = {
  /** 经费方案（草稿）/ Funding plan (a draft) */
  id: string;
  /** 确定出资比例的本大党委党委会决议（必填）/ The committee's resolution that set the ratios (required) */
  resolutionId?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 登记已召开会议形成的决议 / Record a resolution adopted at a held meeting */
export type AdoptResolutionInput = {
  /** 对应议程 / Agenda item */
  agendaItemId?: string | null | undefined;
  /** 大事共议：征求意见的成员单位及其意见（至少一个）/ 大事共议: the member organisations consulted and their positions (at least one) */
  consultations?: Array<ConsultationInput> | null | undefined;
  /** 实事共办：随决议建立的共建事项（必填；至少两个成员单位，一个牵头）/ 实事共办: the joint work item created with the resolution (required; at least two member organisations, one leading) */
  jointWork?: ResolutionJointWorkInput | null | undefined;
  /** 会议（须已召开）/ Meeting (must be held) */
  meetingId: string;
  /** 决议编号（会内唯一）/ Number (unique in the meeting) */
  number: string;
  /** 议事原则（大事共议、实事共办、要事共决、急事共商）/ Decision principle */
  principle: DecisionPrinciple;
  /** 议事范围（不填则取对应议程的议事范围）/ Subject area (when omitted, the agenda item's) */
  subjectArea?: SubjectArea | null | undefined;
  /** 内容 / Text */
  text: string;
  /** 标题 / Title */
  title: string;
  /** 要事共决：出席委员的表决（每人一条；须过半数委员出席、过半数赞成）/ 要事共决: the votes of the seat holders present (one each; quorum and majority required) */
  votes?: Array<VoteInput> | null | undefined;
};

/** 议程事项 / Agenda item */
export type AgendaItemInput = {
  /** 说明 / Description */
  description?: string | null | undefined;
  /** 议事范围（社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理、党建、其他）/ Subject area */
  subjectArea: SubjectArea;
  /** 事项 / Title */
  title: string;
};

/** 审批支出：党委会决议，或限额以下由书记审批 / Approve an expense: by a resolution of the committee, or by its secretary below the threshold */
export type ApproveExpenseInput = {
  /** 审批方式 / How it is approved */
  approvalKind: ExpenseApproval;
  /** 支出（草稿）/ Expense (a draft) */
  id: string;
  /** 批准该支出的本大党委决议（决议审批时必填）/ The committee's resolution approving it (required for RESOLUTION) */
  resolutionId?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 考核 / Assessments筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type AssessmentFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 等次 / Grade */
  grade?: AssessmentGradeFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 考核类型 / Kind */
  kind?: AssessmentKindFilter | null | undefined;
  /** 被考核成员单位 / Member unit assessed */
  membershipId?: IdFilter | null | undefined;
  /** 已通报 / Notified */
  notifiedAt?: PresenceFilter | null | undefined;
  /** 被考核（或其成员所在）的党组织 / Organisation assessed (or of the person assessed) */
  organizationId?: IdFilter | null | undefined;
  /** 年度 / Year */
  year?: IntFilter | null | undefined;
};

/** 考核等次 / Assessment grade */
export type AssessmentGrade =
  /** 基本称职 / Basically competent */
  | 'BASICALLY_COMPETENT'
  /** 称职 / Competent */
  | 'COMPETENT'
  /** 优秀 / Excellent */
  | 'EXCELLENT'
  /** 不称职 / Incompetent */
  | 'INCOMPETENT';

/** AssessmentGrade 筛选 / AssessmentGrade filter */
export type AssessmentGradeFilter = {
  /** 等于 / Equals */
  equals?: AssessmentGrade | null | undefined;
  /** 属于 / One of */
  in?: Array<AssessmentGrade> | null | undefined;
};

/** 考核类型 / Kind of assessment */
export type AssessmentKind =
  /** 在职党员年度鉴定 / Annual appraisal of an in-service party member */
  | 'ANNUAL_APPRAISAL'
  /** 委员考核 / Committee member assessment */
  | 'COMMITTEE_MEMBER'
  /** 积分量化考核 / Points-based assessment */
  | 'POINTS'
  /** 成员单位参与情况考核 / Member unit participation */
  | 'UNIT_PARTICIPATION';

/** AssessmentKind 筛选 / AssessmentKind filter */
export type AssessmentKindFilter = {
  /** 等于 / Equals */
  equals?: AssessmentKind | null | undefined;
  /** 属于 / One of */
  in?: Array<AssessmentKind> | null | undefined;
};

/** 考核 / Assessments排序 / Ordering */
export type AssessmentOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: AssessmentOrderField;
};

/** 考核 / Assessments排序字段 / Sortable fields */
export type AssessmentOrderField =
  /** 按 assessedAt 排序 / Order by assessedAt */
  | 'ASSESSED_AT'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 grade 排序 / Order by grade */
  | 'GRADE'
  /** 按 kind 排序 / Order by kind */
  | 'KIND'
  /** 按 notifiedAt 排序 / Order by notifiedAt */
  | 'NOTIFIED_AT'
  /** 按 points 排序 / Order by points */
  | 'POINTS'
  /** 按 score 排序 / Order by score */
  | 'SCORE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT'
  /** 按 year 排序 / Order by year */
  | 'YEAR';

/** 一名委员的出席情况 / One member's attendance */
export type AttendanceInput = {
  /** 备注 / Note */
  note?: string | null | undefined;
  /** 人员（须在该大党委任职）/ Person (must hold a seat) */
  personId: string;
  /** 出席情况 / Attendance */
  status: AttendanceStatus;
};

/** 出席情况 / Attendance */
export type AttendanceStatus =
  /** 缺席 / Absent */
  | 'ABSENT'
  /** 请假 / Excused */
  | 'EXCUSED'
  /** 出席 / Present */
  | 'PRESENT';

/** 是非筛选 / Boolean filter */
export type BooleanFilter = {
  /** 等于 / Equals */
  equals?: boolean | null | undefined;
};

/** 一个支出类别的预算 / The budget of one spending category */
export type BudgetLineInput = {
  /** 预算（分）/ Budget in fen */
  amountFen: string;
  /** 支出类别 / Category */
  category: ExpenseCategory;
};

/** 取消已安排的会议 / Cancel a scheduled meeting */
export type CancelMeetingInput = {
  /** 会议 / Meeting */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 变更隶属关系（只有上级一方可以）/ Change the affiliation (the superior side only) */
export type ChangeAffiliationInput = {
  /** 党组织 / Organisation */
  id: string;
  /** 上级党组织所在区代码 / Superior's district code */
  superiorDistrictCode?: string | null | undefined;
  /** 上级党组织代码（外区）/ Superior code in another district */
  superiorExternalCode?: string | null | undefined;
  /** 上级党组织名称（外区）/ Superior name */
  superiorExternalName?: string | null | undefined;
  /** 上级党组织（本区）/ Superior in this district */
  superiorId?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 年终结算经费方案 / Close a plan at year end */
export type CloseFundingPlanInput = {
  /** 已通过的经费方案 / The adopted plan */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 共建事项结项（由之后召开的会议决议）/ Close a joint work item (by a resolution of a later meeting) */
export type CloseJointWorkInput = {
  /** 共建事项 / Joint work item */
  id: string;
  /** 结项决议 / Closing resolution */
  resolutionId: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 大党委 / Committees筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type CommitteeFilter = {
  /** 代码 / Code */
  code?: StringFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 类型 / Kind */
  kind?: CommitteeKindFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
  /** 状态 / Status */
  status?: CommitteeStatusFilter | null | undefined;
  /** 所属街道 / Street */
  streetId?: IdFilter | null | undefined;
};

/** 大党委类型 / Kind of committee */
export type CommitteeKind =
  /** 社区党委 / Community committee */
  | 'COMMUNITY'
  /** 联合党委 / Joint committee */
  | 'JOINT';

/** CommitteeKind 筛选 / CommitteeKind filter */
export type CommitteeKindFilter = {
  /** 等于 / Equals */
  equals?: CommitteeKind | null | undefined;
  /** 属于 / One of */
  in?: Array<CommitteeKind> | null | undefined;
};

/** 大党委 / Committees排序 / Ordering */
export type CommitteeOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: CommitteeOrderField;
};

/** 大党委 / Committees排序字段 / Sortable fields */
export type CommitteeOrderField =
  /** 按 code 排序 / Order by code */
  | 'CODE'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 status 排序 / Order by status */
  | 'STATUS';

/** 大党委状态 / Committee status */
export type CommitteeStatus =
  /** 已审批 / Approved */
  | 'APPROVED'
  /** 已撤销 / Dissolved */
  | 'DISSOLVED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 已备案 / Filed */
  | 'FILED'
  /** 已退回 / Rejected */
  | 'REJECTED'
  /** 已报审 / Submitted */
  | 'SUBMITTED';

/** CommitteeStatus 筛选 / CommitteeStatus filter */
export type CommitteeStatusFilter = {
  /** 等于 / Equals */
  equals?: CommitteeStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<CommitteeStatus> | null | undefined;
};

/** 大党委状态变更 / A committee status change */
export type CommitteeTransitionInput = {
  /** 大党委 / Committee */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 社区 / Communities筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type CommunityFilter = {
  /** 社区代码 / Community code */
  code?: StringFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
  /** 人口 / Population */
  population?: IntFilter | null | undefined;
  /** 所属街道 / Street */
  streetId?: IdFilter | null | undefined;
};

/** 社区 / Communities排序 / Ordering */
export type CommunityOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: CommunityOrderField;
};

/** 社区 / Communities排序字段 / Sortable fields */
export type CommunityOrderField =
  /** 按 code 排序 / Order by code */
  | 'CODE'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 households 排序 / Order by households */
  | 'HOUSEHOLDS'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 population 排序 / Order by population */
  | 'POPULATION';

/** 共建事项办结（须已报告100%）/ Mark a joint work item done (after a report at 100%) */
export type CompleteJointWorkInput = {
  /** 共建事项 / Joint work item */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 一个成员单位的意见 / The position of one member organisation consulted */
export type ConsultationInput = {
  /** 成员单位的党组织 / The member organisation */
  organizationId: string;
  /** 意见（一句话）/ Its position, in a sentence */
  position: string;
};

/** 成员单位出资 / Contributions of member units筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type ContributionFilter = {
  /** ID */
  id?: IdFilter | null | undefined;
  /** 成员单位 / Member unit */
  membershipId?: IdFilter | null | undefined;
  /** 经费方案 / Funding plan */
  planId?: IdFilter | null | undefined;
  /** 状态 / Status */
  status?: ContributionStatusFilter | null | undefined;
};

/** 成员单位出资 / Contributions of member units排序 / Ordering */
export type ContributionOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: ContributionOrderField;
};

/** 成员单位出资 / Contributions of member units排序字段 / Sortable fields */
export type ContributionOrderField =
  /** 按 acknowledgedAt 排序 / Order by acknowledgedAt */
  | 'ACKNOWLEDGED_AT'
  /** 按 amountFen 排序 / Order by amountFen */
  | 'AMOUNT_FEN'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 pledgedAt 排序 / Order by pledgedAt */
  | 'PLEDGED_AT'
  /** 按 receivedAt 排序 / Order by receivedAt */
  | 'RECEIVED_AT'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 一个成员单位的出资比例 / One member unit's contribution ratio */
export type ContributionRatioInput = {
  /** 成员单位（本大党委的现有成员）/ Member unit (an active member of the committee) */
  membershipId: string;
  /** 比例（%，最多4位小数，如 33.3333）/ Ratio in percent, at most 4 decimals (e.g. 33.3333) */
  percent: string;
};

/** 出资状态 / Contribution status */
export type ContributionStatus =
  /** 已认缴 / Pledged */
  | 'PLEDGED'
  /** 已到账 / Received */
  | 'RECEIVED';

/** ContributionStatus 筛选 / ContributionStatus filter */
export type ContributionStatusFilter = {
  /** 等于 / Equals */
  equals?: ContributionStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<ContributionStatus> | null | undefined;
};

/** 设立大党委（草稿）/ Set up a committee (as a draft) */
export type CreateCommitteeInput = {
  /** 代码（区内唯一）/ Code (unique in the district) */
  code: string;
  /** 覆盖社区（社区党委1个，联合党委至少2个，均属本街道且未被其他大党委覆盖）/ Covered communities (one for a community committee, at least two for a joint one; all of the committee's street, none covered by another committee) */
  communityIds: Array<string>;
  /** 类型（社区党委或联合党委）/ Kind (community or joint committee) */
  kind: CommitteeKind;
  /** 名称 / Name */
  name: string;
  /** 所属街道 / Street */
  streetId: string;
  /** 任期结束 / Term end */
  termEnd?: string | null | undefined;
  /** 任期开始 / Term start */
  termStart?: string | null | undefined;
};

/** 新建社区 / Create a community */
export type CreateCommunityInput = {
  /** 社区代码 / Community code */
  code: string;
  /** 户数 / Households */
  households?: number | null | undefined;
  /** 名称 / Name */
  name: string;
  /** 相邻社区 / Neighbouring communities */
  neighbourIds?: Array<string> | null | undefined;
  /** 人口 / Population */
  population?: number | null | undefined;
  /** 所属街道 / Street */
  streetId: string;
};

/** 依据决议建立共建事项 / Create a joint work item from a resolution */
export type CreateJointWorkFromResolutionInput = {
  /** 六联类别 / Category */
  category: JointWorkCategory;
  /** 完成期限 / Deadline */
  deadline: string;
  /** 内容 / Description */
  description?: string | null | undefined;
  /** 经费来源：本大党委的经费计划（可选）/ Budget line: a funding plan of the committee (optional) */
  fundingPlanId?: string | null | undefined;
  /** 参与单位（至少两个，其中一个牵头）/ Participating organisations (at least two, exactly one leading) */
  participants: Array<JointWorkParticipantInput>;
  /** 来源决议 / Resolution it is born from */
  resolutionId: string;
  /** 名称 / Title */
  title: string;
};

/** 登记党组织 / Register a party organisation */
export type CreateOrganizationInput = {
  /** 党组织代码 / Organisation code */
  code: string;
  /** 所属社区（社区党组织）/ Community (for the community organisation) */
  communityId?: string | null | undefined;
  /** 层级 / Level */
  level: OrgLevel;
  /** 名称 / Name */
  name: string;
  /** 党员人数 / Party members */
  partyMemberCount?: number | null | undefined;
  /** 书记姓名 / Secretary's name */
  secretaryName?: string | null | undefined;
  /** 上级党组织所在区代码 / Superior's district code */
  superiorDistrictCode?: string | null | undefined;
  /** 上级党组织代码（外区）/ Superior code in another district */
  superiorExternalCode?: string | null | undefined;
  /** 上级党组织名称（外区）/ Superior name */
  superiorExternalName?: string | null | undefined;
  /** 上级党组织（本区）/ Superior organisation in this district */
  superiorId?: string | null | undefined;
  /** 所属单位（与社区二选一）/ Unit (or community) */
  unitId?: string | null | undefined;
};

/** 登记人员（含个人信息）/ Register a person (with their personal data) */
export type CreatePersonInput = {
  /** 出生年份 / Year of birth */
  birthYear?: number | null | undefined;
  /** 性别 / Gender */
  gender: Gender;
  /** 家庭住址（个人信息）/ Home address (personal data) */
  homeAddress?: string | null | undefined;
  /** 身份证号（个人信息）/ ID number (personal data) */
  idNumber: string;
  /** 是否党员 / Party member */
  isPartyMember: boolean;
  /** 姓名 / Name */
  name: string;
  /** 入党日期（仅党员）/ Joined the party on (members only) */
  partyJoinedOn?: string | null | undefined;
  /** 手机号（个人信息）/ Phone (personal data) */
  phone?: string | null | undefined;
  /** 职务 / Position */
  position?: string | null | undefined;
  /** 居住地社区 / Community of residence */
  residenceCommunityId?: string | null | undefined;
  /** 登记街道 / Street whose registry holds the person */
  streetId: string;
  /** 未登记单位的统一社会信用代码 / Unified social credit code of the unregistered employer */
  workplaceCreditCode?: string | null | undefined;
  /** 外区党组织所在区代码（6位）/ District code of that organisation (6 digits) */
  workplaceDistrictCode?: string | null | undefined;
  /** 未登记单位名称 / Name of the unregistered employer */
  workplaceEmployerName?: string | null | undefined;
  /** 外区党组织代码（外区党组织）/ Organisation code (organisation of another district) */
  workplaceExternalCode?: string | null | undefined;
  /** 工作单位类型（缺省：给出工作单位党组织时为本区党组织）/ Kind of workplace (default: ORGANIZATION when an organisation is given) */
  workplaceKind?: WorkplaceKind | null | undefined;
  /** 工作单位党组织（在职党员；本区任一街道）/ Workplace party organisation (in-service member; any street of the district) */
  workplaceOrganizationId?: string | null | undefined;
};

/** 新建街道 / Create a street */
export type CreateStreetInput = {
  /** 街道代码 / Street code */
  code: string;
  /** 所属区 / District */
  districtId: string;
  /** 名称 / Name */
  name: string;
};

/** 登记驻区单位 / Register a resident unit */
export type CreateUnitInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 所在社区 / Community */
  communityId: string;
  /** 联系邮箱 / Contact email */
  contactEmail?: string | null | undefined;
  /** 联络人 / Contact person */
  contactName?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 统一社会信用代码 / Unified social credit code */
  creditCode: string;
  /** 职工人数 / Employees */
  employeeCount?: number | null | undefined;
  /** 单位类型 / Kind */
  kind: UnitKind;
  /** 单位名称 / Name */
  name: string;
};

/** 成立志愿服务队 / Found a volunteer team */
export type CreateVolunteerTeamInput = {
  /** 大党委 / Committee */
  committeeId: string;
  /** 成立日期 / Founded on */
  foundedOn?: string | null | undefined;
  /** 类型 / Kind */
  kind: VolunteerTeamKind;
  /** 队长 / Leader */
  leaderId?: string | null | undefined;
  /** 名称 / Name */
  name: string;
};

/** 时间筛选 / Date filter */
export type DateTimeFilter = {
  /** 不早于 / From */
  gte?: string | null | undefined;
  /** 不晚于 / Until */
  lte?: string | null | undefined;
};

/** 议事原则 / Decision principle */
export type DecisionPrinciple =
  /** 要事共决 / Important matters decided together */
  | 'IMPORTANT_MATTERS_DECIDED'
  /** 大事共议 / Major matters discussed together */
  | 'MAJOR_MATTERS_DISCUSSED'
  /** 实事共办 / Practical matters done together */
  | 'PRACTICAL_MATTERS_DONE'
  /** 急事共商 / Urgent matters consulted together */
  | 'URGENT_MATTERS_CONSULTED';

/** DecisionPrinciple 筛选 / DecisionPrinciple filter */
export type DecisionPrincipleFilter = {
  /** 等于 / Equals */
  equals?: DecisionPrinciple | null | undefined;
  /** 属于 / One of */
  in?: Array<DecisionPrinciple> | null | undefined;
};

/** 撤销大党委（须说明理由和撤销日期）/ Dissolve a committee (with a reason and the date it takes effect) */
export type DissolveCommitteeInput = {
  /** 撤销日期（成员身份于当日结束；默认今天，不晚于今天）/ Date it takes effect (memberships end that day; default today, not in the future) */
  dissolvedOn?: string | null | undefined;
  /** 大党委 / Committee */
  id: string;
  /** 撤销理由 / Reason for dissolving */
  reason: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 登记一笔支出（草稿）/ Record an expense (a draft) */
export type DraftExpenseInput = {
  /** 金额（分，正整数）/ Amount in fen (whole, greater than 0) */
  amountFen: string;
  /** 支出类别 / Category */
  category: ExpenseCategory;
  /** 所支持的共建事项（本大党委的）/ Joint work item it pays for (of the same committee) */
  jointWorkItemId?: string | null | undefined;
  /** 收款方类型 / Kind of payee */
  payeeKind: PayeeKind;
  /** 收款方名称（其他）/ Payee's name (other) */
  payeeName?: string | null | undefined;
  /** 收款人（个人）/ Payee person */
  payeePersonId?: string | null | undefined;
  /** 收款单位（辖区单位）/ Payee unit (a unit of the district) */
  payeeUnitId?: string | null | undefined;
  /** 经费方案（已通过）/ Funding plan (adopted) */
  planId: string;
  /** 用途 / Purpose */
  purpose: string;
  /** 支出日期（北京时间）/ Date (Beijing) */
  spentOn: string;
  /** 凭证附件（可选）/ Voucher file (optional) */
  voucherFile?: VoucherFileInput | null | undefined;
  /** 凭证号 / Voucher number */
  voucherNumber?: string | null | undefined;
};

/** 编制年度经费方案（草稿）/ Draft a committee's funding plan for a year */
export type DraftFundingPlanInput = {
  /** 预算（分，非负整数）/ Budget in fen (whole, not negative) */
  budgetFen: string;
  /** 大党委 / Committee */
  committeeId: string;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 年度（2000–2100）/ Year (2000–2100) */
  year: number;
};

/** 终止共建事项（须说明理由）/ Drop a joint work item (with a reason) */
export type DropJointWorkInput = {
  /** 共建事项 / Joint work item */
  id: string;
  /** 终止理由 / Reason */
  reason: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 结束成员身份 / End a membership */
export type EndMembershipInput = {
  /** 成员单位 / Membership */
  id: string;
  /** 退出日期（默认今天）/ Member until (default today) */
  toDate?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 注销人员 / End (deregister) a person */
export type EndPersonInput = {
  /** 人员 / Person */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 注销/撤销一条记录 / End a record */
export type EndRecordInput = {
  /** 记录 / Record */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave) */
export type EndVolunteerTeamInput = {
  /** 服务队 / Team */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 错误代码 / Error code */
export type ErrorCode =
  /** 版本冲突 / Stale version */
  | 'CONFLICT'
  /** 无权执行 / Not allowed */
  | 'FORBIDDEN'
  /** 不允许的状态变更 / Transition not allowed */
  | 'INVALID_TRANSITION'
  /** 违反业务规则 / A domain rule would be broken */
  | 'INVARIANT'
  /** 记录不存在或不在权限范围内 / No such record (or outside your scope) */
  | 'NOT_FOUND'
  /** 未登录 / Not signed in */
  | 'UNAUTHENTICATED'
  /** 输入无效 / Invalid input */
  | 'VALIDATION';

/** 审批方式 / How an expense was approved */
export type ExpenseApproval =
  /** 党委会决议 / Resolution of the committee */
  | 'RESOLUTION'
  /** 书记审批（限额以下） / The secretary (below the threshold) */
  | 'SECRETARY';

/** 支出类别 / Spending category */
export type ExpenseCategory =
  /** 组织活动 / Activities */
  | 'ACTIVITY'
  /** 走访慰问 / Visits and care */
  | 'CARE'
  /** 阵地建设 / Facilities */
  | 'FACILITIES'
  /** 共建项目 / Joint work */
  | 'JOINT_WORK'
  /** 办公用品 / Office supplies */
  | 'OFFICE'
  /** 其他 / Other */
  | 'OTHER'
  /** 宣传教育 / Publicity and education */
  | 'PUBLICITY'
  /** 为民服务 / Services to residents */
  | 'RESIDENT_SERVICE'
  /** 学习培训 / Training */
  | 'TRAINING';

/** ExpenseCategory 筛选 / ExpenseCategory filter */
export type ExpenseCategoryFilter = {
  /** 等于 / Equals */
  equals?: ExpenseCategory | null | undefined;
  /** 属于 / One of */
  in?: Array<ExpenseCategory> | null | undefined;
};

/** 支出台账 / The expenditure ledger筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type ExpenseFilter = {
  /** 支出类别 / Category */
  category?: ExpenseCategoryFilter | null | undefined;
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 共建事项 / Joint work item */
  jointWorkItemId?: IdFilter | null | undefined;
  /** 收款方类型 / Kind of payee */
  payeeKind?: PayeeKindFilter | null | undefined;
  /** 经费方案 / Funding plan */
  planId?: IdFilter | null | undefined;
  /** 用途 / Purpose */
  purpose?: StringFilter | null | undefined;
  /** 支出日期范围 / Date between */
  spentOn?: DateTimeFilter | null | undefined;
  /** 状态 / Status */
  status?: ExpenseStatusFilter | null | undefined;
  /** 凭证号 / Voucher number */
  voucherNumber?: StringFilter | null | undefined;
};

/** 支出台账 / The expenditure ledger排序 / Ordering */
export type ExpenseOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: ExpenseOrderField;
};

/** 支出台账 / The expenditure ledger排序字段 / Sortable fields */
export type ExpenseOrderField =
  /** 按 amountFen 排序 / Order by amountFen */
  | 'AMOUNT_FEN'
  /** 按 category 排序 / Order by category */
  | 'CATEGORY'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 paidAt 排序 / Order by paidAt */
  | 'PAID_AT'
  /** 按 spentOn 排序 / Order by spentOn */
  | 'SPENT_ON'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT'
  /** 按 voucherNumber 排序 / Order by voucherNumber */
  | 'VOUCHER_NUMBER';

/** 支出状态 / Expense status */
export type ExpenseStatus =
  /** 已审批 / Approved */
  | 'APPROVED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 已支付 / Paid */
  | 'PAID'
  /** 已驳回 / Rejected */
  | 'REJECTED';

/** ExpenseStatus 筛选 / ExpenseStatus filter */
export type ExpenseStatusFilter = {
  /** 等于 / Equals */
  equals?: ExpenseStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<ExpenseStatus> | null | undefined;
};

/** 备案已审批的大党委（区委组织部）/ File an approved committee (district organisation department) */
export type FileCommitteeInput = {
  /** 同时备案该大党委已审批的职务（同一事务）/ Also file the committee's approved seats (in the same transaction) */
  fileApprovedSeats?: boolean | null | undefined;
  /** 备案号，格式如“和组备〔2026〕12号”（区委组织部简称＋组备〔年份〕序号号）/ Filing number, e.g. 和组备〔2026〕12号 (the department's abbreviation, 组备, the year in 〔〕, the number, 号) */
  filingNumber: string;
  /** 大党委 / Committee */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 文件格式 / File format */
export type FileFormat =
  /** CSV（UTF-8，带BOM）/ CSV (UTF-8 with BOM) */
  | 'CSV'
  /** Excel 工作簿 / Excel workbook */
  | 'XLSX';

/** 经费渠道 / Funding channel */
export type FundingChannel =
  /** 财政支持 / Fiscal support */
  | 'FISCAL'
  /** 党费补助 / Party dues subsidy */
  | 'PARTY_DUES'
  /** 有偿/低偿服务 / Paid and low-cost services */
  | 'SELF_GENERATED'
  /** 社会赞助 / Sponsorship and donations */
  | 'SPONSORSHIP'
  /** 费随事转 / Funds with transferred tasks */
  | 'TASK_TRANSFER';

/** 经费方案 / Funding plans筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type FundingPlanFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 状态 / Status */
  status?: FundingPlanStatusFilter | null | undefined;
  /** 年度 / Year */
  year?: IntFilter | null | undefined;
};

/** 经费方案 / Funding plans排序 / Ordering */
export type FundingPlanOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: FundingPlanOrderField;
};

/** 经费方案 / Funding plans排序字段 / Sortable fields */
export type FundingPlanOrderField =
  /** 按 adoptedAt 排序 / Order by adoptedAt */
  | 'ADOPTED_AT'
  /** 按 budgetFen 排序 / Order by budgetFen */
  | 'BUDGET_FEN'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 revision 排序 / Order by revision */
  | 'REVISION'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT'
  /** 按 year 排序 / Order by year */
  | 'YEAR';

/** 经费方案状态 / Funding plan status */
export type FundingPlanStatus =
  /** 已通过 / Adopted */
  | 'ADOPTED'
  /** 已结算 / Closed */
  | 'CLOSED'
  /** 草稿 / Draft */
  | 'DRAFT'
  /** 已被新版本取代 / Superseded */
  | 'SUPERSEDED';

/** FundingPlanStatus 筛选 / FundingPlanStatus filter */
export type FundingPlanStatusFilter = {
  /** 等于 / Equals */
  equals?: FundingPlanStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<FundingPlanStatus> | null | undefined;
};

/** 性别 / Gender */
export type Gender =
  /** 女 / Female */
  | 'FEMALE'
  /** 男 / Male */
  | 'MALE';

/** ID 筛选（全局ID）/ ID filter (global IDs) */
export type IdFilter = {
  /** 等于 / Equals */
  equals?: string | null | undefined;
  /** 属于 / One of */
  in?: Array<string> | null | undefined;
};

/** 整数筛选 / Integer filter */
export type IntFilter = {
  /** 等于 / Equals */
  equals?: number | null | undefined;
  /** 大于等于 / At least */
  gte?: number | null | undefined;
  /** 小于等于 / At most */
  lte?: number | null | undefined;
};

/** 六联类别 / Joint work category */
export type JointWorkCategory =
  /** 精神文明联创 / Civility built together */
  | 'CIVILITY'
  /** 生活环境联建 / Living environment improved together */
  | 'LIVING_ENVIRONMENT'
  /** 党建工作联做 / Party building done together */
  | 'PARTY_BUILDING'
  /** 公益事业联办 / Public welfare run together */
  | 'PUBLIC_WELFARE'
  /** 社区资源联享 / Community resources shared */
  | 'RESOURCE_SHARING'
  /** 服务难题联解 / Service problems solved together */
  | 'SERVICE_PROBLEMS';

/** JointWorkCategory 筛选 / JointWorkCategory filter */
export type JointWorkCategoryFilter = {
  /** 等于 / Equals */
  equals?: JointWorkCategory | null | undefined;
  /** 属于 / One of */
  in?: Array<JointWorkCategory> | null | undefined;
};

/** 共建项目/事项 / Joint work items筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type JointWorkItemFilter = {
  /** 六联类别 / Category */
  category?: JointWorkCategoryFilter | null | undefined;
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 完成期限范围 / Deadline between */
  deadline?: DateTimeFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 来源决议 / Resolution it was born from */
  originResolutionId?: IdFilter | null | undefined;
  /** 逾期（北京时间）/ Overdue (Beijing time) */
  overdue?: BooleanFilter | null | undefined;
  /** 状态 / Status */
  status?: JointWorkStatusFilter | null | undefined;
  /** 街道 / Street */
  streetId?: IdFilter | null | undefined;
  /** 名称 / Title */
  title?: StringFilter | null | undefined;
};

/** 共建项目/事项 / Joint work items排序 / Ordering */
export type JointWorkItemOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: JointWorkItemOrderField;
};

/** 共建项目/事项 / Joint work items排序字段 / Sortable fields */
export type JointWorkItemOrderField =
  /** 按 category 排序 / Order by category */
  | 'CATEGORY'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 deadline 排序 / Order by deadline */
  | 'DEADLINE'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 title 排序 / Order by title */
  | 'TITLE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 参与单位 / A participating organisation */
export type JointWorkParticipantInput = {
  /** 成员单位（党组织）/ Member organisation */
  organizationId: string;
  /** 责任人 / Responsible person */
  responsiblePerson: string;
  /** 牵头或协作 / Lead or co-operating */
  role: JointWorkRole;
};

/** 共建事项进展报告 / Progress reports on joint work items筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type JointWorkProgressFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 共建事项 / Joint work item */
  itemId?: IdFilter | null | undefined;
  /** 报告单位 / Reporting organisation */
  organizationId?: IdFilter | null | undefined;
  /** 报告日期范围 / Reported between */
  reportedOn?: DateTimeFilter | null | undefined;
};

/** 共建事项进展报告 / Progress reports on joint work items排序 / Ordering */
export type JointWorkProgressOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: JointWorkProgressOrderField;
};

/** 共建事项进展报告 / Progress reports on joint work items排序字段 / Sortable fields */
export type JointWorkProgressOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 percent 排序 / Order by percent */
  | 'PERCENT'
  /** 按 reportedOn 排序 / Order by reportedOn */
  | 'REPORTED_ON'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 提出方 / Raised by */
export type JointWorkRaiser =
  /** 成员单位 / Member organisation */
  | 'MEMBER_ORGANIZATION'
  /** 党员 / Party member */
  | 'PARTY_MEMBER'
  /** 居民 / Resident */
  | 'RESIDENT';

/** 参与角色 / Role in joint work */
export type JointWorkRole =
  /** 协作单位 / Co-operating */
  | 'CO_OPERATING'
  /** 牵头单位 / Lead */
  | 'LEAD';

/** 共建事项状态 / Joint work status */
export type JointWorkStatus =
  /** 已结项 / Closed */
  | 'CLOSED'
  /** 已完成 / Done */
  | 'DONE'
  /** 已终止 / Dropped */
  | 'DROPPED'
  /** 推进中 / In progress */
  | 'IN_PROGRESS'
  /** 待启动 / Open */
  | 'OPEN';

/** JointWorkStatus 筛选 / JointWorkStatus filter */
export type JointWorkStatusFilter = {
  /** 等于 / Equals */
  equals?: JointWorkStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<JointWorkStatus> | null | undefined;
};

/** 管理方式 / Management mode */
export type ManagementMode =
  /** 直接管理 / Directly managed */
  | 'DIRECT'
  /** 双重管理 / Dual-managed */
  | 'DUAL';

/** ManagementMode 筛选 / ManagementMode filter */
export type ManagementModeFilter = {
  /** 等于 / Equals */
  equals?: ManagementMode | null | undefined;
  /** 属于 / One of */
  in?: Array<ManagementMode> | null | undefined;
};

/** 会议（含街道工作协调会议）/ Meetings (street coordination meetings included)筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type MeetingFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 召开时间范围 / Held between */
  heldAt?: DateTimeFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 会议类型 / Kind */
  kind?: MeetingKindFilter | null | undefined;
  /** 计划时间范围 / Scheduled between */
  scheduledAt?: DateTimeFilter | null | undefined;
  /** 状态 / Status */
  status?: MeetingStatusFilter | null | undefined;
  /** 街道 / Street */
  streetId?: IdFilter | null | undefined;
  /** 会议名称 / Title */
  title?: StringFilter | null | undefined;
};

/** 会议类型 / Kind of meeting */
export type MeetingKind =
  /** 街道工作协调会议 / Street coordination meeting */
  | 'COORDINATION'
  /** 紧急会议 / Emergency meeting */
  | 'EMERGENCY'
  /** 扩大会 / Extended meeting */
  | 'EXTENDED'
  /** 党委会 / Regular committee meeting */
  | 'REGULAR';

/** MeetingKind 筛选 / MeetingKind filter */
export type MeetingKindFilter = {
  /** 等于 / Equals */
  equals?: MeetingKind | null | undefined;
  /** 属于 / One of */
  in?: Array<MeetingKind> | null | undefined;
};

/** 会议（含街道工作协调会议）/ Meetings (street coordination meetings included)排序 / Ordering */
export type MeetingOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: MeetingOrderField;
};

/** 会议（含街道工作协调会议）/ Meetings (street coordination meetings included)排序字段 / Sortable fields */
export type MeetingOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 heldAt 排序 / Order by heldAt */
  | 'HELD_AT'
  /** 按 kind 排序 / Order by kind */
  | 'KIND'
  /** 按 scheduledAt 排序 / Order by scheduledAt */
  | 'SCHEDULED_AT'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 title 排序 / Order by title */
  | 'TITLE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 会议状态 / Meeting status */
export type MeetingStatus =
  /** 已取消 / Cancelled */
  | 'CANCELLED'
  /** 已召开 / Held */
  | 'HELD'
  /** 已安排 / Scheduled */
  | 'SCHEDULED';

/** MeetingStatus 筛选 / MeetingStatus filter */
export type MeetingStatusFilter = {
  /** 等于 / Equals */
  equals?: MeetingStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<MeetingStatus> | null | undefined;
};

/** 成员单位 / Memberships筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type MembershipFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 管理方式 / Management mode */
  managementMode?: ManagementModeFilter | null | undefined;
  /** 党组织 / Organisation */
  organizationId?: IdFilter | null | undefined;
  /** 已退出（有退出日期）/ Ended (has an end date) */
  toDate?: PresenceFilter | null | undefined;
};

/** 成员单位 / Memberships排序 / Ordering */
export type MembershipOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: MembershipOrderField;
};

/** 成员单位 / Memberships排序字段 / Sortable fields */
export type MembershipOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 fromDate 排序 / Order by fromDate */
  | 'FROM_DATE';

/** 推选大党委委员（须证明三项任职条件）/ Nominate a person to a committee seat (all three qualifications attested) */
export type NominateSeatInput = {
  /** 任职条件证明（热心事务、组织协调能力、能正常参加活动各一项）/ Attestations (one for each of the three qualifications) */
  attestations: Array<SeatAttestationInput>;
  /** 大党委 / Committee */
  committeeId: string;
  /** 推选该职务的党员代表大会日期（推选产生的必填，当然进入的不填）/ Date of the party congress that chose the seat (required for a nominated seat, empty for an ex officio one) */
  congressDate?: string | null | undefined;
  /** 党员代表大会会议或文件编号（推选产生的必填）/ Meeting or document reference of that party congress (required for a nominated seat) */
  congressReference?: string | null | undefined;
  /** 被推选人员 / Person nominated */
  personId: string;
  /** 产生方式 / How the seat is produced */
  production: SeatProduction;
  /** 职务 / Role */
  role: SeatRole;
  /** 来自的党组织（成员单位或所覆盖社区的社区党组织）/ Organisation the person comes from (a member or a covered community's organisation) */
  sourceOrganizationId: string;
  /** 任期结束（缺省为大党委任期）/ Term end (defaults to the committee's term) */
  termEnd?: string | null | undefined;
  /** 任期开始（缺省为大党委任期）/ Term start (defaults to the committee's term) */
  termStart?: string | null | undefined;
};

/** 向被考核单位及其上级党组织通报测评结果 / Notify the result to the assessed organisation and its superior */
export type NotifyAssessmentInput = {
  /** 考核 / Assessment */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 党组织层级 / Level of a party organisation */
export type OrgLevel =
  /** 党支部 / Party branch */
  | 'BRANCH'
  /** 党委 / Party committee */
  | 'COMMITTEE'
  /** 党总支 / General party branch */
  | 'GENERAL_BRANCH';

/** OrgLevel 筛选 / OrgLevel filter */
export type OrgLevelFilter = {
  /** 等于 / Equals */
  equals?: OrgLevel | null | undefined;
  /** 属于 / One of */
  in?: Array<OrgLevel> | null | undefined;
};

/** 党组织 / Party organisations筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type PartyOrganizationFilter = {
  /** 党组织代码 / Code */
  code?: StringFilter | null | undefined;
  /** 所属社区 / Community */
  communityId?: IdFilter | null | undefined;
  /** 已撤销 / Ended */
  endedAt?: PresenceFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 层级 / Level */
  level?: OrgLevelFilter | null | undefined;
  /** 管理方式 / Management mode */
  managementMode?: ManagementModeFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
  /** 所在街道 / Street */
  streetId?: IdFilter | null | undefined;
  /** 外区上级代码 / External superior code */
  superiorExternalCode?: StringFilter | null | undefined;
  /** 所属单位 / Unit */
  unitId?: IdFilter | null | undefined;
};

/** 党组织 / Party organisations排序 / Ordering */
export type PartyOrganizationOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: PartyOrganizationOrderField;
};

/** 党组织 / Party organisations排序字段 / Sortable fields */
export type PartyOrganizationOrderField =
  /** 按 code 排序 / Order by code */
  | 'CODE'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 level 排序 / Order by level */
  | 'LEVEL'
  /** 按 managementMode 排序 / Order by managementMode */
  | 'MANAGEMENT_MODE'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 partyMemberCount 排序 / Order by partyMemberCount */
  | 'PARTY_MEMBER_COUNT'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 支付已审批的支出（再次核对已到账余额）/ Pay an approved expense (the received balance is checked again) */
export type PayExpenseInput = {
  /** 支出（已审批）/ Expense (approved) */
  id: string;
  /** 支付日期（默认沿用支出日期）/ Date paid (default: the expense's date) */
  paidOn?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
  /** 凭证号（未登记时必填）/ Voucher number (required unless recorded) */
  voucherNumber?: string | null | undefined;
};

/** 收款方类型 / Kind of payee */
export type PayeeKind =
  /** 其他（按名称） / Other (by name) */
  | 'OTHER'
  /** 个人 / A person */
  | 'PERSON'
  /** 辖区单位 / A unit of the district */
  | 'UNIT';

/** PayeeKind 筛选 / PayeeKind filter */
export type PayeeKindFilter = {
  /** 等于 / Equals */
  equals?: PayeeKind | null | undefined;
  /** 属于 / One of */
  in?: Array<PayeeKind> | null | undefined;
};

/** 人员/党员 / Persons (party members)筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type PersonFilter = {
  /** 已注销 / Ended */
  endedAt?: PresenceFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 是否党员 / Party member */
  isPartyMember?: BooleanFilter | null | undefined;
  /** 姓名 / Name */
  name?: StringFilter | null | undefined;
  /** 居住地社区 / Community of residence */
  residenceCommunityId?: IdFilter | null | undefined;
  /** 登记街道 / Street whose registry holds the person */
  streetId?: IdFilter | null | undefined;
  /** 工作单位类型 / Kind of workplace */
  workplaceKind?: WorkplaceKindFilter | null | undefined;
  /** 工作单位党组织 / Workplace party organisation */
  workplaceOrganizationId?: IdFilter | null | undefined;
};

/** 人员/党员 / Persons (party members)排序 / Ordering */
export type PersonOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: PersonOrderField;
};

/** 人员/党员 / Persons (party members)排序字段 / Sortable fields */
export type PersonOrderField =
  /** 按 birthYear 排序 / Order by birthYear */
  | 'BIRTH_YEAR'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 partyJoinedOn 排序 / Order by partyJoinedOn */
  | 'PARTY_JOINED_ON'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 登记成员单位认缴出资 / Record a member unit's pledge */
export type PledgeContributionInput = {
  /** 认缴金额（分，正整数）/ Amount pledged in fen (whole, greater than 0) */
  amountFen: string;
  /** 成员单位（在方案中有出资比例）/ Member unit (with a ratio in the plan) */
  membershipId: string;
  /** 已通过的经费方案 / The adopted plan */
  planId: string;
};

/** 是否有值 / Whether the field has a value */
export type PresenceFilter = {
  /** 有值 / Has a value */
  present?: boolean | null | undefined;
};

/** 将提出的共建事项列入会议议程 / Put a raised joint work item on a meeting's agenda */
export type PutJointWorkOnAgendaInput = {
  /** 议程（同一大党委或街道的待开会议）/ Agenda item (of a scheduled meeting of the same committee or street) */
  agendaItemId: string;
  /** 共建事项 / Joint work item */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 委员基本条件 / Qualification of a committee member */
export type Qualification =
  /** 能够正常参加活动 / Able to take part in activities regularly */
  | 'AVAILABILITY'
  /** 有较强的组织协调能力 / Strong organising and coordinating ability */
  | 'COORDINATION'
  /** 热心街道、社区事务 / Enthusiastic about street and community affairs */
  | 'ENTHUSIASM';

/** 登记成员单位、党员或居民提出的共建事项（须列入会议议程后方可启动）/ Record a joint work item raised by a member organisation, a party member or a resident (put on a meeting's agenda before work starts) */
export type RaiseJointWorkInput = {
  /** 六联类别 / Category */
  category: JointWorkCategory;
  /** 大党委（街道共建事项不填）/ Committee (none for a street's item) */
  committeeId?: string | null | undefined;
  /** 完成期限 / Deadline */
  deadline: string;
  /** 内容 / Description */
  description?: string | null | undefined;
  /** 经费来源：本大党委的经费计划（可选）/ Budget line: a funding plan of the committee (optional) */
  fundingPlanId?: string | null | undefined;
  /** 参与单位（至少两个，其中一个牵头）/ Participating organisations (at least two, exactly one leading) */
  participants: Array<JointWorkParticipantInput>;
  /** 提出方 / Raised by */
  raisedByKind: JointWorkRaiser;
  /** 提出人或单位 / Who raised it */
  raisedByName: string;
  /** 街道（只用于街道共建事项）/ Street (for a street's item only) */
  streetId?: string | null | undefined;
  /** 名称 / Title */
  title: string;
};

/** 登记出资到账 / Record that a contribution was received */
export type ReceiveContributionInput = {
  /** 出资 / Contribution */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 登记考核结果；考核对象随类型而定：成员单位参与情况 → membershipId，委员 → seatId，年度鉴定和积分 → personId / Record an assessment; the subject follows the kind: UNIT_PARTICIPATION → membershipId, COMMITTEE_MEMBER → seatId, ANNUAL_APPRAISAL and POINTS → personId */
export type RecordAssessmentInput = {
  /** 大党委 / Committee */
  committeeId: string;
  /** 等次 / Grade */
  grade?: AssessmentGrade | null | undefined;
  /** 考核类型 / Kind */
  kind: AssessmentKind;
  /** 被考核成员单位（UNIT_PARTICIPATION）/ Member unit assessed (UNIT_PARTICIPATION) */
  membershipId?: string | null | undefined;
  /** 被考核人员（ANNUAL_APPRAISAL、POINTS）/ Person assessed (ANNUAL_APPRAISAL, POINTS) */
  personId?: string | null | undefined;
  /** 积分（只用于 POINTS，必填）/ Points (POINTS only, required there) */
  points?: number | null | undefined;
  /** 评语（个人信息）/ Remarks (personal data) */
  remarks?: string | null | undefined;
  /** 得分（0–100，最多2位小数）/ Score (0–100, at most 2 decimals) */
  score?: string | null | undefined;
  /** 被考核委员的职务（COMMITTEE_MEMBER）/ Seat of the member assessed (COMMITTEE_MEMBER) */
  seatId?: string | null | undefined;
  /** 考核年度（2000–2100）/ Year assessed (2000–2100) */
  year: number;
};

/** 登记会议已召开（含出席情况）/ Record that a meeting was held (with attendance) */
export type RecordMeetingHeldInput = {
  /** 出席情况（每人一条）/ Attendance (one entry per person) */
  attendance: Array<AttendanceInput>;
  /** 召开时间 / Held at */
  heldAt: string;
  /** 会议 / Meeting */
  id: string;
  /** 会议纪要 / Minutes */
  minutes?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 登记大党委的一项制度（第1版）/ Record a rules document of a committee (version 1) */
export type RecordRulesDocumentInput = {
  /** 大党委 / Committee */
  committeeId: string;
  /** 生效日期（不早于决议日期）/ Effective from (not before the resolution) */
  effectiveOn: string;
  /** 附件（可选）/ Attached file (optional) */
  file?: RulesFileInput | null | undefined;
  /** 制度类型 / Kind */
  kind: RulesDocumentKind;
  /** 通过该制度的决议（本大党委的）/ Adopting resolution (of the same committee) */
  resolutionId: string;
  /** 正文 / Text */
  text: string;
  /** 标题（默认为该类制度的名称）/ Title (default: the kind's name) */
  title?: string | null | undefined;
};

/** 登记志愿服务活动 / Record a volunteer activity */
export type RecordVolunteerActivityInput = {
  /** 内容 / Description */
  description?: string | null | undefined;
  /** 活动日期（不晚于今天）/ Held on (not after today) */
  heldOn: string;
  /** 地点 / Location */
  location?: string | null | undefined;
  /** 参加人数（≥ 0）/ Participants (≥ 0) */
  participantCount: number;
  /** 服务时长（小时，≥ 0，最多1位小数）/ Service hours (≥ 0, at most 1 decimal place) */
  serviceHours: string;
  /** 服务队 / Team */
  teamId: string;
  /** 活动名称 / Title */
  title: string;
};

/** 党委会召开周期 / Regular meeting cadence */
export type RegularMeetingCadence =
  /** 每月召开党委会 / Regular meeting every month */
  | 'MONTHLY'
  /** 每季度召开党委会 / Regular meeting every quarter */
  | 'QUARTERLY';

/** 退回报审的大党委 / Reject a submitted committee */
export type RejectCommitteeInput = {
  /** 大党委 / Committee */
  id: string;
  /** 退回理由 / Reason for rejection */
  reason: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 驳回支出 / Reject an expense */
export type RejectExpenseInput = {
  /** 支出（草稿或已审批）/ Expense (draft or approved) */
  id: string;
  /** 驳回理由 / Reason */
  reason: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 不批准推选 / Reject a nomination */
export type RejectSeatInput = {
  /** 职务 / Seat */
  id: string;
  /** 理由 / Reason */
  reason: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 撤销一条列席记录 / Remove an attendance record of an extended meeting */
export type RemoveMeetingAttendeeInput = {
  /** 列席记录 / Attendee record */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 报告共建事项进展 / Report progress on a joint work item */
export type ReportJointWorkProgressInput = {
  /** 共建事项 / Joint work item */
  itemId: string;
  /** 报告单位（参与单位之一）/ Reporting organisation (a participant) */
  organizationId: string;
  /** 完成百分比（0–100，不低于上次）/ Percent done (0–100, not below the previous report) */
  percent: number;
  /** 报告日期 / Date */
  reportedOn: string;
  /** 进展情况 / Progress */
  text: string;
};

/** 急事共商的决定向其后召开的党委会通报 / Report an urgent decision (急事共商) to a later regular meeting */
export type ReportUrgentResolutionInput = {
  /** 决议 / Resolution */
  id: string;
  /** 通报的党委会（本大党委其后已召开的定期会议）/ The regular meeting held later that heard the report */
  meetingId: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 决议 / Resolutions筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type ResolutionFilter = {
  /** 通过时间范围 / Adopted between */
  adoptedAt?: DateTimeFilter | null | undefined;
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 会议 / Meeting */
  meetingId?: IdFilter | null | undefined;
  /** 决议编号 / Number */
  number?: StringFilter | null | undefined;
  /** 议事原则 / Decision principle */
  principle?: DecisionPrincipleFilter | null | undefined;
  /** 议事范围 / Subject area */
  subjectArea?: SubjectAreaFilter | null | undefined;
  /** 标题 / Title */
  title?: StringFilter | null | undefined;
};

/** 实事共办决议形成的共建事项 / The joint work item a 实事共办 resolution creates */
export type ResolutionJointWorkInput = {
  /** 六联类别 / Category */
  category: JointWorkCategory;
  /** 完成期限 / Deadline */
  deadline: string;
  /** 内容 / Description */
  description?: string | null | undefined;
  /** 经费来源：本大党委的经费计划（可选）/ Budget line: a funding plan of the committee (optional) */
  fundingPlanId?: string | null | undefined;
  /** 参与单位（至少两个，其中一个牵头）/ Participating organisations (at least two, exactly one leading) */
  participants: Array<JointWorkParticipantInput>;
  /** 名称 / Title */
  title: string;
};

/** 决议 / Resolutions排序 / Ordering */
export type ResolutionOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: ResolutionOrderField;
};

/** 决议 / Resolutions排序字段 / Sortable fields */
export type ResolutionOrderField =
  /** 按 adoptedAt 排序 / Order by adoptedAt */
  | 'ADOPTED_AT'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 number 排序 / Order by number */
  | 'NUMBER'
  /** 按 principle 排序 / Order by principle */
  | 'PRINCIPLE'
  /** 按 subjectArea 排序 / Order by subjectArea */
  | 'SUBJECT_AREA'
  /** 按 title 排序 / Order by title */
  | 'TITLE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 冲销已支付的支出：登记一笔金额相反的冲销记录，原记录不变 / Reverse a paid expense: a counter-entry with the opposite amount; the expense itself is unchanged */
export type ReverseExpenseInput = {
  /** 支出（已支付）/ Expense (paid) */
  id: string;
  /** 冲销理由 / Reason */
  reason: string;
  /** 冲销日期（默认今天，北京时间）/ Date (default: today in Beijing) */
  reversedOn?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 为已通过的方案起草新版本（复制预算和出资比例）/ Draft a new revision of an adopted plan (budget and ratios copied) */
export type ReviseFundingPlanInput = {
  /** 已通过的经费方案 / The adopted plan */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修订现行制度：形成新版本，取代现行版本（旧版本保留可查）/ Revise a current document: a new version supersedes it (the old one stays readable) */
export type ReviseRulesDocumentInput = {
  /** 生效日期（不早于决议日期）/ Effective from (not before the resolution) */
  effectiveOn: string;
  /** 附件（可选）/ Attached file (optional) */
  file?: RulesFileInput | null | undefined;
  /** 所修订的现行版本 / The current version revised */
  id: string;
  /** 不给新附件时：true 则新版本无附件，否则沿用上一版本的附件 / Without a new file: true leaves the new version without one, else it keeps the previous version's file */
  removeFile?: boolean | null | undefined;
  /** 通过该制度的决议（本大党委的）/ Adopting resolution (of the same committee) */
  resolutionId: string;
  /** 正文 / Text */
  text: string;
  /** 标题（默认沿用）/ Title (default: unchanged) */
  title?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 角色 / Role */
export type Role =
  /** 分析人员 / Analyst */
  | 'ANALYST'
  /** 大党委工作人员 / Committee staff */
  | 'COMMITTEE_STAFF'
  /** 区委组织部 / District organisation department */
  | 'DISTRICT_ADMIN'
  /** 街道党工委 / Street working committee */
  | 'STREET_ADMIN'
  /** 上级党组织 / Superior party organisation */
  | 'SUPERIOR_ORG'
  /** 成员单位联络人 / Liaison of a member unit */
  | 'UNIT_LIAISON';

/** 制度 / Rules documents筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type RulesDocumentFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 生效日期范围 / Effective between */
  effectiveOn?: DateTimeFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 制度类型 / Kind */
  kind?: RulesDocumentKindFilter | null | undefined;
  /** 已被取代（false：只看现行版本）/ Superseded (false: current versions only) */
  supersededAt?: PresenceFilter | null | undefined;
  /** 标题 / Title */
  title?: StringFilter | null | undefined;
};

/** 制度类型 / Kind of rules document */
export type RulesDocumentKind =
  /** 社区“大党委”会议制度 / Committee meeting rules */
  | 'COMMITTEE_MEETING_RULES'
  /** 民主监督制度 / Democratic supervision rules */
  | 'DEMOCRATIC_SUPERVISION_RULES'
  /** 社区重要问题审议决策制度 / Rules for deliberating and deciding major questions */
  | 'MAJOR_QUESTIONS_DECISION_RULES'
  /** 社区党委工作职责 / Work responsibilities of the committee */
  | 'WORK_RESPONSIBILITIES';

/** RulesDocumentKind 筛选 / RulesDocumentKind filter */
export type RulesDocumentKindFilter = {
  /** 等于 / Equals */
  equals?: RulesDocumentKind | null | undefined;
  /** 属于 / One of */
  in?: Array<RulesDocumentKind> | null | undefined;
};

/** 制度 / Rules documents排序 / Ordering */
export type RulesDocumentOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: RulesDocumentOrderField;
};

/** 制度 / Rules documents排序字段 / Sortable fields */
export type RulesDocumentOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 effectiveOn 排序 / Order by effectiveOn */
  | 'EFFECTIVE_ON'
  /** 按 kind 排序 / Order by kind */
  | 'KIND'
  /** 按 revision 排序 / Order by revision */
  | 'REVISION'
  /** 按 supersededAt 排序 / Order by supersededAt */
  | 'SUPERSEDED_AT'
  /** 按 title 排序 / Order by title */
  | 'TITLE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 附件（PDF、Word、ODT、纯文本、JPEG、PNG，最大 2 MB，base64）/ Attached file (PDF, Word, ODT, plain text, JPEG, PNG; at most 2 MB; base64) */
export type RulesFileInput = {
  /** 文件内容（base64）/ Content (base64) */
  base64: string;
  /** MIME 类型 / Content type */
  contentType: string;
  /** 文件名 / File name */
  name: string;
};

/** 安排街道工作协调会议（街道党工委每年定期召开，组织辖区单位研究街道共建事项）/ Schedule the street's coordination meeting (held yearly by the street's party working committee with the organisations of the street) */
export type ScheduleCoordinationMeetingInput = {
  /** 议程（按顺序编号 1..n）/ Agenda (numbered 1..n in this order) */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** 地点 / Location */
  location?: string | null | undefined;
  /** 计划时间 / Scheduled at */
  scheduledAt: string;
  /** 街道 / Street */
  streetId: string;
  /** 会议名称 / Title */
  title: string;
};

/** 安排会议 / Schedule a meeting */
export type ScheduleMeetingInput = {
  /** 议程（按顺序编号 1..n）/ Agenda (numbered 1..n in this order) */
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** 大党委 / Committee */
  committeeId: string;
  /** 会议类型（紧急会议只限联合党委）/ Kind (emergency meetings: joint committees only) */
  kind: MeetingKind;
  /** 地点 / Location */
  location?: string | null | undefined;
  /** 计划时间 / Scheduled at */
  scheduledAt: string;
  /** 会议名称 / Title */
  title: string;
};

/** 一项任职条件的证明 / Attestation of one qualification */
export type SeatAttestationInput = {
  /** 证明人 / Attested by */
  attestedBy: string;
  /** 依据 / Evidence */
  evidence?: string | null | undefined;
  /** 条件 / Qualification */
  qualification: Qualification;
};

/** 大党委职务 / Seats on committees筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type SeatFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 任职人员 / Person */
  personId?: IdFilter | null | undefined;
  /** 职务 / Role */
  role?: SeatRoleFilter | null | undefined;
  /** 来自的党组织 / Organisation the person comes from */
  sourceOrganizationId?: IdFilter | null | undefined;
  /** 状态 / Status */
  status?: SeatStatusFilter | null | undefined;
};

/** 大党委职务 / Seats on committees排序 / Ordering */
export type SeatOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: SeatOrderField;
};

/** 大党委职务 / Seats on committees排序字段 / Sortable fields */
export type SeatOrderField =
  /** 按 approvedAt 排序 / Order by approvedAt */
  | 'APPROVED_AT'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 filedAt 排序 / Order by filedAt */
  | 'FILED_AT'
  /** 按 nominatedAt 排序 / Order by nominatedAt */
  | 'NOMINATED_AT'
  /** 按 role 排序 / Order by role */
  | 'ROLE'
  /** 按 status 排序 / Order by status */
  | 'STATUS'
  /** 按 termStart 排序 / Order by termStart */
  | 'TERM_START'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 产生方式 / How the seat was produced */
export type SeatProduction =
  /** 当然进入 / Ex officio */
  | 'EX_OFFICIO'
  /** 推选产生 / Nominated by the party members' congress */
  | 'NOMINATED';

/** 职务 / Seat role */
export type SeatRole =
  /** 专职副书记 / Full-time deputy secretary */
  | 'DEPUTY_FULL_TIME'
  /** 兼职副书记 / Part-time deputy secretary */
  | 'DEPUTY_PART_TIME'
  /** 常务副书记 / Executive deputy secretary */
  | 'EXECUTIVE_DEPUTY'
  /** 委员 / Member */
  | 'MEMBER'
  /** 书记 / Secretary */
  | 'SECRETARY';

/** SeatRole 筛选 / SeatRole filter */
export type SeatRoleFilter = {
  /** 等于 / Equals */
  equals?: SeatRole | null | undefined;
  /** 属于 / One of */
  in?: Array<SeatRole> | null | undefined;
};

/** 任职状态 / Seat status */
export type SeatStatus =
  /** 已审批 / Approved */
  | 'APPROVED'
  /** 已届满 / Ended */
  | 'ENDED'
  /** 已备案 / Filed */
  | 'FILED'
  /** 已推选 / Nominated */
  | 'NOMINATED'
  /** 未通过 / Rejected */
  | 'REJECTED';

/** SeatStatus 筛选 / SeatStatus filter */
export type SeatStatusFilter = {
  /** 等于 / Equals */
  equals?: SeatStatus | null | undefined;
  /** 属于 / One of */
  in?: Array<SeatStatus> | null | undefined;
};

/** 职务状态变更 / A change of a seat's status */
export type SeatTransitionInput = {
  /** 职务 / Seat */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 设定经费方案草稿的分类预算（整体替换，合计不超过方案预算）/ Set a draft plan's category budgets (replaces them; together within the plan's budget) */
export type SetBudgetLinesInput = {
  /** 各类别预算 / The categories' budgets */
  lines: Array<BudgetLineInput>;
  /** 经费方案（草稿）/ Funding plan (a draft) */
  planId: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 设定经费方案草稿的出资比例（整体替换，合计须恰好100%）/ Set a draft plan's contribution ratios (replaces them; they must total exactly 100%) */
export type SetContributionRatiosInput = {
  /** 经费方案（草稿）/ Funding plan (a draft) */
  planId: string;
  /** 各成员单位的出资比例 / The member units' ratios */
  ratios: Array<ContributionRatioInput>;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 调整覆盖社区（只限草稿或已退回的大党委；替换现有覆盖）/ Change the covered communities (DRAFT or REJECTED only; replaces the active coverage) */
export type SetCoverageInput = {
  /** 覆盖社区（社区党委1个，联合党委至少2个，均属本街道且未被其他大党委覆盖）/ Covered communities (one for a community committee, at least two for a joint one; all of the committee's street, none covered by another committee) */
  communityIds: Array<string>;
  /** 大党委 / Committee */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 依据党委会决议设定书记审批限额（低于该金额的支出可由书记审批）/ Set, by resolution, the amount below which the secretary may approve an expense */
export type SetExpenseThresholdInput = {
  /** 大党委 / Committee */
  id: string;
  /** 设定限额的本大党委决议 / The committee's resolution setting it */
  resolutionId: string;
  /** 金额（分，正整数）/ Amount in fen (whole, greater than 0) */
  thresholdFen: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 排序方向 / Sort direction */
export type SortDirection =
  /** 升序 / Ascending */
  | 'ASC'
  /** 降序 / Descending */
  | 'DESC';

/** 启动共建事项 / Start a joint work item */
export type StartJointWorkInput = {
  /** 共建事项 / Joint work item */
  id: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 街道 / Streets筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type StreetFilter = {
  /** 街道代码 / Street code */
  code?: StringFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
};

/** 街道 / Streets排序 / Ordering */
export type StreetOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: StreetOrderField;
};

/** 街道 / Streets排序字段 / Sortable fields */
export type StreetOrderField =
  /** 按 code 排序 / Order by code */
  | 'CODE'
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 name 排序 / Order by name */
  | 'NAME';

/** 文本筛选 / Text filter */
export type StringFilter = {
  /** 包含 / Contains */
  contains?: string | null | undefined;
  /** 等于 / Equals */
  equals?: string | null | undefined;
  /** 属于 / One of */
  in?: Array<string> | null | undefined;
  /** 开头为 / Starts with */
  startsWith?: string | null | undefined;
};

/** 议事范围 / Subject area */
export type SubjectArea =
  /** 社区建设与管理 / Community building and management */
  | 'COMMUNITY_BUILDING'
  /** 社区文化 / Community culture */
  | 'COMMUNITY_CULTURE'
  /** 社区民主自治 / Community democratic self-governance */
  | 'COMMUNITY_SELF_GOVERNANCE'
  /** 社区服务 / Community services */
  | 'COMMUNITY_SERVICE'
  /** 其他 / Other */
  | 'OTHER'
  /** 党建 / Party building */
  | 'PARTY_BUILDING'
  /** 社会治安综合治理 / Public security and order */
  | 'PUBLIC_SECURITY'
  /** 精神文明建设 / Civic and ethical progress */
  | 'SPIRITUAL_CIVILISATION';

/** SubjectArea 筛选 / SubjectArea filter */
export type SubjectAreaFilter = {
  /** 等于 / Equals */
  equals?: SubjectArea | null | undefined;
  /** 属于 / One of */
  in?: Array<SubjectArea> | null | undefined;
};

/** 驻区单位 / Resident units筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type UnitFilter = {
  /** 所在社区 / Community */
  communityId?: IdFilter | null | undefined;
  /** 统一社会信用代码 / Credit code */
  creditCode?: StringFilter | null | undefined;
  /** 已注销 / Ended */
  endedAt?: PresenceFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 单位类型 / Kind */
  kind?: UnitKindFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
  /** 所在街道 / Street */
  streetId?: IdFilter | null | undefined;
};

/** 单位类型 / Kind of unit */
export type UnitKind =
  /** 企事业单位 / Enterprise or public institution */
  | 'ENTERPRISE_INSTITUTION'
  /** 政府职能部门及派出机构 / Government department or agency */
  | 'GOVERNMENT_AGENCY'
  /** 新经济组织 / New economic organisation */
  | 'NEW_ECONOMIC_ORG'
  /** 新社会组织 / New social organisation */
  | 'NEW_SOCIAL_ORG'
  /** 其他 / Other */
  | 'OTHER'
  /** 居委会 / Residents' committee */
  | 'RESIDENTS_COMMITTEE';

/** UnitKind 筛选 / UnitKind filter */
export type UnitKindFilter = {
  /** 等于 / Equals */
  equals?: UnitKind | null | undefined;
  /** 属于 / One of */
  in?: Array<UnitKind> | null | undefined;
};

/** 驻区单位 / Resident units排序 / Ordering */
export type UnitOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: UnitOrderField;
};

/** 驻区单位 / Resident units排序字段 / Sortable fields */
export type UnitOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 creditCode 排序 / Order by creditCode */
  | 'CREDIT_CODE'
  /** 按 employeeCount 排序 / Order by employeeCount */
  | 'EMPLOYEE_COUNT'
  /** 按 kind 排序 / Order by kind */
  | 'KIND'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 修改尚未通报的考核结果（只写给出的字段；null 清除）/ Update an assessment not yet notified (only the fields given; null clears) */
export type UpdateAssessmentInput = {
  /** 等次 / Grade */
  grade?: AssessmentGrade | null | undefined;
  /** 考核 / Assessment */
  id: string;
  /** 积分（只用于 POINTS）/ Points (POINTS only) */
  points?: number | null | undefined;
  /** 评语（个人信息）/ Remarks (personal data) */
  remarks?: string | null | undefined;
  /** 得分（0–100，最多2位小数）/ Score (0–100, at most 2 decimals) */
  score?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改大党委基本情况（只写给出的字段）/ Update a committee's details (only the fields given) */
export type UpdateCommitteeInput = {
  /** 大党委 / Committee */
  id: string;
  /** 党委会召开周期（每月或每季度）/ How often the regular meeting is held (monthly or quarterly) */
  meetingCadence?: RegularMeetingCadence | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 任期结束（null 清除）/ Term end (null clears it) */
  termEnd?: string | null | undefined;
  /** 任期开始（null 清除）/ Term start (null clears it) */
  termStart?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改社区 / Update a community */
export type UpdateCommunityInput = {
  /** 户数 / Households */
  households?: number | null | undefined;
  /** 社区 / Community */
  id: string;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 相邻社区（整体替换）/ Neighbouring communities (replaces the list) */
  neighbourIds?: Array<string> | null | undefined;
  /** 人口 / Population */
  population?: number | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改支出草稿（只写给出的字段；收款方整体替换）/ Update a draft expense (only the fields given; the payee as a whole) */
export type UpdateExpenseInput = {
  /** 金额（分，正整数）/ Amount in fen (whole, greater than 0) */
  amountFen?: string | null | undefined;
  /** 支出类别 / Category */
  category?: ExpenseCategory | null | undefined;
  /** 支出（草稿）/ Expense (a draft) */
  id: string;
  /** 共建事项（null 清除）/ Joint work item (null clears it) */
  jointWorkItemId?: string | null | undefined;
  /** 收款方类型 / Kind of payee */
  payeeKind?: PayeeKind | null | undefined;
  /** 收款方名称（其他）/ Payee's name (other) */
  payeeName?: string | null | undefined;
  /** 收款人（个人）/ Payee person */
  payeePersonId?: string | null | undefined;
  /** 收款单位（辖区单位）/ Payee unit (a unit of the district) */
  payeeUnitId?: string | null | undefined;
  /** 用途 / Purpose */
  purpose?: string | null | undefined;
  /** 支出日期 / Date */
  spentOn?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
  /** 新凭证附件 / New voucher file */
  voucherFile?: VoucherFileInput | null | undefined;
  /** 凭证号 / Voucher number */
  voucherNumber?: string | null | undefined;
};

/** 修改经费方案草稿（只写给出的字段）/ Update a draft plan (only the fields given) */
export type UpdateFundingPlanInput = {
  /** 预算（分，非负整数）/ Budget in fen (whole, not negative) */
  budgetFen?: string | null | undefined;
  /** 经费方案 / Funding plan */
  id: string;
  /** 说明（null 清除）/ Note (null clears it) */
  note?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改未完成的共建事项 / Update an unfinished joint work item */
export type UpdateJointWorkInput = {
  /** 六联类别 / Category */
  category?: JointWorkCategory | null | undefined;
  /** 完成期限 / Deadline */
  deadline?: string | null | undefined;
  /** 内容 / Description */
  description?: string | null | undefined;
  /** 经费来源 / Budget line */
  fundingPlanId?: string | null | undefined;
  /** 共建事项 / Joint work item */
  id: string;
  /** 名称 / Title */
  title?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改已安排的会议（只写给出的字段）/ Update a scheduled meeting (only the fields given) */
export type UpdateMeetingInput = {
  /** 会议 / Meeting */
  id: string;
  /** 地点（null 清除）/ Location (null clears it) */
  location?: string | null | undefined;
  /** 计划时间 / Scheduled at */
  scheduledAt?: string | null | undefined;
  /** 会议名称 / Title */
  title?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改成员单位（双重管理的只能改参与事项）/ Update a membership (for dual-managed members, participation fields only) */
export type UpdateMembershipInput = {
  /** 加入日期 / Member since */
  fromDate?: string | null | undefined;
  /** 成员单位 / Membership */
  id: string;
  /** 可共享资源 / Resources offered */
  resourcesOffered?: string | null | undefined;
  /** 共建职责 / Responsibilities in joint building */
  responsibilities?: string | null | undefined;
  /** 服务承诺 / Service commitments */
  serviceCommitments?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改党组织（不含隶属关系）/ Update an organisation (not its affiliation) */
export type UpdateOrganizationInput = {
  /** 党组织 / Organisation */
  id: string;
  /** 层级 / Level */
  level?: OrgLevel | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 党员人数 / Party members */
  partyMemberCount?: number | null | undefined;
  /** 书记姓名 / Secretary's name */
  secretaryName?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改人员基本情况（只写给出的字段，null 清除可选字段）/ Update a person (only the fields given; null clears an optional one) */
export type UpdatePersonInput = {
  /** 出生年份 / Year of birth */
  birthYear?: number | null | undefined;
  /** 性别 / Gender */
  gender?: Gender | null | undefined;
  /** 人员 / Person */
  id: string;
  /** 是否党员 / Party member */
  isPartyMember?: boolean | null | undefined;
  /** 姓名 / Name */
  name?: string | null | undefined;
  /** 入党日期（仅党员）/ Joined the party on (members only) */
  partyJoinedOn?: string | null | undefined;
  /** 职务 / Position */
  position?: string | null | undefined;
  /** 居住地社区 / Community of residence */
  residenceCommunityId?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
  /** 未登记单位的统一社会信用代码 / Unified social credit code of the unregistered employer */
  workplaceCreditCode?: string | null | undefined;
  /** 外区党组织所在区代码（6位）/ District code of that organisation (6 digits) */
  workplaceDistrictCode?: string | null | undefined;
  /** 未登记单位名称 / Name of the unregistered employer */
  workplaceEmployerName?: string | null | undefined;
  /** 外区党组织代码（外区党组织）/ Organisation code (organisation of another district) */
  workplaceExternalCode?: string | null | undefined;
  /** 工作单位类型（缺省：给出工作单位党组织时为本区党组织）/ Kind of workplace (default: ORGANIZATION when an organisation is given) */
  workplaceKind?: WorkplaceKind | null | undefined;
  /** 工作单位党组织（本区任一街道；给出任一工作单位字段即整体替换）/ Workplace party organisation (any street of the district; any workplace field given replaces the whole workplace) */
  workplaceOrganizationId?: string | null | undefined;
};

/** 修改人员的个人信息（只写给出的字段）/ Update a person's personal data (only the fields given) */
export type UpdatePersonPrivateInput = {
  /** 家庭住址（null 清除）/ Home address (null clears it) */
  homeAddress?: string | null | undefined;
  /** 身份证号 / ID number */
  idNumber?: string | null | undefined;
  /** 人员 / Person */
  personId: string;
  /** 手机号（null 清除）/ Phone (null clears it) */
  phone?: string | null | undefined;
  /** 个人信息记录所依据的版本号 / Version of the personal data record the change is based on */
  version: number;
};

/** 修改街道 / Update a street */
export type UpdateStreetInput = {
  /** 街道 / Street */
  id: string;
  /** 名称 / Name */
  name: string;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改驻区单位（只写给出的字段）/ Update a unit (only the fields given) */
export type UpdateUnitInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 联系邮箱 / Contact email */
  contactEmail?: string | null | undefined;
  /** 联络人 / Contact person */
  contactName?: string | null | undefined;
  /** 联系电话 / Contact phone */
  contactPhone?: string | null | undefined;
  /** 职工人数 / Employees */
  employeeCount?: number | null | undefined;
  /** 单位 / Unit */
  id: string;
  /** 单位类型（改变时其党组织的管理方式随之重算）/ Kind (its organisations' management mode is recomputed on a change) */
  kind?: UnitKind | null | undefined;
  /** 单位名称 / Name */
  name?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 修改志愿服务队（只写给出的字段）/ Update a volunteer team (only the fields given) */
export type UpdateVolunteerTeamInput = {
  /** 成立日期（null 清除）/ Founded on (null clears it) */
  foundedOn?: string | null | undefined;
  /** 服务队 / Team */
  id: string;
  /** 类型 / Kind */
  kind?: VolunteerTeamKind | null | undefined;
  /** 队长（null 清除）/ Leader (null clears it) */
  leaderId?: string | null | undefined;
  /** 名称 / Name */
  name?: string | null | undefined;
  /** 所依据的版本号 / Version the change is based on */
  version: number;
};

/** 志愿服务活动 / Volunteer activities筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type VolunteerActivityFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 活动日期范围 / Held between */
  heldOn?: DateTimeFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 服务队 / Team */
  teamId?: IdFilter | null | undefined;
  /** 活动名称 / Title */
  title?: StringFilter | null | undefined;
};

/** 志愿服务活动 / Volunteer activities排序 / Ordering */
export type VolunteerActivityOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: VolunteerActivityOrderField;
};

/** 志愿服务活动 / Volunteer activities排序字段 / Sortable fields */
export type VolunteerActivityOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 heldOn 排序 / Order by heldOn */
  | 'HELD_ON'
  /** 按 participantCount 排序 / Order by participantCount */
  | 'PARTICIPANT_COUNT'
  /** 按 serviceHours 排序 / Order by serviceHours */
  | 'SERVICE_HOURS'
  /** 按 title 排序 / Order by title */
  | 'TITLE'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 志愿服务队 / Volunteer teams筛选条件（各条件同时满足）/ Filter (all conditions apply) */
export type VolunteerTeamFilter = {
  /** 大党委 / Committee */
  committeeId?: IdFilter | null | undefined;
  /** 已解散 / Ended */
  endedAt?: PresenceFilter | null | undefined;
  /** ID */
  id?: IdFilter | null | undefined;
  /** 类型 / Kind */
  kind?: VolunteerTeamKindFilter | null | undefined;
  /** 队长 / Leader */
  leaderId?: IdFilter | null | undefined;
  /** 名称 / Name */
  name?: StringFilter | null | undefined;
};

/** 志愿服务队类型 / Kind of volunteer team */
export type VolunteerTeamKind =
  /** 助老助残服务队 / Help for the elderly and disabled */
  | 'ELDERLY_DISABLED_ASSISTANCE'
  /** 法律服务队 / Legal service team */
  | 'LEGAL_SERVICE'
  /** 其他 / Other */
  | 'OTHER'
  /** 党员志愿（义工）队伍 / Party-member volunteers */
  | 'PARTY_MEMBER_VOLUNTEERS'
  /** 青年志愿者队伍 / Youth volunteers */
  | 'YOUTH_VOLUNTEERS';

/** VolunteerTeamKind 筛选 / VolunteerTeamKind filter */
export type VolunteerTeamKindFilter = {
  /** 等于 / Equals */
  equals?: VolunteerTeamKind | null | undefined;
  /** 属于 / One of */
  in?: Array<VolunteerTeamKind> | null | undefined;
};

/** 志愿服务队 / Volunteer teams排序 / Ordering */
export type VolunteerTeamOrderBy = {
  /** 方向 / Direction */
  direction?: SortDirection;
  /** 字段 / Field */
  field: VolunteerTeamOrderField;
};

/** 志愿服务队 / Volunteer teams排序字段 / Sortable fields */
export type VolunteerTeamOrderField =
  /** 按 createdAt 排序 / Order by createdAt */
  | 'CREATED_AT'
  /** 按 endedAt 排序 / Order by endedAt */
  | 'ENDED_AT'
  /** 按 foundedOn 排序 / Order by foundedOn */
  | 'FOUNDED_ON'
  /** 按 kind 排序 / Order by kind */
  | 'KIND'
  /** 按 name 排序 / Order by name */
  | 'NAME'
  /** 按 updatedAt 排序 / Order by updatedAt */
  | 'UPDATED_AT';

/** 表决意见 / Vote */
export type VoteChoice =
  /** 弃权 / Abstain */
  | 'ABSTAIN'
  /** 反对 / Against */
  | 'AGAINST'
  /** 赞成 / For */
  | 'FOR';

/** 一名出席委员的表决意见 / One present seat holder's vote */
export type VoteInput = {
  /** 赞成、反对或弃权 / For, against or abstain */
  choice: VoteChoice;
  /** 委员（须出席会议）/ Seat holder (present) */
  personId: string;
};

/** 凭证附件（PDF、Word、ODT、纯文本、JPEG、PNG，最大 2 MB，base64）/ Voucher file (PDF, Word, ODT, plain text, JPEG, PNG; at most 2 MB; base64) */
export type VoucherFileInput = {
  /** 文件内容（base64）/ Content (base64) */
  base64: string;
  /** MIME 类型 / Content type */
  contentType: string;
  /** 文件名 / File name */
  name: string;
};

/** 工作单位类型 / Kind of workplace */
export type WorkplaceKind =
  /** 外区党组织 / Party organisation in another district */
  | 'EXTERNAL_ORGANIZATION'
  /** 本区党组织 / Party organisation in this district */
  | 'ORGANIZATION'
  /** 未登记单位 / Unregistered employer */
  | 'UNREGISTERED_EMPLOYER';

/** WorkplaceKind 筛选 / WorkplaceKind filter */
export type WorkplaceKindFilter = {
  /** 等于 / Equals */
  equals?: WorkplaceKind | null | undefined;
  /** 属于 / One of */
  in?: Array<WorkplaceKind> | null | undefined;
};

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { id: string | null, name: string | null, readOnly: boolean, impersonatedBy: string | null, rules: unknown, grants: Array<{ role: Role, districtId: string | null, streetId: string | null, committeeId: string | null, unitId: string | null, organizationCode: string | null }> } };

export type ConsoleDemoPersonasQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDemoPersonasQuery = { demoPersonas: Array<{ role: string, labelZh: string, labelEn: string, token: string }> };

export type ConsoleExplainAccessQueryVariables = Exact<{
  action: string;
  subject: string;
  id?: string | null | undefined;
  field?: string | null | undefined;
}>;


export type ConsoleExplainAccessQuery = { explainAccess: { allowed: boolean, reasonZh: string, reasonEn: string, rule: unknown, grant: { role: Role } | null } };

export type ConsoleExplainAccessManyQueryVariables = Exact<{
  questions: Array<AccessQuestion> | AccessQuestion;
}>;


export type ConsoleExplainAccessManyQuery = { explainAccessMany: Array<{ allowed: boolean, reasonZh: string, reasonEn: string, rule: unknown, grant: { role: Role } | null }> };

export type ConsoleAuditTrailQueryVariables = Exact<{
  id: string;
  last?: number | null | undefined;
}>;


export type ConsoleAuditTrailQuery = { auditTrail: Array<{ id: string, action: string, actorId: string, actorName: string | null, actorRoles: Array<Role>, at: string, entityType: string, changedFields: Array<string>, before: unknown, after: unknown }> };

export type AssessmentListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: AssessmentFilter | null | undefined;
  orderBy?: Array<AssessmentOrderBy> | AssessmentOrderBy | null | undefined;
}>;


export type AssessmentListQuery = { assessments: { totalCount: number, edges: Array<{ node: { id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type AssessmentOneQueryVariables = Exact<{
  id: string;
}>;


export type AssessmentOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment', id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, points: number | null, score: string | null, remarks: string | null, assessedAt: string | null, notifiedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null, seat: { id: string, person: { id: string, name: string | null } | null } | null }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type AssessmentManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type AssessmentManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment', id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type AssessmentExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: AssessmentFilter | null | undefined;
  orderBy?: Array<AssessmentOrderBy> | AssessmentOrderBy | null | undefined;
}>;


export type AssessmentExportQuery = { exportAssessments: { filename: string, contentType: string, base64: string, rowCount: number } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment:
    | { __typename: 'Assessment', id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, points: number | null, score: string | null, remarks: string | null, assessedAt: string | null, notifiedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null, seat: { id: string, person: { id: string, name: string | null } | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type UpdateAssessmentMutationVariables = Exact<{
  input: UpdateAssessmentInput;
}>;


export type UpdateAssessmentMutation = { updateAssessment:
    | { __typename: 'Assessment', id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, points: number | null, score: string | null, remarks: string | null, assessedAt: string | null, notifiedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null, seat: { id: string, person: { id: string, name: string | null } | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type NotifyAssessmentMutationVariables = Exact<{
  input: NotifyAssessmentInput;
}>;


export type NotifyAssessmentMutation = { notifyAssessment:
    | { __typename: 'Assessment', id: string, year: number | null, grade: AssessmentGrade | null, kind: AssessmentKind | null, points: number | null, score: string | null, remarks: string | null, assessedAt: string | null, notifiedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null, seat: { id: string, person: { id: string, name: string | null } | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type CommitteeListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: CommitteeFilter | null | undefined;
  orderBy?: Array<CommitteeOrderBy> | CommitteeOrderBy | null | undefined;
}>;


export type CommitteeListQuery = { committees: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, status: CommitteeStatus | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type CommitteeOneQueryVariables = Exact<{
  id: string;
}>;


export type CommitteeOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null, activeCoverages: Array<{ id: string, active: boolean | null, endedAt: string | null, startedAt: string | null, committee: { id: string, name: string | null } | null, community: { id: string, name: string | null } | null }> | null, coverages: Array<{ id: string, active: boolean | null, endedAt: string | null, startedAt: string | null, committee: { id: string, name: string | null } | null, community: { id: string, name: string | null } | null }> | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type CommitteeManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CommitteeManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, status: CommitteeStatus | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type CommitteeExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: CommitteeFilter | null | undefined;
  orderBy?: Array<CommitteeOrderBy> | CommitteeOrderBy | null | undefined;
}>;


export type CommitteeExportQuery = { exportCommittees: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateCommitteeMutationVariables = Exact<{
  input: CreateCommitteeInput;
}>;


export type CreateCommitteeMutation = { createCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type UpdateCommitteeMutationVariables = Exact<{
  input: UpdateCommitteeInput;
}>;


export type UpdateCommitteeMutation = { updateCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type ApproveCommitteeMutationVariables = Exact<{
  input: CommitteeTransitionInput;
}>;


export type ApproveCommitteeMutation = { approveCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type DissolveCommitteeMutationVariables = Exact<{
  input: DissolveCommitteeInput;
}>;


export type DissolveCommitteeMutation = { dissolveCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type FileCommitteeMutationVariables = Exact<{
  input: FileCommitteeInput;
}>;


export type FileCommitteeMutation = { fileCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type RejectCommitteeMutationVariables = Exact<{
  input: RejectCommitteeInput;
}>;


export type RejectCommitteeMutation = { rejectCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type ReopenCommitteeMutationVariables = Exact<{
  input: CommitteeTransitionInput;
}>;


export type ReopenCommitteeMutation = { reopenCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type SetCoverageMutationVariables = Exact<{
  input: SetCoverageInput;
}>;


export type SetCoverageMutation = { setCoverage:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type SetExpenseThresholdMutationVariables = Exact<{
  input: SetExpenseThresholdInput;
}>;


export type SetExpenseThresholdMutation = { setExpenseThreshold:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type SubmitCommitteeMutationVariables = Exact<{
  input: CommitteeTransitionInput;
}>;


export type SubmitCommitteeMutation = { submitCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type WithdrawCommitteeMutationVariables = Exact<{
  input: CommitteeTransitionInput;
}>;


export type WithdrawCommitteeMutation = { withdrawCommittee:
    | { __typename: 'Committee', id: string, name: string | null, code: string | null, allowedTransitions: Array<CommitteeStatus> | null, kind: CommitteeKind | null, meetingCadence: RegularMeetingCadence | null, missingRulesDocuments: Array<RulesDocumentKind> | null, status: CommitteeStatus | null, expenseThresholdFen: string | null, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, dissolutionReason: string | null, districtCode: string, filingNumber: string | null, rejectionReason: string | null, approvedAt: string | null, dissolvedAt: string | null, filedAt: string | null, rejectedAt: string | null, submittedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, expenseThresholdResolution: { id: string, title: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type CommunityListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: CommunityFilter | null | undefined;
  orderBy?: Array<CommunityOrderBy> | CommunityOrderBy | null | undefined;
}>;


export type CommunityListQuery = { communities: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, code: string | null, households: number | null, population: number | null, version: number | null, street: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type CommunityOneQueryVariables = Exact<{
  id: string;
}>;


export type CommunityOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community', id: string, name: string | null, code: string | null, households: number | null, population: number | null, createdAt: string | null, updatedAt: string | null, version: number | null, street: { id: string, name: string | null } | null }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type CommunityManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CommunityManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community', id: string, name: string | null, code: string | null, households: number | null, population: number | null, version: number | null, street: { id: string, name: string | null } | null }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type CommunityExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: CommunityFilter | null | undefined;
  orderBy?: Array<CommunityOrderBy> | CommunityOrderBy | null | undefined;
}>;


export type CommunityExportQuery = { exportCommunities: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity:
    | { __typename: 'Community', id: string, name: string | null, code: string | null, households: number | null, population: number | null, createdAt: string | null, updatedAt: string | null, version: number | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type UpdateCommunityMutationVariables = Exact<{
  input: UpdateCommunityInput;
}>;


export type UpdateCommunityMutation = { updateCommunity:
    | { __typename: 'Community', id: string, name: string | null, code: string | null, households: number | null, population: number | null, createdAt: string | null, updatedAt: string | null, version: number | null, street: { id: string, name: string | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type ContributionListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: ContributionFilter | null | undefined;
  orderBy?: Array<ContributionOrderBy> | ContributionOrderBy | null | undefined;
}>;


export type ContributionListQuery = { contributions: { totalCount: number, edges: Array<{ node: { id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null } | null } | null> | null } | null };

export type ContributionOneQueryVariables = Exact<{
  id: string;
}>;


export type ContributionOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution', id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ContributionManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ContributionManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution', id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type ContributionExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: ContributionFilter | null | undefined;
  orderBy?: Array<ContributionOrderBy> | ContributionOrderBy | null | undefined;
}>;


export type ContributionExportQuery = { exportContributions: { filename: string, contentType: string, base64: string, rowCount: number } };

export type PledgeContributionMutationVariables = Exact<{
  input: PledgeContributionInput;
}>;


export type PledgeContributionMutation = { pledgeContribution:
    | { __typename: 'Contribution', id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type AcknowledgeContributionMutationVariables = Exact<{
  input: AcknowledgeContributionInput;
}>;


export type AcknowledgeContributionMutation = { acknowledgeContribution:
    | { __typename: 'Contribution', id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type ReceiveContributionMutationVariables = Exact<{
  input: ReceiveContributionInput;
}>;


export type ReceiveContributionMutation = { receiveContribution:
    | { __typename: 'Contribution', id: string, amountFen: string | null, allowedTransitions: Array<ContributionStatus> | null, status: ContributionStatus | null, acknowledgedAt: string | null, pledgedAt: string | null, receivedAt: string | null, version: number | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type ExpenseListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: ExpenseFilter | null | undefined;
  orderBy?: Array<ExpenseOrderBy> | ExpenseOrderBy | null | undefined;
}>;


export type ExpenseListQuery = { expenses: { totalCount: number, edges: Array<{ node: { id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type ExpenseOneQueryVariables = Exact<{
  id: string;
}>;


export type ExpenseOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ExpenseManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExpenseManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type ExpenseExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: ExpenseFilter | null | undefined;
  orderBy?: Array<ExpenseOrderBy> | ExpenseOrderBy | null | undefined;
}>;


export type ExpenseExportQuery = { exportExpenses: { filename: string, contentType: string, base64: string, rowCount: number } };

export type DraftExpenseMutationVariables = Exact<{
  input: DraftExpenseInput;
}>;


export type DraftExpenseMutation = { draftExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type UpdateExpenseMutationVariables = Exact<{
  input: UpdateExpenseInput;
}>;


export type UpdateExpenseMutation = { updateExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type ApproveExpenseMutationVariables = Exact<{
  input: ApproveExpenseInput;
}>;


export type ApproveExpenseMutation = { approveExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type PayExpenseMutationVariables = Exact<{
  input: PayExpenseInput;
}>;


export type PayExpenseMutation = { payExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type RejectExpenseMutationVariables = Exact<{
  input: RejectExpenseInput;
}>;


export type RejectExpenseMutation = { rejectExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type ReverseExpenseMutationVariables = Exact<{
  input: ReverseExpenseInput;
}>;


export type ReverseExpenseMutation = { reverseExpense:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Expense', id: string, allowedTransitions: Array<ExpenseStatus> | null, approvalKind: ExpenseApproval | null, category: ExpenseCategory | null, payeeKind: PayeeKind | null, status: ExpenseStatus | null, amountFen: string | null, approvalThresholdFen: string | null, spentOn: string | null, isReversal: boolean | null, payeeName: string | null, purpose: string | null, voucherNumber: string | null, rejectionReason: string | null, approvedAt: string | null, paidAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, approverPerson: { id: string, name: string | null } | null, jointWorkItem: { id: string, title: string | null } | null, payeePerson: { id: string, name: string | null } | null, payeeUnit: { id: string, name: string | null } | null, plan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, reversal: { id: string, approverPerson: { id: string, name: string | null } | null } | null, reverses: { id: string, approverPerson: { id: string, name: string | null } | null } | null }
   | null };

export type FundingPlanListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: FundingPlanFilter | null | undefined;
  orderBy?: Array<FundingPlanOrderBy> | FundingPlanOrderBy | null | undefined;
}>;


export type FundingPlanListQuery = { fundingPlans: { totalCount: number, edges: Array<{ node: { id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null } | null } | null> | null } | null };

export type FundingPlanOneQueryVariables = Exact<{
  id: string;
}>;


export type FundingPlanOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null, budgetLines: Array<{ id: string, amountFen: string | null, category: ExpenseCategory | null, plan: { id: string, year: number | null } | null }> | null, incomes: Array<{ id: string, amountFen: string | null, channel: FundingChannel | null, note: string | null, receivedOn: string | null, source: string | null, plan: { id: string, year: number | null } | null }> | null, ratios: Array<{ id: string, percent: string | null, membership: { id: string, organization: { id: string, name: string | null } | null } | null, plan: { id: string, year: number | null } | null }> | null }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type FundingPlanManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type FundingPlanManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type FundingPlanExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: FundingPlanFilter | null | undefined;
  orderBy?: Array<FundingPlanOrderBy> | FundingPlanOrderBy | null | undefined;
}>;


export type FundingPlanExportQuery = { exportFundingPlans: { filename: string, contentType: string, base64: string, rowCount: number } };

export type DraftFundingPlanMutationVariables = Exact<{
  input: DraftFundingPlanInput;
}>;


export type DraftFundingPlanMutation = { draftFundingPlan:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type UpdateFundingPlanMutationVariables = Exact<{
  input: UpdateFundingPlanInput;
}>;


export type UpdateFundingPlanMutation = { updateFundingPlan:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type AddFundingIncomeMutationVariables = Exact<{
  input: AddFundingIncomeInput;
}>;


export type AddFundingIncomeMutation = { addFundingIncome:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingIncome', id: string }
   | null };

export type AdoptFundingPlanMutationVariables = Exact<{
  input: AdoptFundingPlanInput;
}>;


export type AdoptFundingPlanMutation = { adoptFundingPlan:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type CloseFundingPlanMutationVariables = Exact<{
  input: CloseFundingPlanInput;
}>;


export type CloseFundingPlanMutation = { closeFundingPlan:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type ReviseFundingPlanMutationVariables = Exact<{
  input: ReviseFundingPlanInput;
}>;


export type ReviseFundingPlanMutation = { reviseFundingPlan:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type SetBudgetLinesMutationVariables = Exact<{
  input: SetBudgetLinesInput;
}>;


export type SetBudgetLinesMutation = { setBudgetLines:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type SetContributionRatiosMutationVariables = Exact<{
  input: SetContributionRatiosInput;
}>;


export type SetContributionRatiosMutation = { setContributionRatios:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'FundingPlan', id: string, year: number | null, allowedTransitions: Array<FundingPlanStatus> | null, status: FundingPlanStatus | null, budgetFen: string | null, revision: number | null, note: string | null, adoptedAt: string | null, closedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, previousPlan: { id: string, year: number | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type JointWorkItemListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: JointWorkItemFilter | null | undefined;
  orderBy?: Array<JointWorkItemOrderBy> | JointWorkItemOrderBy | null | undefined;
}>;


export type JointWorkItemListQuery = { jointWorkItems: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type JointWorkItemOneQueryVariables = Exact<{
  id: string;
}>;


export type JointWorkItemOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null, participants: Array<{ id: string, createdAt: string | null, responsiblePerson: string | null, role: JointWorkRole | null, updatedAt: string | null, item: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null }> | null }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type JointWorkItemManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type JointWorkItemManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type JointWorkItemExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: JointWorkItemFilter | null | undefined;
  orderBy?: Array<JointWorkItemOrderBy> | JointWorkItemOrderBy | null | undefined;
}>;


export type JointWorkItemExportQuery = { exportJointWorkItems: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CloseJointWorkMutationVariables = Exact<{
  input: CloseJointWorkInput;
}>;


export type CloseJointWorkMutation = { closeJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type CompleteJointWorkMutationVariables = Exact<{
  input: CompleteJointWorkInput;
}>;


export type CompleteJointWorkMutation = { completeJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type DropJointWorkMutationVariables = Exact<{
  input: DropJointWorkInput;
}>;


export type DropJointWorkMutation = { dropJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type PutJointWorkOnAgendaMutationVariables = Exact<{
  input: PutJointWorkOnAgendaInput;
}>;


export type PutJointWorkOnAgendaMutation = { putJointWorkOnAgenda:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type StartJointWorkMutationVariables = Exact<{
  input: StartJointWorkInput;
}>;


export type StartJointWorkMutation = { startJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type UpdateJointWorkMutationVariables = Exact<{
  input: UpdateJointWorkInput;
}>;


export type UpdateJointWorkMutation = { updateJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type CreateJointWorkFromResolutionMutationVariables = Exact<{
  input: CreateJointWorkFromResolutionInput;
}>;


export type CreateJointWorkFromResolutionMutation = { createJointWorkFromResolution:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type RaiseJointWorkMutationVariables = Exact<{
  input: RaiseJointWorkInput;
}>;


export type RaiseJointWorkMutation = { raiseJointWork:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkItem', id: string, title: string | null, allowedTransitions: Array<JointWorkStatus> | null, category: JointWorkCategory | null, raisedByKind: JointWorkRaiser | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, dropReason: string | null, raisedByName: string | null, description: string | null, closedAt: string | null, completedAt: string | null, droppedAt: string | null, startedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, closingResolution: { id: string, title: string | null } | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null } | null, originResolution: { id: string, title: string | null } | null }
   | null };

export type JointWorkProgressListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: JointWorkProgressFilter | null | undefined;
  orderBy?: Array<JointWorkProgressOrderBy> | JointWorkProgressOrderBy | null | undefined;
}>;


export type JointWorkProgressListQuery = { jointWorkProgressReports: { totalCount: number, edges: Array<{ node: { id: string, percent: number | null, reportedOn: string | null, version: number | null, item: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type JointWorkProgressOneQueryVariables = Exact<{
  id: string;
}>;


export type JointWorkProgressOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress', id: string, percent: number | null, reportedOn: string | null, text: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, item: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type JointWorkProgressManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type JointWorkProgressManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress', id: string, percent: number | null, reportedOn: string | null, version: number | null, item: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type JointWorkProgressExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: JointWorkProgressFilter | null | undefined;
  orderBy?: Array<JointWorkProgressOrderBy> | JointWorkProgressOrderBy | null | undefined;
}>;


export type JointWorkProgressExportQuery = { exportJointWorkProgressReports: { filename: string, contentType: string, base64: string, rowCount: number } };

export type ReportJointWorkProgressMutationVariables = Exact<{
  input: ReportJointWorkProgressInput;
}>;


export type ReportJointWorkProgressMutation = { reportJointWorkProgress:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'JointWorkProgress', id: string, percent: number | null, reportedOn: string | null, text: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, item: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null }
   | null };

export type MeetingListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: MeetingFilter | null | undefined;
  orderBy?: Array<MeetingOrderBy> | MeetingOrderBy | null | undefined;
}>;


export type MeetingListQuery = { meetings: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, heldAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type MeetingOneQueryVariables = Exact<{
  id: string;
}>;


export type MeetingOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null, agendaItems: Array<{ id: string, description: string | null, position: number | null, subjectArea: SubjectArea | null, title: string | null, meeting: { id: string, title: string | null } | null }> | null, attendances: Array<{ id: string, note: string | null, status: AttendanceStatus | null, meeting: { id: string, title: string | null } | null, person: { id: string, name: string | null } | null }> | null, attendees: Array<{ id: string, createdAt: string | null, representativeName: string | null, representativePost: string | null, updatedAt: string | null, meeting: { id: string, title: string | null } | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null }> | null }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type MeetingManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MeetingManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, heldAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type MeetingExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: MeetingFilter | null | undefined;
  orderBy?: Array<MeetingOrderBy> | MeetingOrderBy | null | undefined;
}>;


export type MeetingExportQuery = { exportMeetings: { filename: string, contentType: string, base64: string, rowCount: number } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
   | null };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem:
    | { __typename: 'AgendaItem', id: string }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
   | null };

export type AddMeetingAttendeeMutationVariables = Exact<{
  input: AddMeetingAttendeeInput;
}>;


export type AddMeetingAttendeeMutation = { addMeetingAttendee:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'MeetingAttendee', id: string }
   | null };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { cancelMeeting:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
   | null };

export type RecordMeetingHeldMutationVariables = Exact<{
  input: RecordMeetingHeldInput;
}>;


export type RecordMeetingHeldMutation = { recordMeetingHeld:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
   | null };

export type ScheduleCoordinationMeetingMutationVariables = Exact<{
  input: ScheduleCoordinationMeetingInput;
}>;


export type ScheduleCoordinationMeetingMutation = { scheduleCoordinationMeeting:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
   | null };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Meeting', id: string, title: string | null, kind: MeetingKind | null, status: MeetingStatus | null, location: string | null, minutes: string | null, heldAt: string | null, scheduledAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, street: { id: string, name: string | null } | null }
   | null };

export type MembershipListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: MembershipFilter | null | undefined;
  orderBy?: Array<MembershipOrderBy> | MembershipOrderBy | null | undefined;
}>;


export type MembershipListQuery = { memberships: { totalCount: number, edges: Array<{ node: { id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type MembershipOneQueryVariables = Exact<{
  id: string;
}>;


export type MembershipOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership', id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, resourcesOffered: string | null, responsibilities: string | null, serviceCommitments: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type MembershipManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MembershipManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership', id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type MembershipExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: MembershipFilter | null | undefined;
  orderBy?: Array<MembershipOrderBy> | MembershipOrderBy | null | undefined;
}>;


export type MembershipExportQuery = { exportMemberships: { filename: string, contentType: string, base64: string, rowCount: number } };

export type AddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type AddMembershipMutation = { addMembership:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Membership', id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, resourcesOffered: string | null, responsibilities: string | null, serviceCommitments: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null }
   | null };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { updateMembership:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Membership', id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, resourcesOffered: string | null, responsibilities: string | null, serviceCommitments: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null }
   | null };

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type EndMembershipMutation = { endMembership:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Membership', id: string, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, active: boolean | null, resourcesOffered: string | null, responsibilities: string | null, serviceCommitments: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, organization: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null }
   | null };

export type PartyOrganizationListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: PartyOrganizationFilter | null | undefined;
  orderBy?: Array<PartyOrganizationOrderBy> | PartyOrganizationOrderBy | null | undefined;
}>;


export type PartyOrganizationListQuery = { organizations: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type PartyOrganizationOneQueryVariables = Exact<{
  id: string;
}>;


export type PartyOrganizationOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, partyMemberCount: number | null, secretaryName: string | null, superiorDistrictCode: string | null, superiorExternalCode: string | null, superiorExternalName: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type PartyOrganizationManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PartyOrganizationManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type PartyOrganizationExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: PartyOrganizationFilter | null | undefined;
  orderBy?: Array<PartyOrganizationOrderBy> | PartyOrganizationOrderBy | null | undefined;
}>;


export type PartyOrganizationExportQuery = { exportOrganizations: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, partyMemberCount: number | null, secretaryName: string | null, superiorDistrictCode: string | null, superiorExternalCode: string | null, superiorExternalName: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
   | null };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, partyMemberCount: number | null, secretaryName: string | null, superiorDistrictCode: string | null, superiorExternalCode: string | null, superiorExternalName: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
   | null };

export type ChangeAffiliationMutationVariables = Exact<{
  input: ChangeAffiliationInput;
}>;


export type ChangeAffiliationMutation = { changeAffiliation:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, partyMemberCount: number | null, secretaryName: string | null, superiorDistrictCode: string | null, superiorExternalCode: string | null, superiorExternalName: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
   | null };

export type EndOrganizationMutationVariables = Exact<{
  input: EndRecordInput;
}>;


export type EndOrganizationMutation = { endOrganization:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'PartyOrganization', id: string, name: string | null, code: string | null, level: OrgLevel | null, managementMode: ManagementMode | null, partyMemberCount: number | null, secretaryName: string | null, superiorDistrictCode: string | null, superiorExternalCode: string | null, superiorExternalName: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null, superior: { id: string, name: string | null } | null, unit: { id: string, name: string | null } | null }
   | null };

export type PersonListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: Array<PersonOrderBy> | PersonOrderBy | null | undefined;
}>;


export type PersonListQuery = { persons: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type PersonOneQueryVariables = Exact<{
  id: string;
}>;


export type PersonOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, isPartyMember: boolean | null, homeAddress: string | null, idNumber: string | null, phone: string | null, position: string | null, workplaceCreditCode: string | null, workplaceDistrictCode: string | null, workplaceEmployerName: string | null, workplaceExternalCode: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type PersonManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PersonManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type PersonExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: PersonFilter | null | undefined;
  orderBy?: Array<PersonOrderBy> | PersonOrderBy | null | undefined;
}>;


export type PersonExportQuery = { exportPersons: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, isPartyMember: boolean | null, homeAddress: string | null, idNumber: string | null, phone: string | null, position: string | null, workplaceCreditCode: string | null, workplaceDistrictCode: string | null, workplaceEmployerName: string | null, workplaceExternalCode: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
   | null };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, isPartyMember: boolean | null, homeAddress: string | null, idNumber: string | null, phone: string | null, position: string | null, workplaceCreditCode: string | null, workplaceDistrictCode: string | null, workplaceEmployerName: string | null, workplaceExternalCode: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
   | null };

export type EndPersonMutationVariables = Exact<{
  input: EndPersonInput;
}>;


export type EndPersonMutation = { endPerson:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, isPartyMember: boolean | null, homeAddress: string | null, idNumber: string | null, phone: string | null, position: string | null, workplaceCreditCode: string | null, workplaceDistrictCode: string | null, workplaceEmployerName: string | null, workplaceExternalCode: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
   | null };

export type UpdatePersonPrivateMutationVariables = Exact<{
  input: UpdatePersonPrivateInput;
}>;


export type UpdatePersonPrivateMutation = { updatePersonPrivate:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Person', id: string, name: string | null, gender: Gender | null, workplaceKind: WorkplaceKind | null, birthYear: number | null, partyJoinedOn: string | null, isPartyMember: boolean | null, homeAddress: string | null, idNumber: string | null, phone: string | null, position: string | null, workplaceCreditCode: string | null, workplaceDistrictCode: string | null, workplaceEmployerName: string | null, workplaceExternalCode: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, residenceCommunity: { id: string, name: string | null } | null, workplaceOrganization: { id: string, name: string | null } | null }
   | null };

export type ResolutionListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: ResolutionFilter | null | undefined;
  orderBy?: Array<ResolutionOrderBy> | ResolutionOrderBy | null | undefined;
}>;


export type ResolutionListQuery = { resolutions: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, number: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, version: number | null, agendaItem: { id: string, title: string | null } | null, meeting: { id: string, title: string | null } | null, reportedAtMeeting: { id: string, title: string | null } | null } | null } | null> | null } | null };

export type ResolutionOneQueryVariables = Exact<{
  id: string;
}>;


export type ResolutionOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution', id: string, title: string | null, number: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, votesAbstain: number | null, votesAgainst: number | null, votesFor: number | null, reportOverdue: boolean | null, text: string | null, adoptedAt: string | null, reportedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, meeting: { id: string, title: string | null } | null, reportedAtMeeting: { id: string, title: string | null } | null, consultations: Array<{ id: string, createdAt: string | null, position: string | null, updatedAt: string | null, organization: { id: string, name: string | null } | null, resolution: { id: string, title: string | null } | null }> | null, votes: Array<{ id: string, choice: VoteChoice | null, createdAt: string | null, updatedAt: string | null, person: { id: string, name: string | null } | null, resolution: { id: string, title: string | null } | null }> | null }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ResolutionManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ResolutionManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution', id: string, title: string | null, number: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, version: number | null, agendaItem: { id: string, title: string | null } | null, meeting: { id: string, title: string | null } | null, reportedAtMeeting: { id: string, title: string | null } | null }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type ResolutionExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: ResolutionFilter | null | undefined;
  orderBy?: Array<ResolutionOrderBy> | ResolutionOrderBy | null | undefined;
}>;


export type ResolutionExportQuery = { exportResolutions: { filename: string, contentType: string, base64: string, rowCount: number } };

export type AdoptResolutionMutationVariables = Exact<{
  input: AdoptResolutionInput;
}>;


export type AdoptResolutionMutation = { adoptResolution:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Resolution', id: string, title: string | null, number: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, votesAbstain: number | null, votesAgainst: number | null, votesFor: number | null, reportOverdue: boolean | null, text: string | null, adoptedAt: string | null, reportedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, meeting: { id: string, title: string | null } | null, reportedAtMeeting: { id: string, title: string | null } | null }
   | null };

export type ReportUrgentResolutionMutationVariables = Exact<{
  input: ReportUrgentResolutionInput;
}>;


export type ReportUrgentResolutionMutation = { reportUrgentResolution:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Resolution', id: string, title: string | null, number: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, votesAbstain: number | null, votesAgainst: number | null, votesFor: number | null, reportOverdue: boolean | null, text: string | null, adoptedAt: string | null, reportedAt: string | null, version: number | null, agendaItem: { id: string, title: string | null } | null, meeting: { id: string, title: string | null } | null, reportedAtMeeting: { id: string, title: string | null } | null }
   | null };

export type RulesDocumentListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: RulesDocumentFilter | null | undefined;
  orderBy?: Array<RulesDocumentOrderBy> | RulesDocumentOrderBy | null | undefined;
}>;


export type RulesDocumentListQuery = { rulesDocuments: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, kind: RulesDocumentKind | null, revision: number | null, version: number | null, committee: { id: string, name: string | null } | null, next: { id: string, title: string | null } | null, previous: { id: string, title: string | null } | null, resolution: { id: string, title: string | null } | null } | null } | null> | null } | null };

export type RulesDocumentOneQueryVariables = Exact<{
  id: string;
}>;


export type RulesDocumentOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument', id: string, title: string | null, kind: RulesDocumentKind | null, revision: number | null, effectiveOn: string | null, current: boolean | null, text: string | null, supersededAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, next: { id: string, title: string | null } | null, previous: { id: string, title: string | null } | null, resolution: { id: string, title: string | null } | null }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type RulesDocumentManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RulesDocumentManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument', id: string, title: string | null, kind: RulesDocumentKind | null, revision: number | null, version: number | null, committee: { id: string, name: string | null } | null, next: { id: string, title: string | null } | null, previous: { id: string, title: string | null } | null, resolution: { id: string, title: string | null } | null }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type RulesDocumentExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: RulesDocumentFilter | null | undefined;
  orderBy?: Array<RulesDocumentOrderBy> | RulesDocumentOrderBy | null | undefined;
}>;


export type RulesDocumentExportQuery = { exportRulesDocuments: { filename: string, contentType: string, base64: string, rowCount: number } };

export type RecordRulesDocumentMutationVariables = Exact<{
  input: RecordRulesDocumentInput;
}>;


export type RecordRulesDocumentMutation = { recordRulesDocument:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'RulesDocument', id: string, title: string | null, kind: RulesDocumentKind | null, revision: number | null, effectiveOn: string | null, current: boolean | null, text: string | null, supersededAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, next: { id: string, title: string | null } | null, previous: { id: string, title: string | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type ReviseRulesDocumentMutationVariables = Exact<{
  input: ReviseRulesDocumentInput;
}>;


export type ReviseRulesDocumentMutation = { reviseRulesDocument:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'RulesDocument', id: string, title: string | null, kind: RulesDocumentKind | null, revision: number | null, effectiveOn: string | null, current: boolean | null, text: string | null, supersededAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, next: { id: string, title: string | null } | null, previous: { id: string, title: string | null } | null, resolution: { id: string, title: string | null } | null }
   | null };

export type SeatListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: SeatFilter | null | undefined;
  orderBy?: Array<SeatOrderBy> | SeatOrderBy | null | undefined;
}>;


export type SeatListQuery = { seats: { totalCount: number, edges: Array<{ node: { id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type SeatOneQueryVariables = Exact<{
  id: string;
}>;


export type SeatOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null, attestations: Array<{ id: string, attestedAt: string | null, attestedBy: string | null, evidence: string | null, qualification: Qualification | null, seat: { id: string, person: { id: string, name: string | null } | null } | null }> | null }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type SeatManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SeatManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type SeatExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: SeatFilter | null | undefined;
  orderBy?: Array<SeatOrderBy> | SeatOrderBy | null | undefined;
}>;


export type SeatExportQuery = { exportSeats: { filename: string, contentType: string, base64: string, rowCount: number } };

export type NominateSeatMutationVariables = Exact<{
  input: NominateSeatInput;
}>;


export type NominateSeatMutation = { nominateSeat:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
   | null };

export type ApproveSeatMutationVariables = Exact<{
  input: SeatTransitionInput;
}>;


export type ApproveSeatMutation = { approveSeat:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
   | null };

export type EndSeatMutationVariables = Exact<{
  input: SeatTransitionInput;
}>;


export type EndSeatMutation = { endSeat:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
   | null };

export type FileSeatMutationVariables = Exact<{
  input: SeatTransitionInput;
}>;


export type FileSeatMutation = { fileSeat:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
   | null };

export type RejectSeatMutationVariables = Exact<{
  input: RejectSeatInput;
}>;


export type RejectSeatMutation = { rejectSeat:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Seat', id: string, allowedTransitions: Array<SeatStatus> | null, production: SeatProduction | null, role: SeatRole | null, status: SeatStatus | null, congressDate: string | null, termStart: string | null, termEnd: string | null, nominatedByViewer: boolean | null, congressReference: string | null, rejectionReason: string | null, approvedAt: string | null, endedAt: string | null, filedAt: string | null, nominatedAt: string | null, rejectedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, person: { id: string, name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null }
   | null };

export type StreetListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: StreetFilter | null | undefined;
  orderBy?: Array<StreetOrderBy> | StreetOrderBy | null | undefined;
}>;


export type StreetListQuery = { streets: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, code: string | null, coordinationMeetingHeld: boolean | null, version: number | null, district: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type StreetOneQueryVariables = Exact<{
  id: string;
}>;


export type StreetOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street', id: string, name: string | null, code: string | null, coordinationMeetingHeld: boolean | null, createdAt: string | null, updatedAt: string | null, version: number | null, district: { id: string, name: string | null } | null }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type StreetManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type StreetManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street', id: string, name: string | null, code: string | null, coordinationMeetingHeld: boolean | null, version: number | null, district: { id: string, name: string | null } | null }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type StreetExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: StreetFilter | null | undefined;
  orderBy?: Array<StreetOrderBy> | StreetOrderBy | null | undefined;
}>;


export type StreetExportQuery = { exportStreets: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateStreetMutationVariables = Exact<{
  input: CreateStreetInput;
}>;


export type CreateStreetMutation = { createStreet:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Street', id: string, name: string | null, code: string | null, coordinationMeetingHeld: boolean | null, createdAt: string | null, updatedAt: string | null, version: number | null, district: { id: string, name: string | null } | null }
   | null };

export type UpdateStreetMutationVariables = Exact<{
  input: UpdateStreetInput;
}>;


export type UpdateStreetMutation = { updateStreet:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Street', id: string, name: string | null, code: string | null, coordinationMeetingHeld: boolean | null, createdAt: string | null, updatedAt: string | null, version: number | null, district: { id: string, name: string | null } | null }
   | null };

export type UnitListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: UnitFilter | null | undefined;
  orderBy?: Array<UnitOrderBy> | UnitOrderBy | null | undefined;
}>;


export type UnitListQuery = { units: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, version: number | null, community: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type UnitOneQueryVariables = Exact<{
  id: string;
}>;


export type UnitOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit', id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, contactName: string | null, contactPhone: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type UnitManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type UnitManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit', id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, version: number | null, community: { id: string, name: string | null } | null }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type UnitExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: UnitFilter | null | undefined;
  orderBy?: Array<UnitOrderBy> | UnitOrderBy | null | undefined;
}>;


export type UnitExportQuery = { exportUnits: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Unit', id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, contactName: string | null, contactPhone: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null }
   | null };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Unit', id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, contactName: string | null, contactPhone: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null }
   | null };

export type EndUnitMutationVariables = Exact<{
  input: EndRecordInput;
}>;


export type EndUnitMutation = { endUnit:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'Unit', id: string, name: string | null, creditCode: string | null, kind: UnitKind | null, employeeCount: number | null, address: string | null, contactEmail: string | null, contactName: string | null, contactPhone: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, community: { id: string, name: string | null } | null }
   | null };

export type VolunteerActivityListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: VolunteerActivityFilter | null | undefined;
  orderBy?: Array<VolunteerActivityOrderBy> | VolunteerActivityOrderBy | null | undefined;
}>;


export type VolunteerActivityListQuery = { volunteerActivities: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, participantCount: number | null, serviceHours: string | null, heldOn: string | null, location: string | null, version: number | null, team: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type VolunteerActivityOneQueryVariables = Exact<{
  id: string;
}>;


export type VolunteerActivityOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity', id: string, title: string | null, participantCount: number | null, serviceHours: string | null, heldOn: string | null, location: string | null, description: string | null, version: number | null, team: { id: string, name: string | null } | null }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type VolunteerActivityManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type VolunteerActivityManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity', id: string, title: string | null, participantCount: number | null, serviceHours: string | null, heldOn: string | null, location: string | null, version: number | null, team: { id: string, name: string | null } | null }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type VolunteerActivityExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: VolunteerActivityFilter | null | undefined;
  orderBy?: Array<VolunteerActivityOrderBy> | VolunteerActivityOrderBy | null | undefined;
}>;


export type VolunteerActivityExportQuery = { exportVolunteerActivities: { filename: string, contentType: string, base64: string, rowCount: number } };

export type RecordVolunteerActivityMutationVariables = Exact<{
  input: RecordVolunteerActivityInput;
}>;


export type RecordVolunteerActivityMutation = { recordVolunteerActivity:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'VolunteerActivity', id: string, title: string | null, participantCount: number | null, serviceHours: string | null, heldOn: string | null, location: string | null, description: string | null, version: number | null, team: { id: string, name: string | null } | null }
   | null };

export type VolunteerTeamListQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: VolunteerTeamFilter | null | undefined;
  orderBy?: Array<VolunteerTeamOrderBy> | VolunteerTeamOrderBy | null | undefined;
}>;


export type VolunteerTeamListQuery = { volunteerTeams: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null } | null } | null> | null } | null };

export type VolunteerTeamOneQueryVariables = Exact<{
  id: string;
}>;


export type VolunteerTeamOneQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam', id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null, members: Array<{ id: string, joinedOn: string | null, leftOn: string | null, person: { id: string, name: string | null } | null, team: { id: string, name: string | null } | null }> | null }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type VolunteerTeamManyQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type VolunteerTeamManyQuery = { nodes: Array<
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam', id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null }
    | { __typename: 'VolunteerTeamMember' }
   | null> };

export type VolunteerTeamExportQueryVariables = Exact<{
  format: FileFormat;
  filter?: VolunteerTeamFilter | null | undefined;
  orderBy?: Array<VolunteerTeamOrderBy> | VolunteerTeamOrderBy | null | undefined;
}>;


export type VolunteerTeamExportQuery = { exportVolunteerTeams: { filename: string, contentType: string, base64: string, rowCount: number } };

export type CreateVolunteerTeamMutationVariables = Exact<{
  input: CreateVolunteerTeamInput;
}>;


export type CreateVolunteerTeamMutation = { createVolunteerTeam:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'VolunteerTeam', id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null }
   | null };

export type UpdateVolunteerTeamMutationVariables = Exact<{
  input: UpdateVolunteerTeamInput;
}>;


export type UpdateVolunteerTeamMutation = { updateVolunteerTeam:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'VolunteerTeam', id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null }
   | null };

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;


export type AddTeamMemberMutation = { addTeamMember:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'VolunteerTeamMember', id: string }
   | null };

export type EndVolunteerTeamMutationVariables = Exact<{
  input: EndVolunteerTeamInput;
}>;


export type EndVolunteerTeamMutation = { endVolunteerTeam:
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, allowed: Array<string>, errorCode: ErrorCode }
    | { __typename: 'VolunteerTeam', id: string, name: string | null, kind: VolunteerTeamKind | null, activeMemberCount: number | null, totalServiceHours: string | null, foundedOn: string | null, endedAt: string | null, createdAt: string | null, updatedAt: string | null, version: number | null, committee: { id: string, name: string | null } | null, leader: { id: string, name: string | null } | null }
   | null };

export type ScreensCommitteeQueryVariables = Exact<{
  id: string;
}>;


export type ScreensCommitteeQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', code: string | null, name: string | null, kind: CommitteeKind | null, termStart: string | null, termEnd: string | null, filingNumber: string | null, rejectionReason: string | null, dissolutionReason: string | null, dissolvedOn: string | null, id: string, version: number | null, status: CommitteeStatus | null, allowedTransitions: Array<CommitteeStatus> | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, street: { id: string, name: string | null } | null, activeCoverages: Array<{ id: string, community: { id: string, name: string | null, code: string | null } | null }> | null, memberships: Array<{ id: string, active: boolean | null, managementMode: ManagementMode | null, fromDate: string | null, toDate: string | null, version: number | null, organization: { id: string, name: string | null, code: string | null, managementMode: ManagementMode | null, endedAt: string | null, superiorExternalName: string | null, unit: { id: string, name: string | null } | null, superior: { name: string | null } | null } | null }> | null, seats: Array<{ role: SeatRole | null, production: SeatProduction | null, congressDate: string | null, congressReference: string | null, id: string, version: number | null, status: SeatStatus | null, allowedTransitions: Array<SeatStatus> | null, nominatedByViewer: boolean | null, person: { id: string, name: string | null } | null, sourceOrganization: { id: string, name: string | null } | null, committee: { id: string } | null }> | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensCandidatesQueryVariables = Exact<{
  c: Array<string> | string;
}>;


export type ScreensCandidatesQuery = { organizations: { edges: Array<{ node: { id: string, name: string | null, code: string | null, managementMode: ManagementMode | null, endedAt: string | null, superiorExternalName: string | null, community: { id: string, name: string | null } | null, superior: { name: string | null } | null } | null } | null> | null } | null, units: { edges: Array<{ node: { id: string, name: string | null, community: { id: string, name: string | null } | null, organizations: Array<{ id: string, name: string | null, code: string | null, managementMode: ManagementMode | null, endedAt: string | null, superiorExternalName: string | null, superior: { name: string | null } | null }> | null } | null } | null> | null } | null };

export type ScreensSourcePersonsQueryVariables = Exact<{
  o: string;
}>;


export type ScreensSourcePersonsQuery = { persons: { edges: Array<{ node: { id: string, name: string | null, position: string | null } | null } | null> | null } | null };

export type ScreensJointSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreensJointSetupQuery = { streets: { edges: Array<{ node: { id: string, name: string | null, communities: Array<{ id: string, name: string | null, code: string | null, population: number | null, neighbours: Array<{ id: string, name: string | null }> | null }> | null } | null } | null> | null } | null, committees: { edges: Array<{ node: { id: string, name: string | null, activeCoverages: Array<{ community: { id: string } | null }> | null } | null } | null> | null } | null };

export type ScreensDissolutionPreviewQueryVariables = Exact<{
  id: string;
}>;


export type ScreensDissolutionPreviewQuery = { dissolutionPreview: { coverages: number, memberships: number, seats: number, volunteerTeams: number, scheduledMeetings: number, adoptedPlans: number } };

export type ScreensDeleteCommitteeMutationVariables = Exact<{
  input: CommitteeTransitionInput;
}>;


export type ScreensDeleteCommitteeMutation = { deleteCommittee:
    | { __typename: 'DeletedCommittee', id: string, name: string }
    | { __typename: 'DomainError', field: string | null, messageZh: string, messageEn: string, errorCode: ErrorCode }
   | null };

export type ScreensRulesDocumentsQueryVariables = Exact<{
  id: string;
}>;


export type ScreensRulesDocumentsQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', id: string, status: CommitteeStatus | null, missingRulesDocuments: Array<RulesDocumentKind> | null, rulesDocuments: Array<{ id: string, version: number | null, kind: RulesDocumentKind | null, title: string | null, revision: number | null, current: boolean | null, effectiveOn: string | null, supersededAt: string | null, text: string | null, file: { name: string, contentType: string, size: number } | null, resolution: { id: string, number: string | null, title: string | null } | null }> | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensCommitteeResolutionsQueryVariables = Exact<{
  id: string;
}>;


export type ScreensCommitteeResolutionsQuery = { resolutions: { edges: Array<{ node: { id: string, number: string | null, title: string | null, adoptedAt: string | null } | null } | null> | null } | null };

export type ScreensRulesDocumentFileQueryVariables = Exact<{
  id: string;
}>;


export type ScreensRulesDocumentFileQuery = { rulesDocumentFile: { filename: string, contentType: string, base64: string, size: number } | null };

export type ScreensWorkBoardQueryVariables = Exact<{
  id: string;
}>;


export type ScreensWorkBoardQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', id: string, jointWorkItems: Array<{ id: string, title: string | null, category: JointWorkCategory | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, participants: Array<{ id: string, role: JointWorkRole | null, organization: { id: string, name: string | null } | null }> | null }> | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensResolutionsQueryVariables = Exact<{
  c: string;
}>;


export type ScreensResolutionsQuery = { resolutions: { edges: Array<{ node: { id: string, number: string | null, title: string | null } | null } | null> | null } | null };

export type ScreensDashboardQueryVariables = Exact<{
  year: number;
}>;


export type ScreensDashboardQuery = { coverage: Array<{ communityCount: number | null, organizationCount: number | null, memberCount: number | null, memberShare: string | null, seatedMemberCount: number | null, seatedMemberShare: string | null, committee: { id: string, name: string | null, status: CommitteeStatus | null } | null }> | null, fundingByChannel: Array<{ channel: FundingChannel | null, amountFen: string | null, incomeCount: number | null, street: { name: string | null } | null }> | null, meetingCadence: Array<{ cadence: RegularMeetingCadence | null, compliant: boolean | null, regularKept: boolean | null, extendedKept: boolean | null, regularMissedMonths: Array<number> | null, extendedMissedMonths: Array<number> | null, committee: { id: string, name: string | null } | null, periods: Array<{ period: number | null, regularHeld: number | null, extendedHeld: number | null, emergencyHeld: number | null }> | null }> | null, seatStructureCompliance: Array<{ compliant: boolean | null, secretaries: number | null, deputies: number | null, members: number | null, committee: { id: string, name: string | null } | null, violations: Array<{ messageZh: string | null, messageEn: string | null }> | null }> | null };

export type ScreensRulesGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreensRulesGapsQuery = { rulesDocumentGaps: { committeeCount: number | null, missingAnyCount: number | null, kinds: Array<{ kind: RulesDocumentKind | null, missingCount: number | null }> | null } | null };

export type ScreensCommitteesMissingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreensCommitteesMissingRulesQuery = { committees: { edges: Array<{ node: { id: string, name: string | null, missingRulesDocuments: Array<RulesDocumentKind> | null } | null } | null> | null } | null };

export type CommitteeStateFragment = { id: string, version: number | null, status: CommitteeStatus | null, allowedTransitions: Array<CommitteeStatus> | null, createdByViewer: boolean | null, submittedByViewer: boolean | null };

export type SeatStateFragment = { id: string, version: number | null, status: SeatStatus | null, allowedTransitions: Array<SeatStatus> | null, nominatedByViewer: boolean | null, committee: { id: string } | null };

export type FundingPlanStateFragment = { id: string, version: number | null, status: FundingPlanStatus | null, allowedTransitions: Array<FundingPlanStatus> | null, committee: { id: string } | null };

export type ContributionStateFragment = { id: string, version: number | null, status: ContributionStatus | null, allowedTransitions: Array<ContributionStatus> | null, acknowledgedAt: string | null };

export type OrganizationSummaryFragment = { id: string, name: string | null, code: string | null, managementMode: ManagementMode | null, endedAt: string | null, superiorExternalName: string | null, superior: { name: string | null } | null };

export type ScreensFundingPlanQueryVariables = Exact<{
  id: string;
}>;


export type ScreensFundingPlanQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan', year: number | null, revision: number | null, budgetFen: string | null, note: string | null, adoptedAt: string | null, id: string, version: number | null, status: FundingPlanStatus | null, allowedTransitions: Array<FundingPlanStatus> | null, resolution: { id: string, number: string | null, title: string | null } | null, previousPlan: { id: string, revision: number | null } | null, ratios: Array<{ id: string, percent: string | null, membership: { id: string } | null }> | null, shares: Array<{ percent: string | null, shareFen: string | null, membership: { id: string, organization: { name: string | null } | null } | null }> | null, committee: { id: string, name: string | null, memberships: Array<{ id: string, active: boolean | null, managementMode: ManagementMode | null, organization: { id: string, name: string | null, unit: { name: string | null } | null } | null }> | null, fundingPlans: Array<{ id: string, year: number | null, revision: number | null, status: FundingPlanStatus | null, adoptedAt: string | null, resolution: { number: string | null, title: string | null } | null }> | null } | null }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensCommitteeStateQueryVariables = Exact<{
  id: string;
}>;


export type ScreensCommitteeStateQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee', id: string, version: number | null, status: CommitteeStatus | null, allowedTransitions: Array<CommitteeStatus> | null, createdByViewer: boolean | null, submittedByViewer: boolean | null }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensSeatStateQueryVariables = Exact<{
  id: string;
}>;


export type ScreensSeatStateQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat', id: string, version: number | null, status: SeatStatus | null, allowedTransitions: Array<SeatStatus> | null, nominatedByViewer: boolean | null, committee: { id: string } | null }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensFundingPlanStateQueryVariables = Exact<{
  id: string;
}>;


export type ScreensFundingPlanStateQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan', id: string, version: number | null, status: FundingPlanStatus | null, allowedTransitions: Array<FundingPlanStatus> | null, committee: { id: string } | null }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensContributionStateQueryVariables = Exact<{
  id: string;
}>;


export type ScreensContributionStateQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution', id: string, version: number | null, status: ContributionStatus | null, allowedTransitions: Array<ContributionStatus> | null, acknowledgedAt: string | null }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensInboxQueryVariables = Exact<{
  committeeStatuses: Array<CommitteeStatus> | CommitteeStatus;
  withCommittees: boolean;
  seatStatuses: Array<SeatStatus> | SeatStatus;
  withSeats: boolean;
  planStatuses: Array<FundingPlanStatus> | FundingPlanStatus;
  withPlans: boolean;
  contributionStatuses: Array<ContributionStatus> | ContributionStatus;
  withContributions: boolean;
}>;


export type ScreensInboxQuery = { committees?: { totalCount: number, edges: Array<{ node: { name: string | null, code: string | null, id: string, version: number | null, status: CommitteeStatus | null, allowedTransitions: Array<CommitteeStatus> | null, createdByViewer: boolean | null, submittedByViewer: boolean | null, street: { name: string | null } | null } | null } | null> | null } | null, seats?: { totalCount: number, edges: Array<{ node: { role: SeatRole | null, id: string, version: number | null, status: SeatStatus | null, allowedTransitions: Array<SeatStatus> | null, nominatedByViewer: boolean | null, person: { name: string | null } | null, committee: { id: string, name: string | null } | null, sourceOrganization: { name: string | null } | null } | null } | null> | null } | null, fundingPlans?: { totalCount: number, edges: Array<{ node: { year: number | null, revision: number | null, budgetFen: string | null, id: string, version: number | null, status: FundingPlanStatus | null, allowedTransitions: Array<FundingPlanStatus> | null, committee: { id: string, name: string | null } | null } | null } | null> | null } | null, contributions?: { totalCount: number, edges: Array<{ node: { amountFen: string | null, id: string, version: number | null, status: ContributionStatus | null, allowedTransitions: Array<ContributionStatus> | null, acknowledgedAt: string | null, membership: { organization: { name: string | null } | null } | null, plan: { year: number | null, committee: { name: string | null } | null } | null } | null } | null> | null } | null };

export type ScreensJointWorkItemQueryVariables = Exact<{
  id: string;
}>;


export type ScreensJointWorkItemQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem', id: string, version: number | null, title: string | null, description: string | null, category: JointWorkCategory | null, status: JointWorkStatus | null, deadline: string | null, overdue: boolean | null, allowedTransitions: Array<JointWorkStatus> | null, raisedByKind: JointWorkRaiser | null, raisedByName: string | null, createdAt: string | null, startedAt: string | null, completedAt: string | null, closedAt: string | null, droppedAt: string | null, dropReason: string | null, committee: { id: string, name: string | null } | null, fundingPlan: { id: string, year: number | null, revision: number | null } | null, agendaItem: { id: string, title: string | null, meeting: { id: string, title: string | null } | null } | null, originResolution: { id: string, number: string | null, title: string | null, principle: DecisionPrinciple | null, meeting: { id: string, title: string | null, heldAt: string | null } | null } | null, closingResolution: { id: string, number: string | null, title: string | null, meeting: { id: string, title: string | null, heldAt: string | null } | null } | null, participants: Array<{ id: string, role: JointWorkRole | null, responsiblePerson: string | null, organization: { id: string, name: string | null } | null }> | null, progress: Array<{ id: string, reportedOn: string | null, percent: number | null, text: string | null, createdAt: string | null, organization: { id: string, name: string | null } | null }> | null }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensClosingResolutionsQueryVariables = Exact<{
  c: string;
}>;


export type ScreensClosingResolutionsQuery = { resolutions: { edges: Array<{ node: { id: string, number: string | null, title: string | null, meeting: { id: string, title: string | null, status: MeetingStatus | null, heldAt: string | null } | null } | null } | null> | null } | null };

export type ScreensMeetingAttendeesQueryVariables = Exact<{
  id: string;
}>;


export type ScreensMeetingAttendeesQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting', id: string, kind: MeetingKind | null, status: MeetingStatus | null, committee: { id: string, coverages: Array<{ endedAt: string | null, community: { id: string } | null }> | null } | null, attendees: Array<{ id: string, version: number | null, representativeName: string | null, representativePost: string | null, organization: { id: string, name: string | null } | null, person: { id: string, name: string | null } | null }> | null }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensAttendeeCandidatesQueryVariables = Exact<{
  communityIds: Array<string> | string;
}>;


export type ScreensAttendeeCandidatesQuery = { communityOrganizations: { edges: Array<{ node: { id: string, name: string | null } | null } | null> | null } | null, units: { edges: Array<{ node: { id: string, organizations: Array<{ id: string, name: string | null, endedAt: string | null }> | null } | null } | null> | null } | null };

export type ScreensRemoveMeetingAttendeeMutationVariables = Exact<{
  input: RemoveMeetingAttendeeInput;
}>;


export type ScreensRemoveMeetingAttendeeMutation = { removeMeetingAttendee:
    | { __typename: 'DomainError', code: ErrorCode, field: string | null, messageZh: string, messageEn: string, allowed: Array<string> }
    | { __typename: 'MeetingAttendee', id: string }
   | null };

export type ScreensMeetingResolutionsQueryVariables = Exact<{
  id: string;
}>;


export type ScreensMeetingResolutionsQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting', id: string, kind: MeetingKind | null, status: MeetingStatus | null, title: string | null, heldAt: string | null, agendaItems: Array<{ id: string, title: string | null, subjectArea: SubjectArea | null }> | null, street: { id: string } | null, committee: { id: string, memberships: Array<{ id: string, active: boolean | null, organization: { id: string, name: string | null } | null }> | null } | null, attendances: Array<{ id: string, status: AttendanceStatus | null, person: { id: string, name: string | null } | null }> | null, resolutions: Array<{ id: string, number: string | null, title: string | null, principle: DecisionPrinciple | null, subjectArea: SubjectArea | null, adoptedAt: string | null, votesFor: number | null, votesAgainst: number | null, votesAbstain: number | null, reportedAt: string | null, reportOverdue: boolean | null, reportedAtMeeting: { id: string, title: string | null, heldAt: string | null } | null, consultations: Array<{ id: string, position: string | null, organization: { id: string, name: string | null } | null }> | null, jointWorkBorn: Array<{ id: string, title: string | null, status: JointWorkStatus | null }> | null }> | null }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street' }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensStreetCoordinationQueryVariables = Exact<{
  id: string;
  year: number;
  lastYear: number;
}>;


export type ScreensStreetCoordinationQuery = { node:
    | { __typename: 'AgendaItem' }
    | { __typename: 'Assessment' }
    | { __typename: 'Attendance' }
    | { __typename: 'Committee' }
    | { __typename: 'CommitteeCommunity' }
    | { __typename: 'Community' }
    | { __typename: 'Contribution' }
    | { __typename: 'ContributionRatio' }
    | { __typename: 'District' }
    | { __typename: 'Expense' }
    | { __typename: 'FundingBudgetLine' }
    | { __typename: 'FundingIncome' }
    | { __typename: 'FundingPlan' }
    | { __typename: 'JointWorkItem' }
    | { __typename: 'JointWorkParticipant' }
    | { __typename: 'JointWorkProgress' }
    | { __typename: 'Meeting' }
    | { __typename: 'MeetingAttendee' }
    | { __typename: 'Membership' }
    | { __typename: 'PartyOrganization' }
    | { __typename: 'Person' }
    | { __typename: 'Resolution' }
    | { __typename: 'ResolutionConsultation' }
    | { __typename: 'ResolutionVote' }
    | { __typename: 'RulesDocument' }
    | { __typename: 'Seat' }
    | { __typename: 'SeatAttestation' }
    | { __typename: 'Street', id: string, heldThisYear: boolean | null, heldLastYear: boolean | null, coordinationMeetings: Array<{ id: string, title: string | null, status: MeetingStatus | null, scheduledAt: string | null, heldAt: string | null }> | null }
    | { __typename: 'Unit' }
    | { __typename: 'VolunteerActivity' }
    | { __typename: 'VolunteerTeam' }
    | { __typename: 'VolunteerTeamMember' }
   | null };

export type ScreensStreetOrganizationsQueryVariables = Exact<{
  s: string;
}>;


export type ScreensStreetOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, name: string | null } | null } | null> | null } | null };

export type ScreensNotifiedResultsQueryVariables = Exact<{
  filter: AssessmentFilter;
}>;


export type ScreensNotifiedResultsQuery = { assessments: { totalCount: number, edges: Array<{ node: { id: string, kind: AssessmentKind | null, year: number | null, score: string | null, points: number | null, grade: AssessmentGrade | null, remarks: string | null, notifiedAt: string | null, committee: { name: string | null } | null, organization: { name: string | null } | null, person: { name: string | null, position: string | null } | null } | null } | null> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommitteeStateFragmentDoc = new TypedDocumentString(`
    fragment CommitteeState on Committee {
  id
  version
  status
  allowedTransitions
  createdByViewer
  submittedByViewer
}
    `, {"fragmentName":"CommitteeState"}) as unknown as TypedDocumentString<CommitteeStateFragment, unknown>;
export const SeatStateFragmentDoc = new TypedDocumentString(`
    fragment SeatState on Seat {
  id
  version
  status
  allowedTransitions
  nominatedByViewer
  committee {
    id
  }
}
    `, {"fragmentName":"SeatState"}) as unknown as TypedDocumentString<SeatStateFragment, unknown>;
export const FundingPlanStateFragmentDoc = new TypedDocumentString(`
    fragment FundingPlanState on FundingPlan {
  id
  version
  status
  allowedTransitions
  committee {
    id
  }
}
    `, {"fragmentName":"FundingPlanState"}) as unknown as TypedDocumentString<FundingPlanStateFragment, unknown>;
export const ContributionStateFragmentDoc = new TypedDocumentString(`
    fragment ContributionState on Contribution {
  id
  version
  status
  allowedTransitions
  acknowledgedAt
}
    `, {"fragmentName":"ContributionState"}) as unknown as TypedDocumentString<ContributionStateFragment, unknown>;
export const OrganizationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganizationSummary on PartyOrganization {
  id
  name
  code
  managementMode
  endedAt
  superiorExternalName
  superior {
    name
  }
}
    `, {"fragmentName":"OrganizationSummary"}) as unknown as TypedDocumentString<OrganizationSummaryFragment, unknown>;
export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  viewer {
    id
    name
    readOnly
    impersonatedBy
    rules
    grants {
      role
      districtId
      streetId
      committeeId
      unitId
      organizationCode
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleDemoPersonasDocument = new TypedDocumentString(`
    query ConsoleDemoPersonas {
  demoPersonas {
    role
    labelZh
    labelEn
    token
  }
}
    `) as unknown as TypedDocumentString<ConsoleDemoPersonasQuery, ConsoleDemoPersonasQueryVariables>;
export const ConsoleExplainAccessDocument = new TypedDocumentString(`
    query ConsoleExplainAccess($action: String!, $subject: String!, $id: ID, $field: String) {
  explainAccess(action: $action, subject: $subject, id: $id, field: $field) {
    allowed
    reasonZh
    reasonEn
    rule
    grant {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExplainAccessQuery, ConsoleExplainAccessQueryVariables>;
export const ConsoleExplainAccessManyDocument = new TypedDocumentString(`
    query ConsoleExplainAccessMany($questions: [AccessQuestion!]!) {
  explainAccessMany(questions: $questions) {
    allowed
    reasonZh
    reasonEn
    rule
    grant {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExplainAccessManyQuery, ConsoleExplainAccessManyQueryVariables>;
export const ConsoleAuditTrailDocument = new TypedDocumentString(`
    query ConsoleAuditTrail($id: ID!, $last: Int) {
  auditTrail(id: $id, last: $last) {
    id
    action
    actorId
    actorName
    actorRoles
    at
    entityType
    changedFields
    before
    after
  }
}
    `) as unknown as TypedDocumentString<ConsoleAuditTrailQuery, ConsoleAuditTrailQueryVariables>;
export const AssessmentListDocument = new TypedDocumentString(`
    query AssessmentList($first: Int, $offset: Int, $filter: AssessmentFilter, $orderBy: [AssessmentOrderBy!]) {
  assessments(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        year
        grade
        kind
        committee {
          id
          name
        }
        membership {
          id
          organization {
            id
            name
          }
        }
        organization {
          id
          name
        }
        person {
          id
          name
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentListQuery, AssessmentListQueryVariables>;
export const AssessmentOneDocument = new TypedDocumentString(`
    query AssessmentOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Assessment {
      id
      year
      grade
      kind
      committee {
        id
        name
      }
      membership {
        id
        organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      person {
        id
        name
      }
      seat {
        id
        person {
          id
          name
        }
      }
      points
      score
      remarks
      assessedAt
      notifiedAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentOneQuery, AssessmentOneQueryVariables>;
export const AssessmentManyDocument = new TypedDocumentString(`
    query AssessmentMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Assessment {
      id
      year
      grade
      kind
      committee {
        id
        name
      }
      membership {
        id
        organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      person {
        id
        name
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentManyQuery, AssessmentManyQueryVariables>;
export const AssessmentExportDocument = new TypedDocumentString(`
    query AssessmentExport($format: FileFormat!, $filter: AssessmentFilter, $orderBy: [AssessmentOrderBy!]) {
  exportAssessments(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<AssessmentExportQuery, AssessmentExportQueryVariables>;
export const RecordAssessmentDocument = new TypedDocumentString(`
    mutation RecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    __typename
    ... on Assessment {
      id
      year
      grade
      kind
      committee {
        id
        name
      }
      membership {
        id
        organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      person {
        id
        name
      }
      seat {
        id
        person {
          id
          name
        }
      }
      points
      score
      remarks
      assessedAt
      notifiedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const UpdateAssessmentDocument = new TypedDocumentString(`
    mutation UpdateAssessment($input: UpdateAssessmentInput!) {
  updateAssessment(input: $input) {
    __typename
    ... on Assessment {
      id
      year
      grade
      kind
      committee {
        id
        name
      }
      membership {
        id
        organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      person {
        id
        name
      }
      seat {
        id
        person {
          id
          name
        }
      }
      points
      score
      remarks
      assessedAt
      notifiedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAssessmentMutation, UpdateAssessmentMutationVariables>;
export const NotifyAssessmentDocument = new TypedDocumentString(`
    mutation NotifyAssessment($input: NotifyAssessmentInput!) {
  notifyAssessment(input: $input) {
    __typename
    ... on Assessment {
      id
      year
      grade
      kind
      committee {
        id
        name
      }
      membership {
        id
        organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      person {
        id
        name
      }
      seat {
        id
        person {
          id
          name
        }
      }
      points
      score
      remarks
      assessedAt
      notifiedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<NotifyAssessmentMutation, NotifyAssessmentMutationVariables>;
export const CommitteeListDocument = new TypedDocumentString(`
    query CommitteeList($first: Int, $offset: Int, $filter: CommitteeFilter, $orderBy: [CommitteeOrderBy!]) {
  committees(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        name
        code
        allowedTransitions
        kind
        meetingCadence
        status
        expenseThresholdResolution {
          id
          title
        }
        street {
          id
          name
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeListQuery, CommitteeListQueryVariables>;
export const CommitteeOneDocument = new TypedDocumentString(`
    query CommitteeOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      activeCoverages {
        id
        active
        committee {
          id
          name
        }
        community {
          id
          name
        }
        endedAt
        startedAt
      }
      coverages {
        id
        active
        committee {
          id
          name
        }
        community {
          id
          name
        }
        endedAt
        startedAt
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeOneQuery, CommitteeOneQueryVariables>;
export const CommitteeManyDocument = new TypedDocumentString(`
    query CommitteeMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CommitteeManyQuery, CommitteeManyQueryVariables>;
export const CommitteeExportDocument = new TypedDocumentString(`
    query CommitteeExport($format: FileFormat!, $filter: CommitteeFilter, $orderBy: [CommitteeOrderBy!]) {
  exportCommittees(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<CommitteeExportQuery, CommitteeExportQueryVariables>;
export const CreateCommitteeDocument = new TypedDocumentString(`
    mutation CreateCommittee($input: CreateCommitteeInput!) {
  createCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCommitteeMutation, CreateCommitteeMutationVariables>;
export const UpdateCommitteeDocument = new TypedDocumentString(`
    mutation UpdateCommittee($input: UpdateCommitteeInput!) {
  updateCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCommitteeMutation, UpdateCommitteeMutationVariables>;
export const ApproveCommitteeDocument = new TypedDocumentString(`
    mutation ApproveCommittee($input: CommitteeTransitionInput!) {
  approveCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveCommitteeMutation, ApproveCommitteeMutationVariables>;
export const DissolveCommitteeDocument = new TypedDocumentString(`
    mutation DissolveCommittee($input: DissolveCommitteeInput!) {
  dissolveCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<DissolveCommitteeMutation, DissolveCommitteeMutationVariables>;
export const FileCommitteeDocument = new TypedDocumentString(`
    mutation FileCommittee($input: FileCommitteeInput!) {
  fileCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<FileCommitteeMutation, FileCommitteeMutationVariables>;
export const RejectCommitteeDocument = new TypedDocumentString(`
    mutation RejectCommittee($input: RejectCommitteeInput!) {
  rejectCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RejectCommitteeMutation, RejectCommitteeMutationVariables>;
export const ReopenCommitteeDocument = new TypedDocumentString(`
    mutation ReopenCommittee($input: CommitteeTransitionInput!) {
  reopenCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenCommitteeMutation, ReopenCommitteeMutationVariables>;
export const SetCoverageDocument = new TypedDocumentString(`
    mutation SetCoverage($input: SetCoverageInput!) {
  setCoverage(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<SetCoverageMutation, SetCoverageMutationVariables>;
export const SetExpenseThresholdDocument = new TypedDocumentString(`
    mutation SetExpenseThreshold($input: SetExpenseThresholdInput!) {
  setExpenseThreshold(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<SetExpenseThresholdMutation, SetExpenseThresholdMutationVariables>;
export const SubmitCommitteeDocument = new TypedDocumentString(`
    mutation SubmitCommittee($input: CommitteeTransitionInput!) {
  submitCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitCommitteeMutation, SubmitCommitteeMutationVariables>;
export const WithdrawCommitteeDocument = new TypedDocumentString(`
    mutation WithdrawCommittee($input: CommitteeTransitionInput!) {
  withdrawCommittee(input: $input) {
    __typename
    ... on Committee {
      id
      name
      code
      allowedTransitions
      kind
      meetingCadence
      missingRulesDocuments
      status
      expenseThresholdResolution {
        id
        title
      }
      street {
        id
        name
      }
      expenseThresholdFen
      dissolvedOn
      termStart
      termEnd
      createdByViewer
      submittedByViewer
      dissolutionReason
      districtCode
      filingNumber
      rejectionReason
      approvedAt
      dissolvedAt
      filedAt
      rejectedAt
      submittedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawCommitteeMutation, WithdrawCommitteeMutationVariables>;
export const CommunityListDocument = new TypedDocumentString(`
    query CommunityList($first: Int, $offset: Int, $filter: CommunityFilter, $orderBy: [CommunityOrderBy!]) {
  communities(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        name
        code
        street {
          id
          name
        }
        households
        population
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityListQuery, CommunityListQueryVariables>;
export const CommunityOneDocument = new TypedDocumentString(`
    query CommunityOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Community {
      id
      name
      code
      street {
        id
        name
      }
      households
      population
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityOneQuery, CommunityOneQueryVariables>;
export const CommunityManyDocument = new TypedDocumentString(`
    query CommunityMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Community {
      id
      name
      code
      street {
        id
        name
      }
      households
      population
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CommunityManyQuery, CommunityManyQueryVariables>;
export const CommunityExportDocument = new TypedDocumentString(`
    query CommunityExport($format: FileFormat!, $filter: CommunityFilter, $orderBy: [CommunityOrderBy!]) {
  exportCommunities(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<CommunityExportQuery, CommunityExportQueryVariables>;
export const CreateCommunityDocument = new TypedDocumentString(`
    mutation CreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    __typename
    ... on Community {
      id
      name
      code
      street {
        id
        name
      }
      households
      population
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const UpdateCommunityDocument = new TypedDocumentString(`
    mutation UpdateCommunity($input: UpdateCommunityInput!) {
  updateCommunity(input: $input) {
    __typename
    ... on Community {
      id
      name
      code
      street {
        id
        name
      }
      households
      population
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateCommunityMutation, UpdateCommunityMutationVariables>;
export const ContributionListDocument = new TypedDocumentString(`
    query ContributionList($first: Int, $offset: Int, $filter: ContributionFilter, $orderBy: [ContributionOrderBy!]) {
  contributions(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        amountFen
        allowedTransitions
        status
        membership {
          id
          organization {
            id
            name
          }
        }
        plan {
          id
          year
        }
        acknowledgedAt
        pledgedAt
        receivedAt
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionListQuery, ContributionListQueryVariables>;
export const ContributionOneDocument = new TypedDocumentString(`
    query ContributionOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Contribution {
      id
      amountFen
      allowedTransitions
      status
      membership {
        id
        organization {
          id
          name
        }
      }
      plan {
        id
        year
      }
      acknowledgedAt
      pledgedAt
      receivedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionOneQuery, ContributionOneQueryVariables>;
export const ContributionManyDocument = new TypedDocumentString(`
    query ContributionMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Contribution {
      id
      amountFen
      allowedTransitions
      status
      membership {
        id
        organization {
          id
          name
        }
      }
      plan {
        id
        year
      }
      acknowledgedAt
      pledgedAt
      receivedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ContributionManyQuery, ContributionManyQueryVariables>;
export const ContributionExportDocument = new TypedDocumentString(`
    query ContributionExport($format: FileFormat!, $filter: ContributionFilter, $orderBy: [ContributionOrderBy!]) {
  exportContributions(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<ContributionExportQuery, ContributionExportQueryVariables>;
export const PledgeContributionDocument = new TypedDocumentString(`
    mutation PledgeContribution($input: PledgeContributionInput!) {
  pledgeContribution(input: $input) {
    __typename
    ... on Contribution {
      id
      amountFen
      allowedTransitions
      status
      membership {
        id
        organization {
          id
          name
        }
      }
      plan {
        id
        year
      }
      acknowledgedAt
      pledgedAt
      receivedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<PledgeContributionMutation, PledgeContributionMutationVariables>;
export const AcknowledgeContributionDocument = new TypedDocumentString(`
    mutation AcknowledgeContribution($input: AcknowledgeContributionInput!) {
  acknowledgeContribution(input: $input) {
    __typename
    ... on Contribution {
      id
      amountFen
      allowedTransitions
      status
      membership {
        id
        organization {
          id
          name
        }
      }
      plan {
        id
        year
      }
      acknowledgedAt
      pledgedAt
      receivedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeContributionMutation, AcknowledgeContributionMutationVariables>;
export const ReceiveContributionDocument = new TypedDocumentString(`
    mutation ReceiveContribution($input: ReceiveContributionInput!) {
  receiveContribution(input: $input) {
    __typename
    ... on Contribution {
      id
      amountFen
      allowedTransitions
      status
      membership {
        id
        organization {
          id
          name
        }
      }
      plan {
        id
        year
      }
      acknowledgedAt
      pledgedAt
      receivedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReceiveContributionMutation, ReceiveContributionMutationVariables>;
export const ExpenseListDocument = new TypedDocumentString(`
    query ExpenseList($first: Int, $offset: Int, $filter: ExpenseFilter, $orderBy: [ExpenseOrderBy!]) {
  expenses(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        approverPerson {
          id
          name
        }
        allowedTransitions
        approvalKind
        category
        payeeKind
        status
        jointWorkItem {
          id
          title
        }
        payeePerson {
          id
          name
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExpenseListQuery, ExpenseListQueryVariables>;
export const ExpenseOneDocument = new TypedDocumentString(`
    query ExpenseOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ExpenseOneQuery, ExpenseOneQueryVariables>;
export const ExpenseManyDocument = new TypedDocumentString(`
    query ExpenseMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ExpenseManyQuery, ExpenseManyQueryVariables>;
export const ExpenseExportDocument = new TypedDocumentString(`
    query ExpenseExport($format: FileFormat!, $filter: ExpenseFilter, $orderBy: [ExpenseOrderBy!]) {
  exportExpenses(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<ExpenseExportQuery, ExpenseExportQueryVariables>;
export const DraftExpenseDocument = new TypedDocumentString(`
    mutation DraftExpense($input: DraftExpenseInput!) {
  draftExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<DraftExpenseMutation, DraftExpenseMutationVariables>;
export const UpdateExpenseDocument = new TypedDocumentString(`
    mutation UpdateExpense($input: UpdateExpenseInput!) {
  updateExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateExpenseMutation, UpdateExpenseMutationVariables>;
export const ApproveExpenseDocument = new TypedDocumentString(`
    mutation ApproveExpense($input: ApproveExpenseInput!) {
  approveExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveExpenseMutation, ApproveExpenseMutationVariables>;
export const PayExpenseDocument = new TypedDocumentString(`
    mutation PayExpense($input: PayExpenseInput!) {
  payExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<PayExpenseMutation, PayExpenseMutationVariables>;
export const RejectExpenseDocument = new TypedDocumentString(`
    mutation RejectExpense($input: RejectExpenseInput!) {
  rejectExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RejectExpenseMutation, RejectExpenseMutationVariables>;
export const ReverseExpenseDocument = new TypedDocumentString(`
    mutation ReverseExpense($input: ReverseExpenseInput!) {
  reverseExpense(input: $input) {
    __typename
    ... on Expense {
      id
      approverPerson {
        id
        name
      }
      allowedTransitions
      approvalKind
      category
      payeeKind
      status
      jointWorkItem {
        id
        title
      }
      payeePerson {
        id
        name
      }
      payeeUnit {
        id
        name
      }
      plan {
        id
        year
      }
      resolution {
        id
        title
      }
      reversal {
        id
        approverPerson {
          id
          name
        }
      }
      reverses {
        id
        approverPerson {
          id
          name
        }
      }
      amountFen
      approvalThresholdFen
      spentOn
      isReversal
      payeeName
      purpose
      voucherNumber
      rejectionReason
      approvedAt
      paidAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReverseExpenseMutation, ReverseExpenseMutationVariables>;
export const FundingPlanListDocument = new TypedDocumentString(`
    query FundingPlanList($first: Int, $offset: Int, $filter: FundingPlanFilter, $orderBy: [FundingPlanOrderBy!]) {
  fundingPlans(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        year
        allowedTransitions
        status
        committee {
          id
          name
        }
        previousPlan {
          id
          year
        }
        resolution {
          id
          title
        }
        budgetFen
        revision
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPlanListQuery, FundingPlanListQueryVariables>;
export const FundingPlanOneDocument = new TypedDocumentString(`
    query FundingPlanOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      budgetLines {
        id
        amountFen
        category
        plan {
          id
          year
        }
      }
      incomes {
        id
        amountFen
        channel
        note
        plan {
          id
          year
        }
        receivedOn
        source
      }
      ratios {
        id
        membership {
          id
          organization {
            id
            name
          }
        }
        percent
        plan {
          id
          year
        }
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPlanOneQuery, FundingPlanOneQueryVariables>;
export const FundingPlanManyDocument = new TypedDocumentString(`
    query FundingPlanMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      version
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPlanManyQuery, FundingPlanManyQueryVariables>;
export const FundingPlanExportDocument = new TypedDocumentString(`
    query FundingPlanExport($format: FileFormat!, $filter: FundingPlanFilter, $orderBy: [FundingPlanOrderBy!]) {
  exportFundingPlans(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<FundingPlanExportQuery, FundingPlanExportQueryVariables>;
export const DraftFundingPlanDocument = new TypedDocumentString(`
    mutation DraftFundingPlan($input: DraftFundingPlanInput!) {
  draftFundingPlan(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<DraftFundingPlanMutation, DraftFundingPlanMutationVariables>;
export const UpdateFundingPlanDocument = new TypedDocumentString(`
    mutation UpdateFundingPlan($input: UpdateFundingPlanInput!) {
  updateFundingPlan(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateFundingPlanMutation, UpdateFundingPlanMutationVariables>;
export const AddFundingIncomeDocument = new TypedDocumentString(`
    mutation AddFundingIncome($input: AddFundingIncomeInput!) {
  addFundingIncome(input: $input) {
    __typename
    ... on FundingIncome {
      id
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AddFundingIncomeMutation, AddFundingIncomeMutationVariables>;
export const AdoptFundingPlanDocument = new TypedDocumentString(`
    mutation AdoptFundingPlan($input: AdoptFundingPlanInput!) {
  adoptFundingPlan(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptFundingPlanMutation, AdoptFundingPlanMutationVariables>;
export const CloseFundingPlanDocument = new TypedDocumentString(`
    mutation CloseFundingPlan($input: CloseFundingPlanInput!) {
  closeFundingPlan(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CloseFundingPlanMutation, CloseFundingPlanMutationVariables>;
export const ReviseFundingPlanDocument = new TypedDocumentString(`
    mutation ReviseFundingPlan($input: ReviseFundingPlanInput!) {
  reviseFundingPlan(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseFundingPlanMutation, ReviseFundingPlanMutationVariables>;
export const SetBudgetLinesDocument = new TypedDocumentString(`
    mutation SetBudgetLines($input: SetBudgetLinesInput!) {
  setBudgetLines(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<SetBudgetLinesMutation, SetBudgetLinesMutationVariables>;
export const SetContributionRatiosDocument = new TypedDocumentString(`
    mutation SetContributionRatios($input: SetContributionRatiosInput!) {
  setContributionRatios(input: $input) {
    __typename
    ... on FundingPlan {
      id
      year
      allowedTransitions
      status
      committee {
        id
        name
      }
      previousPlan {
        id
        year
      }
      resolution {
        id
        title
      }
      budgetFen
      revision
      note
      adoptedAt
      closedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<SetContributionRatiosMutation, SetContributionRatiosMutationVariables>;
export const JointWorkItemListDocument = new TypedDocumentString(`
    query JointWorkItemList($first: Int, $offset: Int, $filter: JointWorkItemFilter, $orderBy: [JointWorkItemOrderBy!]) {
  jointWorkItems(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        title
        allowedTransitions
        category
        raisedByKind
        status
        agendaItem {
          id
          title
        }
        closingResolution {
          id
          title
        }
        committee {
          id
          name
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkItemListQuery, JointWorkItemListQueryVariables>;
export const JointWorkItemOneDocument = new TypedDocumentString(`
    query JointWorkItemOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      participants {
        id
        createdAt
        item {
          id
          title
        }
        organization {
          id
          name
        }
        responsiblePerson
        role
        updatedAt
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkItemOneQuery, JointWorkItemOneQueryVariables>;
export const JointWorkItemManyDocument = new TypedDocumentString(`
    query JointWorkItemMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkItemManyQuery, JointWorkItemManyQueryVariables>;
export const JointWorkItemExportDocument = new TypedDocumentString(`
    query JointWorkItemExport($format: FileFormat!, $filter: JointWorkItemFilter, $orderBy: [JointWorkItemOrderBy!]) {
  exportJointWorkItems(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<JointWorkItemExportQuery, JointWorkItemExportQueryVariables>;
export const CloseJointWorkDocument = new TypedDocumentString(`
    mutation CloseJointWork($input: CloseJointWorkInput!) {
  closeJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CloseJointWorkMutation, CloseJointWorkMutationVariables>;
export const CompleteJointWorkDocument = new TypedDocumentString(`
    mutation CompleteJointWork($input: CompleteJointWorkInput!) {
  completeJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteJointWorkMutation, CompleteJointWorkMutationVariables>;
export const DropJointWorkDocument = new TypedDocumentString(`
    mutation DropJointWork($input: DropJointWorkInput!) {
  dropJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<DropJointWorkMutation, DropJointWorkMutationVariables>;
export const PutJointWorkOnAgendaDocument = new TypedDocumentString(`
    mutation PutJointWorkOnAgenda($input: PutJointWorkOnAgendaInput!) {
  putJointWorkOnAgenda(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<PutJointWorkOnAgendaMutation, PutJointWorkOnAgendaMutationVariables>;
export const StartJointWorkDocument = new TypedDocumentString(`
    mutation StartJointWork($input: StartJointWorkInput!) {
  startJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<StartJointWorkMutation, StartJointWorkMutationVariables>;
export const UpdateJointWorkDocument = new TypedDocumentString(`
    mutation UpdateJointWork($input: UpdateJointWorkInput!) {
  updateJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateJointWorkMutation, UpdateJointWorkMutationVariables>;
export const CreateJointWorkFromResolutionDocument = new TypedDocumentString(`
    mutation CreateJointWorkFromResolution($input: CreateJointWorkFromResolutionInput!) {
  createJointWorkFromResolution(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateJointWorkFromResolutionMutation, CreateJointWorkFromResolutionMutationVariables>;
export const RaiseJointWorkDocument = new TypedDocumentString(`
    mutation RaiseJointWork($input: RaiseJointWorkInput!) {
  raiseJointWork(input: $input) {
    __typename
    ... on JointWorkItem {
      id
      title
      allowedTransitions
      category
      raisedByKind
      status
      agendaItem {
        id
        title
      }
      closingResolution {
        id
        title
      }
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
      }
      originResolution {
        id
        title
      }
      deadline
      overdue
      dropReason
      raisedByName
      description
      closedAt
      completedAt
      droppedAt
      startedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RaiseJointWorkMutation, RaiseJointWorkMutationVariables>;
export const JointWorkProgressListDocument = new TypedDocumentString(`
    query JointWorkProgressList($first: Int, $offset: Int, $filter: JointWorkProgressFilter, $orderBy: [JointWorkProgressOrderBy!]) {
  jointWorkProgressReports(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        item {
          id
          title
        }
        organization {
          id
          name
        }
        percent
        reportedOn
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkProgressListQuery, JointWorkProgressListQueryVariables>;
export const JointWorkProgressOneDocument = new TypedDocumentString(`
    query JointWorkProgressOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on JointWorkProgress {
      id
      item {
        id
        title
      }
      organization {
        id
        name
      }
      percent
      reportedOn
      text
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkProgressOneQuery, JointWorkProgressOneQueryVariables>;
export const JointWorkProgressManyDocument = new TypedDocumentString(`
    query JointWorkProgressMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on JointWorkProgress {
      id
      item {
        id
        title
      }
      organization {
        id
        name
      }
      percent
      reportedOn
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkProgressManyQuery, JointWorkProgressManyQueryVariables>;
export const JointWorkProgressExportDocument = new TypedDocumentString(`
    query JointWorkProgressExport($format: FileFormat!, $filter: JointWorkProgressFilter, $orderBy: [JointWorkProgressOrderBy!]) {
  exportJointWorkProgressReports(
    format: $format
    filter: $filter
    orderBy: $orderBy
  ) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<JointWorkProgressExportQuery, JointWorkProgressExportQueryVariables>;
export const ReportJointWorkProgressDocument = new TypedDocumentString(`
    mutation ReportJointWorkProgress($input: ReportJointWorkProgressInput!) {
  reportJointWorkProgress(input: $input) {
    __typename
    ... on JointWorkProgress {
      id
      item {
        id
        title
      }
      organization {
        id
        name
      }
      percent
      reportedOn
      text
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReportJointWorkProgressMutation, ReportJointWorkProgressMutationVariables>;
export const MeetingListDocument = new TypedDocumentString(`
    query MeetingList($first: Int, $offset: Int, $filter: MeetingFilter, $orderBy: [MeetingOrderBy!]) {
  meetings(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        title
        kind
        status
        committee {
          id
          name
        }
        street {
          id
          name
        }
        location
        heldAt
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingListQuery, MeetingListQueryVariables>;
export const MeetingOneDocument = new TypedDocumentString(`
    query MeetingOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      agendaItems {
        id
        description
        meeting {
          id
          title
        }
        position
        subjectArea
        title
      }
      attendances {
        id
        meeting {
          id
          title
        }
        note
        person {
          id
          name
        }
        status
      }
      attendees {
        id
        createdAt
        meeting {
          id
          title
        }
        organization {
          id
          name
        }
        person {
          id
          name
        }
        representativeName
        representativePost
        updatedAt
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingOneQuery, MeetingOneQueryVariables>;
export const MeetingManyDocument = new TypedDocumentString(`
    query MeetingMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      heldAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingManyQuery, MeetingManyQueryVariables>;
export const MeetingExportDocument = new TypedDocumentString(`
    query MeetingExport($format: FileFormat!, $filter: MeetingFilter, $orderBy: [MeetingOrderBy!]) {
  exportMeetings(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<MeetingExportQuery, MeetingExportQueryVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const AddAgendaItemDocument = new TypedDocumentString(`
    mutation AddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    __typename
    ... on AgendaItem {
      id
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const AddMeetingAttendeeDocument = new TypedDocumentString(`
    mutation AddMeetingAttendee($input: AddMeetingAttendeeInput!) {
  addMeetingAttendee(input: $input) {
    __typename
    ... on MeetingAttendee {
      id
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AddMeetingAttendeeMutation, AddMeetingAttendeeMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(`
    mutation CancelMeeting($input: CancelMeetingInput!) {
  cancelMeeting(input: $input) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RecordMeetingHeldDocument = new TypedDocumentString(`
    mutation RecordMeetingHeld($input: RecordMeetingHeldInput!) {
  recordMeetingHeld(input: $input) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingHeldMutation, RecordMeetingHeldMutationVariables>;
export const ScheduleCoordinationMeetingDocument = new TypedDocumentString(`
    mutation ScheduleCoordinationMeeting($input: ScheduleCoordinationMeetingInput!) {
  scheduleCoordinationMeeting(input: $input) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleCoordinationMeetingMutation, ScheduleCoordinationMeetingMutationVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    __typename
    ... on Meeting {
      id
      title
      kind
      status
      committee {
        id
        name
      }
      street {
        id
        name
      }
      location
      minutes
      heldAt
      scheduledAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MembershipListDocument = new TypedDocumentString(`
    query MembershipList($first: Int, $offset: Int, $filter: MembershipFilter, $orderBy: [MembershipOrderBy!]) {
  memberships(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        organization {
          id
          name
        }
        managementMode
        committee {
          id
          name
        }
        fromDate
        toDate
        active
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipListQuery, MembershipListQueryVariables>;
export const MembershipOneDocument = new TypedDocumentString(`
    query MembershipOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Membership {
      id
      organization {
        id
        name
      }
      managementMode
      committee {
        id
        name
      }
      fromDate
      toDate
      active
      resourcesOffered
      responsibilities
      serviceCommitments
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipOneQuery, MembershipOneQueryVariables>;
export const MembershipManyDocument = new TypedDocumentString(`
    query MembershipMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Membership {
      id
      organization {
        id
        name
      }
      managementMode
      committee {
        id
        name
      }
      fromDate
      toDate
      active
      version
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipManyQuery, MembershipManyQueryVariables>;
export const MembershipExportDocument = new TypedDocumentString(`
    query MembershipExport($format: FileFormat!, $filter: MembershipFilter, $orderBy: [MembershipOrderBy!]) {
  exportMemberships(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<MembershipExportQuery, MembershipExportQueryVariables>;
export const AddMembershipDocument = new TypedDocumentString(`
    mutation AddMembership($input: AddMembershipInput!) {
  addMembership(input: $input) {
    __typename
    ... on Membership {
      id
      organization {
        id
        name
      }
      managementMode
      committee {
        id
        name
      }
      fromDate
      toDate
      active
      resourcesOffered
      responsibilities
      serviceCommitments
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AddMembershipMutation, AddMembershipMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    __typename
    ... on Membership {
      id
      organization {
        id
        name
      }
      managementMode
      committee {
        id
        name
      }
      fromDate
      toDate
      active
      resourcesOffered
      responsibilities
      serviceCommitments
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const EndMembershipDocument = new TypedDocumentString(`
    mutation EndMembership($input: EndMembershipInput!) {
  endMembership(input: $input) {
    __typename
    ... on Membership {
      id
      organization {
        id
        name
      }
      managementMode
      committee {
        id
        name
      }
      fromDate
      toDate
      active
      resourcesOffered
      responsibilities
      serviceCommitments
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndMembershipMutation, EndMembershipMutationVariables>;
export const PartyOrganizationListDocument = new TypedDocumentString(`
    query PartyOrganizationList($first: Int, $offset: Int, $filter: PartyOrganizationFilter, $orderBy: [PartyOrganizationOrderBy!]) {
  organizations(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        name
        code
        level
        managementMode
        community {
          id
          name
        }
        superior {
          id
          name
        }
        unit {
          id
          name
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganizationListQuery, PartyOrganizationListQueryVariables>;
export const PartyOrganizationOneDocument = new TypedDocumentString(`
    query PartyOrganizationOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      partyMemberCount
      secretaryName
      superiorDistrictCode
      superiorExternalCode
      superiorExternalName
      endedAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganizationOneQuery, PartyOrganizationOneQueryVariables>;
export const PartyOrganizationManyDocument = new TypedDocumentString(`
    query PartyOrganizationMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PartyOrganizationManyQuery, PartyOrganizationManyQueryVariables>;
export const PartyOrganizationExportDocument = new TypedDocumentString(`
    query PartyOrganizationExport($format: FileFormat!, $filter: PartyOrganizationFilter, $orderBy: [PartyOrganizationOrderBy!]) {
  exportOrganizations(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<PartyOrganizationExportQuery, PartyOrganizationExportQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      partyMemberCount
      secretaryName
      superiorDistrictCode
      superiorExternalCode
      superiorExternalName
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      partyMemberCount
      secretaryName
      superiorDistrictCode
      superiorExternalCode
      superiorExternalName
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const ChangeAffiliationDocument = new TypedDocumentString(`
    mutation ChangeAffiliation($input: ChangeAffiliationInput!) {
  changeAffiliation(input: $input) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      partyMemberCount
      secretaryName
      superiorDistrictCode
      superiorExternalCode
      superiorExternalName
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeAffiliationMutation, ChangeAffiliationMutationVariables>;
export const EndOrganizationDocument = new TypedDocumentString(`
    mutation EndOrganization($input: EndRecordInput!) {
  endOrganization(input: $input) {
    __typename
    ... on PartyOrganization {
      id
      name
      code
      level
      managementMode
      community {
        id
        name
      }
      superior {
        id
        name
      }
      unit {
        id
        name
      }
      partyMemberCount
      secretaryName
      superiorDistrictCode
      superiorExternalCode
      superiorExternalName
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndOrganizationMutation, EndOrganizationMutationVariables>;
export const PersonListDocument = new TypedDocumentString(`
    query PersonList($first: Int, $offset: Int, $filter: PersonFilter, $orderBy: [PersonOrderBy!]) {
  persons(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        name
        gender
        workplaceKind
        residenceCommunity {
          id
          name
        }
        workplaceOrganization {
          id
          name
        }
        birthYear
        partyJoinedOn
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonListQuery, PersonListQueryVariables>;
export const PersonOneDocument = new TypedDocumentString(`
    query PersonOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      isPartyMember
      homeAddress
      idNumber
      phone
      position
      workplaceCreditCode
      workplaceDistrictCode
      workplaceEmployerName
      workplaceExternalCode
      endedAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PersonOneQuery, PersonOneQueryVariables>;
export const PersonManyDocument = new TypedDocumentString(`
    query PersonMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      version
    }
  }
}
    `) as unknown as TypedDocumentString<PersonManyQuery, PersonManyQueryVariables>;
export const PersonExportDocument = new TypedDocumentString(`
    query PersonExport($format: FileFormat!, $filter: PersonFilter, $orderBy: [PersonOrderBy!]) {
  exportPersons(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<PersonExportQuery, PersonExportQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      isPartyMember
      homeAddress
      idNumber
      phone
      position
      workplaceCreditCode
      workplaceDistrictCode
      workplaceEmployerName
      workplaceExternalCode
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      isPartyMember
      homeAddress
      idNumber
      phone
      position
      workplaceCreditCode
      workplaceDistrictCode
      workplaceEmployerName
      workplaceExternalCode
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const EndPersonDocument = new TypedDocumentString(`
    mutation EndPerson($input: EndPersonInput!) {
  endPerson(input: $input) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      isPartyMember
      homeAddress
      idNumber
      phone
      position
      workplaceCreditCode
      workplaceDistrictCode
      workplaceEmployerName
      workplaceExternalCode
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndPersonMutation, EndPersonMutationVariables>;
export const UpdatePersonPrivateDocument = new TypedDocumentString(`
    mutation UpdatePersonPrivate($input: UpdatePersonPrivateInput!) {
  updatePersonPrivate(input: $input) {
    __typename
    ... on Person {
      id
      name
      gender
      workplaceKind
      residenceCommunity {
        id
        name
      }
      workplaceOrganization {
        id
        name
      }
      birthYear
      partyJoinedOn
      isPartyMember
      homeAddress
      idNumber
      phone
      position
      workplaceCreditCode
      workplaceDistrictCode
      workplaceEmployerName
      workplaceExternalCode
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePersonPrivateMutation, UpdatePersonPrivateMutationVariables>;
export const ResolutionListDocument = new TypedDocumentString(`
    query ResolutionList($first: Int, $offset: Int, $filter: ResolutionFilter, $orderBy: [ResolutionOrderBy!]) {
  resolutions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        title
        number
        principle
        subjectArea
        agendaItem {
          id
          title
        }
        meeting {
          id
          title
        }
        reportedAtMeeting {
          id
          title
        }
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionListQuery, ResolutionListQueryVariables>;
export const ResolutionOneDocument = new TypedDocumentString(`
    query ResolutionOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Resolution {
      id
      title
      number
      principle
      subjectArea
      agendaItem {
        id
        title
      }
      meeting {
        id
        title
      }
      reportedAtMeeting {
        id
        title
      }
      votesAbstain
      votesAgainst
      votesFor
      reportOverdue
      text
      adoptedAt
      reportedAt
      consultations {
        id
        createdAt
        organization {
          id
          name
        }
        position
        resolution {
          id
          title
        }
        updatedAt
      }
      votes {
        id
        choice
        createdAt
        person {
          id
          name
        }
        resolution {
          id
          title
        }
        updatedAt
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionOneQuery, ResolutionOneQueryVariables>;
export const ResolutionManyDocument = new TypedDocumentString(`
    query ResolutionMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Resolution {
      id
      title
      number
      principle
      subjectArea
      agendaItem {
        id
        title
      }
      meeting {
        id
        title
      }
      reportedAtMeeting {
        id
        title
      }
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionManyQuery, ResolutionManyQueryVariables>;
export const ResolutionExportDocument = new TypedDocumentString(`
    query ResolutionExport($format: FileFormat!, $filter: ResolutionFilter, $orderBy: [ResolutionOrderBy!]) {
  exportResolutions(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<ResolutionExportQuery, ResolutionExportQueryVariables>;
export const AdoptResolutionDocument = new TypedDocumentString(`
    mutation AdoptResolution($input: AdoptResolutionInput!) {
  adoptResolution(input: $input) {
    __typename
    ... on Resolution {
      id
      title
      number
      principle
      subjectArea
      agendaItem {
        id
        title
      }
      meeting {
        id
        title
      }
      reportedAtMeeting {
        id
        title
      }
      votesAbstain
      votesAgainst
      votesFor
      reportOverdue
      text
      adoptedAt
      reportedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AdoptResolutionMutation, AdoptResolutionMutationVariables>;
export const ReportUrgentResolutionDocument = new TypedDocumentString(`
    mutation ReportUrgentResolution($input: ReportUrgentResolutionInput!) {
  reportUrgentResolution(input: $input) {
    __typename
    ... on Resolution {
      id
      title
      number
      principle
      subjectArea
      agendaItem {
        id
        title
      }
      meeting {
        id
        title
      }
      reportedAtMeeting {
        id
        title
      }
      votesAbstain
      votesAgainst
      votesFor
      reportOverdue
      text
      adoptedAt
      reportedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReportUrgentResolutionMutation, ReportUrgentResolutionMutationVariables>;
export const RulesDocumentListDocument = new TypedDocumentString(`
    query RulesDocumentList($first: Int, $offset: Int, $filter: RulesDocumentFilter, $orderBy: [RulesDocumentOrderBy!]) {
  rulesDocuments(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        title
        kind
        committee {
          id
          name
        }
        next {
          id
          title
        }
        previous {
          id
          title
        }
        resolution {
          id
          title
        }
        revision
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RulesDocumentListQuery, RulesDocumentListQueryVariables>;
export const RulesDocumentOneDocument = new TypedDocumentString(`
    query RulesDocumentOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on RulesDocument {
      id
      title
      kind
      committee {
        id
        name
      }
      next {
        id
        title
      }
      previous {
        id
        title
      }
      resolution {
        id
        title
      }
      revision
      effectiveOn
      current
      text
      supersededAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RulesDocumentOneQuery, RulesDocumentOneQueryVariables>;
export const RulesDocumentManyDocument = new TypedDocumentString(`
    query RulesDocumentMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on RulesDocument {
      id
      title
      kind
      committee {
        id
        name
      }
      next {
        id
        title
      }
      previous {
        id
        title
      }
      resolution {
        id
        title
      }
      revision
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RulesDocumentManyQuery, RulesDocumentManyQueryVariables>;
export const RulesDocumentExportDocument = new TypedDocumentString(`
    query RulesDocumentExport($format: FileFormat!, $filter: RulesDocumentFilter, $orderBy: [RulesDocumentOrderBy!]) {
  exportRulesDocuments(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<RulesDocumentExportQuery, RulesDocumentExportQueryVariables>;
export const RecordRulesDocumentDocument = new TypedDocumentString(`
    mutation RecordRulesDocument($input: RecordRulesDocumentInput!) {
  recordRulesDocument(input: $input) {
    __typename
    ... on RulesDocument {
      id
      title
      kind
      committee {
        id
        name
      }
      next {
        id
        title
      }
      previous {
        id
        title
      }
      resolution {
        id
        title
      }
      revision
      effectiveOn
      current
      text
      supersededAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RecordRulesDocumentMutation, RecordRulesDocumentMutationVariables>;
export const ReviseRulesDocumentDocument = new TypedDocumentString(`
    mutation ReviseRulesDocument($input: ReviseRulesDocumentInput!) {
  reviseRulesDocument(input: $input) {
    __typename
    ... on RulesDocument {
      id
      title
      kind
      committee {
        id
        name
      }
      next {
        id
        title
      }
      previous {
        id
        title
      }
      resolution {
        id
        title
      }
      revision
      effectiveOn
      current
      text
      supersededAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseRulesDocumentMutation, ReviseRulesDocumentMutationVariables>;
export const SeatListDocument = new TypedDocumentString(`
    query SeatList($first: Int, $offset: Int, $filter: SeatFilter, $orderBy: [SeatOrderBy!]) {
  seats(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        person {
          id
          name
        }
        allowedTransitions
        production
        role
        status
        committee {
          id
          name
        }
        sourceOrganization {
          id
          name
        }
        congressDate
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeatListQuery, SeatListQueryVariables>;
export const SeatOneDocument = new TypedDocumentString(`
    query SeatOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      attestations {
        id
        attestedAt
        attestedBy
        evidence
        qualification
        seat {
          id
          person {
            id
            name
          }
        }
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SeatOneQuery, SeatOneQueryVariables>;
export const SeatManyDocument = new TypedDocumentString(`
    query SeatMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SeatManyQuery, SeatManyQueryVariables>;
export const SeatExportDocument = new TypedDocumentString(`
    query SeatExport($format: FileFormat!, $filter: SeatFilter, $orderBy: [SeatOrderBy!]) {
  exportSeats(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<SeatExportQuery, SeatExportQueryVariables>;
export const NominateSeatDocument = new TypedDocumentString(`
    mutation NominateSeat($input: NominateSeatInput!) {
  nominateSeat(input: $input) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<NominateSeatMutation, NominateSeatMutationVariables>;
export const ApproveSeatDocument = new TypedDocumentString(`
    mutation ApproveSeat($input: SeatTransitionInput!) {
  approveSeat(input: $input) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveSeatMutation, ApproveSeatMutationVariables>;
export const EndSeatDocument = new TypedDocumentString(`
    mutation EndSeat($input: SeatTransitionInput!) {
  endSeat(input: $input) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndSeatMutation, EndSeatMutationVariables>;
export const FileSeatDocument = new TypedDocumentString(`
    mutation FileSeat($input: SeatTransitionInput!) {
  fileSeat(input: $input) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<FileSeatMutation, FileSeatMutationVariables>;
export const RejectSeatDocument = new TypedDocumentString(`
    mutation RejectSeat($input: RejectSeatInput!) {
  rejectSeat(input: $input) {
    __typename
    ... on Seat {
      id
      person {
        id
        name
      }
      allowedTransitions
      production
      role
      status
      committee {
        id
        name
      }
      sourceOrganization {
        id
        name
      }
      congressDate
      termStart
      termEnd
      nominatedByViewer
      congressReference
      rejectionReason
      approvedAt
      endedAt
      filedAt
      nominatedAt
      rejectedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RejectSeatMutation, RejectSeatMutationVariables>;
export const StreetListDocument = new TypedDocumentString(`
    query StreetList($first: Int, $offset: Int, $filter: StreetFilter, $orderBy: [StreetOrderBy!]) {
  streets(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        name
        code
        district {
          id
          name
        }
        coordinationMeetingHeld
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StreetListQuery, StreetListQueryVariables>;
export const StreetOneDocument = new TypedDocumentString(`
    query StreetOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Street {
      id
      name
      code
      district {
        id
        name
      }
      coordinationMeetingHeld
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StreetOneQuery, StreetOneQueryVariables>;
export const StreetManyDocument = new TypedDocumentString(`
    query StreetMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Street {
      id
      name
      code
      district {
        id
        name
      }
      coordinationMeetingHeld
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StreetManyQuery, StreetManyQueryVariables>;
export const StreetExportDocument = new TypedDocumentString(`
    query StreetExport($format: FileFormat!, $filter: StreetFilter, $orderBy: [StreetOrderBy!]) {
  exportStreets(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<StreetExportQuery, StreetExportQueryVariables>;
export const CreateStreetDocument = new TypedDocumentString(`
    mutation CreateStreet($input: CreateStreetInput!) {
  createStreet(input: $input) {
    __typename
    ... on Street {
      id
      name
      code
      district {
        id
        name
      }
      coordinationMeetingHeld
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateStreetMutation, CreateStreetMutationVariables>;
export const UpdateStreetDocument = new TypedDocumentString(`
    mutation UpdateStreet($input: UpdateStreetInput!) {
  updateStreet(input: $input) {
    __typename
    ... on Street {
      id
      name
      code
      district {
        id
        name
      }
      coordinationMeetingHeld
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateStreetMutation, UpdateStreetMutationVariables>;
export const UnitListDocument = new TypedDocumentString(`
    query UnitList($first: Int, $offset: Int, $filter: UnitFilter, $orderBy: [UnitOrderBy!]) {
  units(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
        name
        creditCode
        kind
        community {
          id
          name
        }
        employeeCount
        address
        contactEmail
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitListQuery, UnitListQueryVariables>;
export const UnitOneDocument = new TypedDocumentString(`
    query UnitOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on Unit {
      id
      name
      creditCode
      kind
      community {
        id
        name
      }
      employeeCount
      address
      contactEmail
      contactName
      contactPhone
      endedAt
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UnitOneQuery, UnitOneQueryVariables>;
export const UnitManyDocument = new TypedDocumentString(`
    query UnitMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Unit {
      id
      name
      creditCode
      kind
      community {
        id
        name
      }
      employeeCount
      address
      contactEmail
      version
    }
  }
}
    `) as unknown as TypedDocumentString<UnitManyQuery, UnitManyQueryVariables>;
export const UnitExportDocument = new TypedDocumentString(`
    query UnitExport($format: FileFormat!, $filter: UnitFilter, $orderBy: [UnitOrderBy!]) {
  exportUnits(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<UnitExportQuery, UnitExportQueryVariables>;
export const CreateUnitDocument = new TypedDocumentString(`
    mutation CreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    __typename
    ... on Unit {
      id
      name
      creditCode
      kind
      community {
        id
        name
      }
      employeeCount
      address
      contactEmail
      contactName
      contactPhone
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = new TypedDocumentString(`
    mutation UpdateUnit($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    __typename
    ... on Unit {
      id
      name
      creditCode
      kind
      community {
        id
        name
      }
      employeeCount
      address
      contactEmail
      contactName
      contactPhone
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const EndUnitDocument = new TypedDocumentString(`
    mutation EndUnit($input: EndRecordInput!) {
  endUnit(input: $input) {
    __typename
    ... on Unit {
      id
      name
      creditCode
      kind
      community {
        id
        name
      }
      employeeCount
      address
      contactEmail
      contactName
      contactPhone
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndUnitMutation, EndUnitMutationVariables>;
export const VolunteerActivityListDocument = new TypedDocumentString(`
    query VolunteerActivityList($first: Int, $offset: Int, $filter: VolunteerActivityFilter, $orderBy: [VolunteerActivityOrderBy!]) {
  volunteerActivities(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        title
        team {
          id
          name
        }
        participantCount
        serviceHours
        heldOn
        location
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerActivityListQuery, VolunteerActivityListQueryVariables>;
export const VolunteerActivityOneDocument = new TypedDocumentString(`
    query VolunteerActivityOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on VolunteerActivity {
      id
      title
      team {
        id
        name
      }
      participantCount
      serviceHours
      heldOn
      location
      description
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerActivityOneQuery, VolunteerActivityOneQueryVariables>;
export const VolunteerActivityManyDocument = new TypedDocumentString(`
    query VolunteerActivityMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on VolunteerActivity {
      id
      title
      team {
        id
        name
      }
      participantCount
      serviceHours
      heldOn
      location
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerActivityManyQuery, VolunteerActivityManyQueryVariables>;
export const VolunteerActivityExportDocument = new TypedDocumentString(`
    query VolunteerActivityExport($format: FileFormat!, $filter: VolunteerActivityFilter, $orderBy: [VolunteerActivityOrderBy!]) {
  exportVolunteerActivities(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<VolunteerActivityExportQuery, VolunteerActivityExportQueryVariables>;
export const RecordVolunteerActivityDocument = new TypedDocumentString(`
    mutation RecordVolunteerActivity($input: RecordVolunteerActivityInput!) {
  recordVolunteerActivity(input: $input) {
    __typename
    ... on VolunteerActivity {
      id
      title
      team {
        id
        name
      }
      participantCount
      serviceHours
      heldOn
      location
      description
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<RecordVolunteerActivityMutation, RecordVolunteerActivityMutationVariables>;
export const VolunteerTeamListDocument = new TypedDocumentString(`
    query VolunteerTeamList($first: Int, $offset: Int, $filter: VolunteerTeamFilter, $orderBy: [VolunteerTeamOrderBy!]) {
  volunteerTeams(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      node {
        id
        name
        kind
        committee {
          id
          name
        }
        leader {
          id
          name
        }
        activeMemberCount
        totalServiceHours
        foundedOn
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerTeamListQuery, VolunteerTeamListQueryVariables>;
export const VolunteerTeamOneDocument = new TypedDocumentString(`
    query VolunteerTeamOne($id: ID!) {
  node(id: $id) {
    __typename
    ... on VolunteerTeam {
      id
      name
      kind
      committee {
        id
        name
      }
      leader {
        id
        name
      }
      activeMemberCount
      totalServiceHours
      foundedOn
      endedAt
      members {
        id
        joinedOn
        leftOn
        person {
          id
          name
        }
        team {
          id
          name
        }
      }
      createdAt
      updatedAt
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerTeamOneQuery, VolunteerTeamOneQueryVariables>;
export const VolunteerTeamManyDocument = new TypedDocumentString(`
    query VolunteerTeamMany($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on VolunteerTeam {
      id
      name
      kind
      committee {
        id
        name
      }
      leader {
        id
        name
      }
      activeMemberCount
      totalServiceHours
      foundedOn
      version
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerTeamManyQuery, VolunteerTeamManyQueryVariables>;
export const VolunteerTeamExportDocument = new TypedDocumentString(`
    query VolunteerTeamExport($format: FileFormat!, $filter: VolunteerTeamFilter, $orderBy: [VolunteerTeamOrderBy!]) {
  exportVolunteerTeams(format: $format, filter: $filter, orderBy: $orderBy) {
    filename
    contentType
    base64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<VolunteerTeamExportQuery, VolunteerTeamExportQueryVariables>;
export const CreateVolunteerTeamDocument = new TypedDocumentString(`
    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
  createVolunteerTeam(input: $input) {
    __typename
    ... on VolunteerTeam {
      id
      name
      kind
      committee {
        id
        name
      }
      leader {
        id
        name
      }
      activeMemberCount
      totalServiceHours
      foundedOn
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<CreateVolunteerTeamMutation, CreateVolunteerTeamMutationVariables>;
export const UpdateVolunteerTeamDocument = new TypedDocumentString(`
    mutation UpdateVolunteerTeam($input: UpdateVolunteerTeamInput!) {
  updateVolunteerTeam(input: $input) {
    __typename
    ... on VolunteerTeam {
      id
      name
      kind
      committee {
        id
        name
      }
      leader {
        id
        name
      }
      activeMemberCount
      totalServiceHours
      foundedOn
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateVolunteerTeamMutation, UpdateVolunteerTeamMutationVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    __typename
    ... on VolunteerTeamMember {
      id
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const EndVolunteerTeamDocument = new TypedDocumentString(`
    mutation EndVolunteerTeam($input: EndVolunteerTeamInput!) {
  endVolunteerTeam(input: $input) {
    __typename
    ... on VolunteerTeam {
      id
      name
      kind
      committee {
        id
        name
      }
      leader {
        id
        name
      }
      activeMemberCount
      totalServiceHours
      foundedOn
      endedAt
      createdAt
      updatedAt
      version
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<EndVolunteerTeamMutation, EndVolunteerTeamMutationVariables>;
export const ScreensCommitteeDocument = new TypedDocumentString(`
    query ScreensCommittee($id: ID!) {
  node(id: $id) {
    __typename
    ... on Committee {
      ...CommitteeState
      code
      name
      kind
      termStart
      termEnd
      filingNumber
      rejectionReason
      dissolutionReason
      dissolvedOn
      street {
        id
        name
      }
      activeCoverages {
        id
        community {
          id
          name
          code
        }
      }
      memberships {
        id
        active
        managementMode
        fromDate
        toDate
        version
        organization {
          ...OrganizationSummary
          unit {
            id
            name
          }
        }
      }
      seats {
        ...SeatState
        role
        production
        congressDate
        congressReference
        person {
          id
          name
        }
        sourceOrganization {
          id
          name
        }
      }
    }
  }
}
    fragment CommitteeState on Committee {
  id
  version
  status
  allowedTransitions
  createdByViewer
  submittedByViewer
}
fragment SeatState on Seat {
  id
  version
  status
  allowedTransitions
  nominatedByViewer
  committee {
    id
  }
}
fragment OrganizationSummary on PartyOrganization {
  id
  name
  code
  managementMode
  endedAt
  superiorExternalName
  superior {
    name
  }
}`) as unknown as TypedDocumentString<ScreensCommitteeQuery, ScreensCommitteeQueryVariables>;
export const ScreensCandidatesDocument = new TypedDocumentString(`
    query ScreensCandidates($c: [ID!]!) {
  organizations(
    first: 50
    filter: {communityId: {in: $c}, endedAt: {present: false}}
    orderBy: [{field: CODE}]
  ) {
    edges {
      node {
        ...OrganizationSummary
        community {
          id
          name
        }
      }
    }
  }
  units(
    first: 200
    filter: {communityId: {in: $c}, endedAt: {present: false}}
    orderBy: [{field: NAME}]
  ) {
    edges {
      node {
        id
        name
        community {
          id
          name
        }
        organizations {
          ...OrganizationSummary
        }
      }
    }
  }
}
    fragment OrganizationSummary on PartyOrganization {
  id
  name
  code
  managementMode
  endedAt
  superiorExternalName
  superior {
    name
  }
}`) as unknown as TypedDocumentString<ScreensCandidatesQuery, ScreensCandidatesQueryVariables>;
export const ScreensSourcePersonsDocument = new TypedDocumentString(`
    query ScreensSourcePersons($o: ID!) {
  persons(
    first: 100
    filter: {workplaceOrganizationId: {equals: $o}, isPartyMember: {equals: true}, endedAt: {present: false}}
    orderBy: [{field: NAME}]
  ) {
    edges {
      node {
        id
        name
        position
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensSourcePersonsQuery, ScreensSourcePersonsQueryVariables>;
export const ScreensJointSetupDocument = new TypedDocumentString(`
    query ScreensJointSetup {
  streets(first: 50, orderBy: [{field: CODE}]) {
    edges {
      node {
        id
        name
        communities {
          id
          name
          code
          population
          neighbours {
            id
            name
          }
        }
      }
    }
  }
  committees(first: 200) {
    edges {
      node {
        id
        name
        activeCoverages {
          community {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensJointSetupQuery, ScreensJointSetupQueryVariables>;
export const ScreensDissolutionPreviewDocument = new TypedDocumentString(`
    query ScreensDissolutionPreview($id: ID!) {
  dissolutionPreview(id: $id) {
    coverages
    memberships
    seats
    volunteerTeams
    scheduledMeetings
    adoptedPlans
  }
}
    `) as unknown as TypedDocumentString<ScreensDissolutionPreviewQuery, ScreensDissolutionPreviewQueryVariables>;
export const ScreensDeleteCommitteeDocument = new TypedDocumentString(`
    mutation ScreensDeleteCommittee($input: CommitteeTransitionInput!) {
  deleteCommittee(input: $input) {
    __typename
    ... on DeletedCommittee {
      id
      name
    }
    ... on DomainError {
      errorCode: code
      field
      messageZh
      messageEn
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensDeleteCommitteeMutation, ScreensDeleteCommitteeMutationVariables>;
export const ScreensRulesDocumentsDocument = new TypedDocumentString(`
    query ScreensRulesDocuments($id: ID!) {
  node(id: $id) {
    __typename
    ... on Committee {
      id
      status
      missingRulesDocuments
      rulesDocuments {
        id
        version
        kind
        title
        revision
        current
        effectiveOn
        supersededAt
        text
        file {
          name
          contentType
          size
        }
        resolution {
          id
          number
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensRulesDocumentsQuery, ScreensRulesDocumentsQueryVariables>;
export const ScreensCommitteeResolutionsDocument = new TypedDocumentString(`
    query ScreensCommitteeResolutions($id: ID!) {
  resolutions(filter: {committeeId: {equals: $id}}, first: 100) {
    edges {
      node {
        id
        number
        title
        adoptedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensCommitteeResolutionsQuery, ScreensCommitteeResolutionsQueryVariables>;
export const ScreensRulesDocumentFileDocument = new TypedDocumentString(`
    query ScreensRulesDocumentFile($id: ID!) {
  rulesDocumentFile(id: $id) {
    filename
    contentType
    base64
    size
  }
}
    `) as unknown as TypedDocumentString<ScreensRulesDocumentFileQuery, ScreensRulesDocumentFileQueryVariables>;
export const ScreensWorkBoardDocument = new TypedDocumentString(`
    query ScreensWorkBoard($id: ID!) {
  node(id: $id) {
    __typename
    ... on Committee {
      id
      jointWorkItems {
        id
        title
        category
        status
        deadline
        overdue
        participants {
          id
          role
          organization {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensWorkBoardQuery, ScreensWorkBoardQueryVariables>;
export const ScreensResolutionsDocument = new TypedDocumentString(`
    query ScreensResolutions($c: ID!) {
  resolutions(first: 100, filter: {committeeId: {equals: $c}}) {
    edges {
      node {
        id
        number
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensResolutionsQuery, ScreensResolutionsQueryVariables>;
export const ScreensDashboardDocument = new TypedDocumentString(`
    query ScreensDashboard($year: Int!) {
  coverage {
    committee {
      id
      name
      status
    }
    communityCount
    organizationCount
    memberCount
    memberShare
    seatedMemberCount
    seatedMemberShare
  }
  fundingByChannel(year: $year, per: STREET) {
    channel
    amountFen
    incomeCount
    street {
      name
    }
  }
  meetingCadence(year: $year) {
    committee {
      id
      name
    }
    cadence
    compliant
    regularKept
    extendedKept
    regularMissedMonths
    extendedMissedMonths
    periods {
      period
      regularHeld
      extendedHeld
      emergencyHeld
    }
  }
  seatStructureCompliance {
    committee {
      id
      name
    }
    compliant
    secretaries
    deputies
    members
    violations {
      messageZh
      messageEn
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensDashboardQuery, ScreensDashboardQueryVariables>;
export const ScreensRulesGapsDocument = new TypedDocumentString(`
    query ScreensRulesGaps {
  rulesDocumentGaps {
    committeeCount
    missingAnyCount
    kinds {
      kind
      missingCount
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensRulesGapsQuery, ScreensRulesGapsQueryVariables>;
export const ScreensCommitteesMissingRulesDocument = new TypedDocumentString(`
    query ScreensCommitteesMissingRules {
  committees(filter: {status: {in: [APPROVED, FILED]}}, first: 100) {
    edges {
      node {
        id
        name
        missingRulesDocuments
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensCommitteesMissingRulesQuery, ScreensCommitteesMissingRulesQueryVariables>;
export const ScreensFundingPlanDocument = new TypedDocumentString(`
    query ScreensFundingPlan($id: ID!) {
  node(id: $id) {
    __typename
    ... on FundingPlan {
      ...FundingPlanState
      year
      revision
      budgetFen
      note
      adoptedAt
      resolution {
        id
        number
        title
      }
      previousPlan {
        id
        revision
      }
      ratios {
        id
        percent
        membership {
          id
        }
      }
      shares {
        percent
        shareFen
        membership {
          id
          organization {
            name
          }
        }
      }
      committee {
        id
        name
        memberships {
          id
          active
          managementMode
          organization {
            id
            name
            unit {
              name
            }
          }
        }
        fundingPlans {
          id
          year
          revision
          status
          adoptedAt
          resolution {
            number
            title
          }
        }
      }
    }
  }
}
    fragment FundingPlanState on FundingPlan {
  id
  version
  status
  allowedTransitions
  committee {
    id
  }
}`) as unknown as TypedDocumentString<ScreensFundingPlanQuery, ScreensFundingPlanQueryVariables>;
export const ScreensCommitteeStateDocument = new TypedDocumentString(`
    query ScreensCommitteeState($id: ID!) {
  node(id: $id) {
    __typename
    ... on Committee {
      ...CommitteeState
    }
  }
}
    fragment CommitteeState on Committee {
  id
  version
  status
  allowedTransitions
  createdByViewer
  submittedByViewer
}`) as unknown as TypedDocumentString<ScreensCommitteeStateQuery, ScreensCommitteeStateQueryVariables>;
export const ScreensSeatStateDocument = new TypedDocumentString(`
    query ScreensSeatState($id: ID!) {
  node(id: $id) {
    __typename
    ... on Seat {
      ...SeatState
    }
  }
}
    fragment SeatState on Seat {
  id
  version
  status
  allowedTransitions
  nominatedByViewer
  committee {
    id
  }
}`) as unknown as TypedDocumentString<ScreensSeatStateQuery, ScreensSeatStateQueryVariables>;
export const ScreensFundingPlanStateDocument = new TypedDocumentString(`
    query ScreensFundingPlanState($id: ID!) {
  node(id: $id) {
    __typename
    ... on FundingPlan {
      ...FundingPlanState
    }
  }
}
    fragment FundingPlanState on FundingPlan {
  id
  version
  status
  allowedTransitions
  committee {
    id
  }
}`) as unknown as TypedDocumentString<ScreensFundingPlanStateQuery, ScreensFundingPlanStateQueryVariables>;
export const ScreensContributionStateDocument = new TypedDocumentString(`
    query ScreensContributionState($id: ID!) {
  node(id: $id) {
    __typename
    ... on Contribution {
      ...ContributionState
    }
  }
}
    fragment ContributionState on Contribution {
  id
  version
  status
  allowedTransitions
  acknowledgedAt
}`) as unknown as TypedDocumentString<ScreensContributionStateQuery, ScreensContributionStateQueryVariables>;
export const ScreensInboxDocument = new TypedDocumentString(`
    query ScreensInbox($committeeStatuses: [CommitteeStatus!]!, $withCommittees: Boolean!, $seatStatuses: [SeatStatus!]!, $withSeats: Boolean!, $planStatuses: [FundingPlanStatus!]!, $withPlans: Boolean!, $contributionStatuses: [ContributionStatus!]!, $withContributions: Boolean!) {
  committees(first: 20, filter: {status: {in: $committeeStatuses}}) @include(if: $withCommittees) {
    totalCount
    edges {
      node {
        ...CommitteeState
        name
        code
        street {
          name
        }
      }
    }
  }
  seats(first: 20, filter: {status: {in: $seatStatuses}}) @include(if: $withSeats) {
    totalCount
    edges {
      node {
        ...SeatState
        role
        person {
          name
        }
        committee {
          id
          name
        }
        sourceOrganization {
          name
        }
      }
    }
  }
  fundingPlans(first: 20, filter: {status: {in: $planStatuses}}) @include(if: $withPlans) {
    totalCount
    edges {
      node {
        ...FundingPlanState
        year
        revision
        budgetFen
        committee {
          id
          name
        }
      }
    }
  }
  contributions(first: 20, filter: {status: {in: $contributionStatuses}}) @include(if: $withContributions) {
    totalCount
    edges {
      node {
        ...ContributionState
        amountFen
        membership {
          organization {
            name
          }
        }
        plan {
          year
          committee {
            name
          }
        }
      }
    }
  }
}
    fragment CommitteeState on Committee {
  id
  version
  status
  allowedTransitions
  createdByViewer
  submittedByViewer
}
fragment SeatState on Seat {
  id
  version
  status
  allowedTransitions
  nominatedByViewer
  committee {
    id
  }
}
fragment FundingPlanState on FundingPlan {
  id
  version
  status
  allowedTransitions
  committee {
    id
  }
}
fragment ContributionState on Contribution {
  id
  version
  status
  allowedTransitions
  acknowledgedAt
}`) as unknown as TypedDocumentString<ScreensInboxQuery, ScreensInboxQueryVariables>;
export const ScreensJointWorkItemDocument = new TypedDocumentString(`
    query ScreensJointWorkItem($id: ID!) {
  node(id: $id) {
    __typename
    ... on JointWorkItem {
      id
      version
      title
      description
      category
      status
      deadline
      overdue
      allowedTransitions
      raisedByKind
      raisedByName
      createdAt
      startedAt
      completedAt
      closedAt
      droppedAt
      dropReason
      committee {
        id
        name
      }
      fundingPlan {
        id
        year
        revision
      }
      agendaItem {
        id
        title
        meeting {
          id
          title
        }
      }
      originResolution {
        id
        number
        title
        principle
        meeting {
          id
          title
          heldAt
        }
      }
      closingResolution {
        id
        number
        title
        meeting {
          id
          title
          heldAt
        }
      }
      participants {
        id
        role
        responsiblePerson
        organization {
          id
          name
        }
      }
      progress {
        id
        reportedOn
        percent
        text
        createdAt
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensJointWorkItemQuery, ScreensJointWorkItemQueryVariables>;
export const ScreensClosingResolutionsDocument = new TypedDocumentString(`
    query ScreensClosingResolutions($c: ID!) {
  resolutions(first: 100, filter: {committeeId: {equals: $c}}) {
    edges {
      node {
        id
        number
        title
        meeting {
          id
          title
          status
          heldAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensClosingResolutionsQuery, ScreensClosingResolutionsQueryVariables>;
export const ScreensMeetingAttendeesDocument = new TypedDocumentString(`
    query ScreensMeetingAttendees($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      kind
      status
      committee {
        id
        coverages {
          endedAt
          community {
            id
          }
        }
      }
      attendees {
        id
        version
        representativeName
        representativePost
        organization {
          id
          name
        }
        person {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensMeetingAttendeesQuery, ScreensMeetingAttendeesQueryVariables>;
export const ScreensAttendeeCandidatesDocument = new TypedDocumentString(`
    query ScreensAttendeeCandidates($communityIds: [ID!]!) {
  communityOrganizations: organizations(
    filter: {communityId: {in: $communityIds}, endedAt: {present: false}}
    first: 100
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
  units(filter: {communityId: {in: $communityIds}}, first: 200) {
    edges {
      node {
        id
        organizations {
          id
          name
          endedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensAttendeeCandidatesQuery, ScreensAttendeeCandidatesQueryVariables>;
export const ScreensRemoveMeetingAttendeeDocument = new TypedDocumentString(`
    mutation ScreensRemoveMeetingAttendee($input: RemoveMeetingAttendeeInput!) {
  removeMeetingAttendee(input: $input) {
    __typename
    ... on MeetingAttendee {
      id
    }
    ... on DomainError {
      code
      field
      messageZh
      messageEn
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensRemoveMeetingAttendeeMutation, ScreensRemoveMeetingAttendeeMutationVariables>;
export const ScreensMeetingResolutionsDocument = new TypedDocumentString(`
    query ScreensMeetingResolutions($id: ID!) {
  node(id: $id) {
    __typename
    ... on Meeting {
      id
      kind
      status
      title
      heldAt
      agendaItems {
        id
        title
        subjectArea
      }
      street {
        id
      }
      committee {
        id
        memberships {
          id
          active
          organization {
            id
            name
          }
        }
      }
      attendances {
        id
        status
        person {
          id
          name
        }
      }
      resolutions {
        id
        number
        title
        principle
        subjectArea
        adoptedAt
        votesFor
        votesAgainst
        votesAbstain
        reportedAt
        reportOverdue
        reportedAtMeeting {
          id
          title
          heldAt
        }
        consultations {
          id
          position
          organization {
            id
            name
          }
        }
        jointWorkBorn {
          id
          title
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensMeetingResolutionsQuery, ScreensMeetingResolutionsQueryVariables>;
export const ScreensStreetCoordinationDocument = new TypedDocumentString(`
    query ScreensStreetCoordination($id: ID!, $year: Int!, $lastYear: Int!) {
  node(id: $id) {
    __typename
    ... on Street {
      id
      heldThisYear: coordinationMeetingHeld(year: $year)
      heldLastYear: coordinationMeetingHeld(year: $lastYear)
      coordinationMeetings {
        id
        title
        status
        scheduledAt
        heldAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensStreetCoordinationQuery, ScreensStreetCoordinationQueryVariables>;
export const ScreensStreetOrganizationsDocument = new TypedDocumentString(`
    query ScreensStreetOrganizations($s: ID!) {
  organizations(
    first: 200
    filter: {streetId: {equals: $s}, endedAt: {present: false}}
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensStreetOrganizationsQuery, ScreensStreetOrganizationsQueryVariables>;
export const ScreensNotifiedResultsDocument = new TypedDocumentString(`
    query ScreensNotifiedResults($filter: AssessmentFilter!) {
  assessments(
    first: 200
    filter: $filter
    orderBy: [{field: NOTIFIED_AT, direction: DESC}]
  ) {
    totalCount
    edges {
      node {
        id
        kind
        year
        score
        points
        grade
        remarks
        notifiedAt
        committee {
          name
        }
        organization {
          name
        }
        person {
          name
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreensNotifiedResultsQuery, ScreensNotifiedResultsQueryVariables>;