/** The texts of committee work: seat attestations, meetings, funding, memberships, assessments, volunteer work. */

// ---------------------------------------------------------------- committees and seats

export const ATTESTATION_EVIDENCE = {
  ENTHUSIASM: ["近三年参与社区志愿服务百余小时", "长期参与社区共建活动", "积极参与社区议事协商"],
  COORDINATION: ["曾牵头组织驻区单位联建活动", "担任单位党组织负责人多年", "具备较强组织协调能力"],
  AVAILABILITY: ["本人承诺按时参加党委会和相关活动", "工作地点在辖区内，能正常参加活动", "单位同意保障参加活动时间"],
} as const;

// ---------------------------------------------------------------- meetings

export const MEETING_LOCATIONS = [
  "社区党群服务中心会议室",
  "街道党工委会议室",
  "社区活动中心三楼会议室",
  "成员单位会议室",
];

export const AGENDA_TOPICS = [
  ["通报上月工作情况", "社区党委通报上月共建项目进展", "PARTY_BUILDING"],
  ["研究共建项目清单", "梳理驻区单位需求清单、资源清单和项目清单", "COMMUNITY_BUILDING"],
  ["讨论老旧小区改造协调事项", "协调驻区单位配合老旧小区改造施工", "COMMUNITY_BUILDING"],
  ["研究志愿服务活动安排", "安排党员志愿服务队本月活动", "SPIRITUAL_CIVILISATION"],
  ["听取在职党员报到情况汇报", "在职党员到社区报到及参加活动情况", "PARTY_BUILDING"],
  ["研究困难群众帮扶事项", "确定本季度结对帮扶对象和措施", "COMMUNITY_SERVICE"],
  ["讨论辖区环境整治方案", "背街小巷环境整治分工", "COMMUNITY_BUILDING"],
  ["研究安全生产与消防检查", "联合开展辖区安全隐患排查", "PUBLIC_SECURITY"],
  ["审议经费使用情况", "通报专项经费收支情况", "OTHER"],
  ["研究成员单位资源共享", "驻区单位场地、设施向居民开放", "COMMUNITY_SERVICE"],
  ["部署主题党日活动", "联合开展主题党日", "PARTY_BUILDING"],
  ["研究矛盾纠纷排查化解", "排查化解辖区矛盾纠纷", "PUBLIC_SECURITY"],
] as const;

export const EMERGENCY_TOPICS = [
  ["应对暴雪天气除雪保畅", "组织成员单位出人出车清除积雪", "PUBLIC_SECURITY"],
  ["处置供热管线突发故障", "协调热力公司抢修、安置受影响居民", "COMMUNITY_SERVICE"],
  ["应对汛期强降雨", "组织排查低洼地段、转移安置群众", "PUBLIC_SECURITY"],
  ["处置居民楼火灾善后", "协调临时安置和救助", "PUBLIC_SECURITY"],
] as const;

export const PRINCIPLE_TITLES = {
  MAJOR_MATTERS_DISCUSSED: ["关于年度共建工作计划的决议", "关于社区发展规划意见建议的决议"],
  PRACTICAL_MATTERS_DONE: ["关于实施便民服务项目的决议", "关于开展结对帮扶的决议", "关于共建文体活动场地的决议"],
  IMPORTANT_MATTERS_DECIDED: ["关于年度经费预算及出资比例的决议", "关于增补委员的决议", "关于考核结果的决议"],
  URGENT_MATTERS_CONSULTED: ["关于应急处置工作分工的决议", "关于紧急筹措救助物资的决议"],
} as const;

/** 大事共议: a member organisation's position, in a sentence. */
export const CONSULTATION_POSITIONS = [
  "同意，本单位将按分工抓好落实。",
  "同意，建议分阶段实施并及时通报进展。",
  "原则同意，建议进一步听取居民意见。",
  "同意，可提供场地和志愿者支持。",
  "同意，建议明确经费来源和责任分工。",
  "基本同意，希望加强与物业企业的协调。",
] as const;

// ---------------------------------------------------------------- funding

export const INCOME_SOURCES = {
  FISCAL: ["区财政社区服务群众专项经费", "街道财政拨付共建工作经费"],
  PARTY_DUES: ["区委组织部党费补助", "街道党工委下拨党费"],
  TASK_TRANSFER: ["区民政局养老服务任务经费", "区卫健局公共卫生服务任务经费", "区城管局环境整治任务经费"],
  SELF_GENERATED: ["社区食堂低偿服务收入", "托管服务低偿收费", "场地有偿使用收入"],
  SPONSORSHIP: ["驻区企业捐赠", "爱心人士捐款", "慈善协会资助"],
} as const;

// ---------------------------------------------------------------- memberships and assessments

export const RESPONSIBILITIES = [
  "参加大党委会议，落实共建项目",
  "组织在职党员到社区报到服务",
  "参与辖区环境整治和文明创建",
  "参与社区治安联防和矛盾调解",
  "结对帮扶困难家庭",
];
export const RESOURCES = [
  "会议室、活动室错时向居民开放",
  "停车场夜间向居民开放",
  "提供义诊、健康讲座",
  "提供法律咨询服务",
  "提供就业岗位信息",
  "提供食堂助餐服务",
  "提供图书、文体设施",
];
export const COMMITMENTS = [
  "每季度开展一次进社区服务",
  "每年认领不少于两个共建项目",
  "在职党员每年到社区服务不少于两次",
  "重大活动时提供人员和物资支持",
];

export const ASSESSMENT_REMARKS = {
  EXCELLENT: ["积极参与共建，作用发挥突出", "工作主动，群众评价高"],
  COMPETENT: ["能够完成共建任务", "按要求参加活动"],
  BASICALLY_COMPETENT: ["参与活动次数偏少，需加强", "共建项目推进较慢"],
  INCOMPETENT: ["全年未参加共建活动", "未履行共建承诺"],
} as const;

// ---------------------------------------------------------------- volunteers

export const VOLUNTEER_TEAMS = {
  PARTY_MEMBER_VOLUNTEERS: ["党员志愿服务队", "在职党员先锋队"],
  YOUTH_VOLUNTEERS: ["青年志愿者服务队", "青春志愿服务队"],
  LEGAL_SERVICE: ["法律服务队", "法律援助志愿服务队"],
  ELDERLY_DISABLED_ASSISTANCE: ["助老助残服务队", "邻里守望服务队"],
  OTHER: ["文体志愿服务队", "平安巡逻队", "环保志愿服务队"],
} as const;

export const VOLUNTEER_ACTIVITIES = {
  PARTY_MEMBER_VOLUNTEERS: ["清理楼道小广告", "垃圾分类宣传", "义务植树", "文明交通引导"],
  YOUTH_VOLUNTEERS: ["四点半课堂", "青少年科普活动", "关爱留守儿童"],
  LEGAL_SERVICE: ["法律咨询进社区", "反诈宣传", "民法典宣讲"],
  ELDERLY_DISABLED_ASSISTANCE: ["走访慰问空巢老人", "助老理发", "为残疾人送餐"],
  OTHER: ["社区文艺演出", "夜间平安巡逻", "旧衣物回收"],
} as const;
