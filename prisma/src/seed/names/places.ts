/** Names of places: the demo district and the fictional ones, streets, communities, roads. */

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
