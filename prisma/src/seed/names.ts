/**
 * Vocabularies for fictional but realistic Chinese names: places, units, party
 * organisations, people, positions, and the texts of meetings, funds, assessments and
 * volunteer work. Any resemblance of a generated unit or person to a real one is chance.
 */
import type { Random } from "./random.js";

// ---------------------------------------------------------------- places

/** The demo district (code 210102) and fictional districts that external superiors live in. */
export const HOME_DISTRICT = { code: "210102", name: "和泰区" } as const;
export const OTHER_DISTRICTS = [
  { code: "210103", name: "河东区" },
  { code: "210104", name: "大成区" },
  { code: "210105", name: "皇城区" },
  { code: "210106", name: "铁北区" },
  { code: "210111", name: "浑南新区" },
] as const;

export const STREET_NAMES = [
  "太和",
  "安宁",
  "兴华",
  "长青",
  "新开",
  "民安",
  "福民",
  "春晖",
  "青年",
  "光荣",
  "中兴",
  "马路湾",
  "胜利",
  "集贤",
  "浑河湾",
  "北斗",
] as const;

const COMMUNITY_FIRST = [
  "和",
  "安",
  "兴",
  "福",
  "康",
  "华",
  "文",
  "德",
  "春",
  "泰",
  "瑞",
  "明",
  "嘉",
  "锦",
  "丰",
  "宁",
  "祥",
  "裕",
  "新",
  "长",
] as const;
const COMMUNITY_SECOND = [
  "园",
  "苑",
  "里",
  "湾",
  "城",
  "馨",
  "景",
  "平",
  "欣",
  "阳",
  "源",
  "桥",
  "庭",
  "居",
  "林",
] as const;

/** All 300 two-character community names, in a fixed order that varies both characters early on. */
export const COMMUNITY_NAMES: readonly string[] = COMMUNITY_SECOND.flatMap((_, round) =>
  COMMUNITY_FIRST.map((a, j) => `${a}${COMMUNITY_SECOND[(j + round) % COMMUNITY_SECOND.length]}`),
);

export const ROADS = [
  "中华路",
  "民主路",
  "太原街",
  "南京北街",
  "和平大街",
  "十一纬路",
  "三经街",
  "五里河街",
  "砂山街",
  "长白街",
  "浑河大街",
  "集贤街",
  "文化路",
  "青年大街",
  "市府大路",
  "胜利南街",
  "光荣街",
  "北二马路",
  "兴华街",
  "南湖路",
] as const;

// ---------------------------------------------------------------- units

/** District-level departments whose party committees are the superiors of units elsewhere. */
export const DISTRICT_DEPARTMENTS = [
  { key: "education", name: "教育局", subordinate: "school" },
  { key: "health", name: "卫生健康局", subordinate: "clinic" },
  { key: "police", name: "公安分局", subordinate: "police" },
  { key: "tax", name: "税务局", subordinate: "tax" },
  { key: "market", name: "市场监督管理局", subordinate: "market" },
  { key: "civil", name: "民政局", subordinate: null },
  { key: "hrss", name: "人力资源和社会保障局", subordinate: null },
  { key: "urban", name: "城市管理综合行政执法局", subordinate: "urban" },
] as const;
export type DepartmentKey = (typeof DISTRICT_DEPARTMENTS)[number]["key"];

/** Characters that fictional brand names (字号) are made of, two at a time. */
const BRAND_CHARS =
  "华宇恒信瑞丰金鼎嘉禾盛中联北辰宏远天诚东润博启明汇通安泰广源同创新科云帆达德星河立和康航智聚能亿万众卓越百川泽凯旋锦程鸿运鑫隆兴荣昌";

/** A two-character brand (字号) such as 恒信 or 鸿运; about 4,000 combinations. */
export function brand(rnd: Random): string {
  const a = rnd.int(0, BRAND_CHARS.length - 1);
  let b = rnd.int(0, BRAND_CHARS.length - 2);
  if (b >= a) b++;
  return BRAND_CHARS.charAt(a) + BRAND_CHARS.charAt(b);
}

const ECONOMIC_TRADES = [
  "科技",
  "商贸",
  "信息技术",
  "网络科技",
  "文化传媒",
  "餐饮管理",
  "电子商务",
  "物业服务",
  "教育咨询",
  "健康管理",
  "广告",
  "物流",
] as const;
const ENTERPRISE_TRADES = ["建设集团", "能源", "置业", "燃气", "热力", "医药", "百货", "建筑设计研究院"] as const;
const SOCIAL_ORGS = [
  "志愿者协会",
  "个体劳动者协会",
  "书画协会",
  "老年人体育协会",
  "慈善协会",
  "餐饮行业协会",
  "楼宇经济促进会",
] as const;
const SOCIAL_SERVICES = [
  "社会工作服务中心",
  "青少年发展服务中心",
  "居家养老服务中心",
  "心理咨询服务中心",
  "助残服务中心",
  "社区发展促进中心",
] as const;
const OTHER_UNITS = ["业主委员会", "商户联合会", "物业管理处"] as const;

