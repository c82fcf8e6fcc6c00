/** Result type of the coverage query. */
import type { Committee as CommitteeRow } from "@gongjian/db/client";
import { builder } from "../builder.js";
import { Committee } from "../committees/types.js";

export interface CoverageShape {
  committee: CommitteeRow;
  communityCount: number | null;
  organizationCount: number | null;
  memberCount: number | null;
  memberShare: string | null;
  seatedMemberCount: number | null;
  seatedMemberShare: string | null;
}

export const CommitteeCoverage = builder.objectRef<CoverageShape>("CommitteeCoverage").implement({
  description:
    "大党委覆盖情况：覆盖社区内的党组织、其中的成员单位及有职务的成员单位 / Coverage of a committee: organisations in its covered communities, how many are members, how many members hold a seat",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    communityCount: t.exposeInt("communityCount", {
      nullable: true,
      description:
        "当前覆盖的社区数（无权读取其中全部记录时为空，而非只计可读部分）/ Communities covered now (null unless you may read every row it counts: never a partial count)",
    }),
    organizationCount: t.exposeInt("organizationCount", {
      nullable: true,
      description:
        "覆盖社区内（社区党组织或驻区单位党组织）未撤销的党组织数（无权读取其中全部记录时为空，而非只计可读部分）/ Organisations (not ended) located in the covered communities (the community's own or a unit's there) (null unless you may read every row it counts: never a partial count)",
    }),
    memberCount: t.exposeInt("memberCount", {
      nullable: true,
      description:
        "其中为本大党委现任成员单位的数量（无权读取其中全部记录时为空，而非只计可读部分）/ Of them, current members of this committee (null unless you may read every row it counts: never a partial count)",
    }),
    memberShare: t.expose("memberShare", {
      type: "Decimal",
      nullable: true,
      description:
        "成员单位占比（0–1，四位小数；无党组织或数量不可见时为空）/ Share of members (0–1, four decimals; null when there is no organisation or a count is null)",
    }),
    seatedMemberCount: t.exposeInt("seatedMemberCount", {
      nullable: true,
      description:
        "至少有一名在任委员（职务来源为该党组织）的成员单位数（无权读取其中全部记录时为空，而非只计可读部分）/ Members with at least one active seat whose source is their organisation (null unless you may read every row it counts: never a partial count)",
    }),
    seatedMemberShare: t.expose("seatedMemberShare", {
      type: "Decimal",
      nullable: true,
      description:
        "有职务的成员单位占成员单位的比例（0–1，四位小数；数量不可见时为空）/ Share of members holding a seat (0–1, four decimals; null when a count is null)",
    }),
  }),
});
