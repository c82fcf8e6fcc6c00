/** Names of people (surnames and given names, weighted) and their positions. */
import type { Random } from "../random.js";

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