/** Ordinal used in school and branch names. */
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"] as const;

export function ordinal(n: number): string {
  return ORDINALS[(n - 1) % ORDINALS.length] ?? String(n);
}

export interface UnitNames {
  /** A district department (区直部门): "和泰区教育局". */
  department(districtName: string, deptName: string): string;
  /** A unit subordinate to a department, named after the place it is in. */
  subordinate(
    kind: NonNullable<(typeof DISTRICT_DEPARTMENTS)[number]["subordinate"]>,
    place: string,
    n: number,
  ): string;
  enterprise(rnd: Random, place: string): string;
  hospital(rnd: Random, districtName: string): string;
  economic(rnd: Random): string;
  social(rnd: Random, districtName: string, community: string): string;
  residentsCommittee(community: string): string;
  other(rnd: Random, community: string): string;
}

export const unitNames: UnitNames = {
  department: (districtName, deptName) => `${districtName}${deptName}`,
  subordinate(kind, place, n) {
    switch (kind) {
      case "school":
        return n % 3 === 0 ? `${place}第${ordinal(n / 3)}中学` : `${place}第${ordinal(n - Math.floor(n / 3))}小学`;
      case "clinic":
        return `${place}街道社区卫生服务中心`;
      case "police":
        return `${place}派出所`;
      case "tax":
        return `${place}税务所`;
      case "market":
        return `${place}市场监督管理所`;
      case "urban":
        return `${place}街道城管执法中队`;
    }
  },
  enterprise(rnd, place) {
    const b = brand(rnd);
    return rnd.weighted([
      [`辽宁${b}${rnd.pick(ENTERPRISE_TRADES)}有限公司`, 4],
      [`${b}${rnd.pick(ENTERPRISE_TRADES)}有限公司${place}分公司`, 3],
      [`${b}银行${place}支行`, 2],
      [`${place}邮政支局`, 1],
    ]);
  },
  hospital: (rnd, districtName) =>
    rnd.weighted([
      [`${districtName}${rnd.pick(["中医院", "妇幼保健院", "口腔医院"])}`, 1],
      [`市第${ordinal(rnd.int(1, 9))}人民医院`, 1],
      [`${brand(rnd)}${rnd.pick(["医院", "中西医结合医院", "康复医院"])}`, 4],
    ]),
  economic: (rnd) => `${brand(rnd)}${rnd.pick(ECONOMIC_TRADES)}有限公司`,
  social: (rnd, districtName, community) =>
    rnd.weighted([
      [`${districtName}${rnd.pick(SOCIAL_ORGS)}`, 1],
      [`${brand(rnd)}${rnd.pick(SOCIAL_SERVICES)}`, 6],
      [`${community}社区${rnd.pick(["居家养老服务站", "文体协会", "调解协会"])}`, 1],
    ]),
  residentsCommittee: (community) => `${community}社区居民委员会`,
  other: (rnd, community) =>
    rnd.weighted([
      [`${brand(rnd)}${rnd.pick(["花园", "家园", "小区", "新城", "公寓"])}业主委员会`, 3],
      [`${brand(rnd)}${rnd.pick(["大厦", "商厦", "广场"])}物业管理处`, 2],
      [`${community}${rnd.pick(OTHER_UNITS)}`, 1],
    ]),
};

// ---------------------------------------------------------------- party organisations

export const ORG_LEVEL_SUFFIX = { COMMITTEE: "党委", GENERAL_BRANCH: "党总支", BRANCH: "党支部" } as const;

export function organizationName(ownerName: string, level: keyof typeof ORG_LEVEL_SUFFIX): string {
  return `${ownerName}${ORG_LEVEL_SUFFIX[level]}`;
}

export function communityOrganizationName(community: string): string {
  return `${community}社区党委`;
}

/** Superiors registered in other districts' systems (集团公司、市直单位). */
export const EXTERNAL_SUPERIORS = [
  "市国资委直属企业党委",
  "市教育局党委",
  "市卫生健康委党组",
  "市公安局党委",
  "国家税务总局市税务局党委",
  "市属国有企业集团党委",
  "市直机关工委",
  "省属企业集团党委",
] as const;

// ---------------------------------------------------------------- people

