/** Names of units (fictional brands and trades), district departments, party organisations and their external superiors. */
import type { Random } from "../random.js";

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