/** Common surnames, most frequent first (weights roughly follow their frequency). */
export const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "黄",
  "周",
  "吴",
  "徐",
  "孙",
  "马",
  "胡",
  "朱",
  "郭",
  "何",
  "罗",
  "高",
  "林",
  "于",
  "郑",
  "梁",
  "谢",
  "唐",
  "许",
  "冯",
  "宋",
  "韩",
  "邓",
  "彭",
  "曹",
  "曾",
  "田",
  "萧",
  "潘",
  "袁",
  "蔡",
  "姜",
  "崔",
  "董",
  "孟",
  "白",
  "关",
  "尹",
  "付",
  "吕",
  "丁",
  "沈",
  "任",
] as const;

const GIVEN_MALE = "伟刚勇军杰涛明超强磊波辉鹏浩宇峰建国志华文斌东海平凯立新晨阳振宏健亮俊德旭毅鑫";
const GIVEN_FEMALE = "丽娟敏静芳艳霞玲秀红梅婷雪琳颖洁慧燕倩璐佳欣怡晶萍瑶淑娜莉薇蕾雯悦琴";
const GIVEN_COMMON = "春晓宁安子思嘉一雨欣博晨";

export function personName(rnd: Random, gender: "MALE" | "FEMALE"): string {
  const surnameIndex = Math.min(SURNAMES.length - 1, Math.floor(SURNAMES.length * rnd.float() ** 1.6));
  const surname = SURNAMES[surnameIndex] ?? "王";
  const pool = gender === "MALE" ? GIVEN_MALE : GIVEN_FEMALE;
  const first = rnd.chance(0.25) ? rnd.pick([...GIVEN_COMMON]) : rnd.pick([...pool]);
  return rnd.chance(0.3) ? `${surname}${first}` : `${surname}${first}${rnd.pick([...pool])}`;
}

export const POSITIONS = {
  unitTop: ["党委书记、董事长", "党委书记、局长", "党委书记、院长", "党委书记、总经理", "党支部书记、校长"],
  unitDeputy: ["党委副书记", "党总支书记", "党支部书记", "工会主席", "办公室主任"],
  communitySecretary: ["社区党委书记、居委会主任"],
  communityStaff: ["社区党委副书记", "社区党委委员", "社区居委会副主任", "网格员", "社区工作者"],
  staff: ["职工", "教师", "医生", "护士", "工程师", "民警", "会计", "科员", "销售经理", "技术员", "社工", "律师"],
  retired: ["退休干部", "退休职工", "退休教师"],
} as const;

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
  ["通报上月工作情况", "社区党委通报上月共建项目进展"],
  ["研究共建项目清单", "梳理驻区单位需求清单、资源清单和项目清单"],
  ["讨论老旧小区改造协调事项", "协调驻区单位配合老旧小区改造施工"],
  ["研究志愿服务活动安排", "安排党员志愿服务队本月活动"],
  ["听取在职党员报到情况汇报", "在职党员到社区报到及参加活动情况"],
  ["研究困难群众帮扶事项", "确定本季度结对帮扶对象和措施"],
  ["讨论辖区环境整治方案", "背街小巷环境整治分工"],
  ["研究安全生产与消防检查", "联合开展辖区安全隐患排查"],
  ["审议经费使用情况", "通报专项经费收支情况"],
  ["研究成员单位资源共享", "驻区单位场地、设施向居民开放"],
  ["部署主题党日活动", "联合开展主题党日"],
  ["研究矛盾纠纷排查化解", "排查化解辖区矛盾纠纷"],
] as const;

export const EMERGENCY_TOPICS = [
  ["应对暴雪天气除雪保畅", "组织成员单位出人出车清除积雪"],
  ["处置供热管线突发故障", "协调热力公司抢修、安置受影响居民"],
  ["应对汛期强降雨", "组织排查低洼地段、转移安置群众"],
  ["处置居民楼火灾善后", "协调临时安置和救助"],
] as const;

export const PRINCIPLE_TITLES = {
  MAJOR_MATTERS_DISCUSSED: ["关于年度共建工作计划的决议", "关于社区发展规划意见建议的决议"],
  PRACTICAL_MATTERS_DONE: ["关于实施便民服务项目的决议", "关于开展结对帮扶的决议", "关于共建文体活动场地的决议"],
  IMPORTANT_MATTERS_DECIDED: ["关于年度经费预算及出资比例的决议", "关于增补委员的决议", "关于考核结果的决议"],
  URGENT_MATTERS_CONSULTED: ["关于应急处置工作分工的决议", "关于紧急筹措救助物资的决议"],
} as const;

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
