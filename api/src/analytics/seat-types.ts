/** Result types of the seat structure query. */
import type { Committee as CommitteeRow } from "@gongjian/db/client";
import { builder } from "../builder.js";
import { Committee } from "../committees/types.js";

export interface ViolationShape {
  field: string | null;
  messageZh: string;
  messageEn: string;
}

export const SeatStructureViolation = builder.objectRef<ViolationShape>("SeatStructureViolation").implement({
  description: "不符合职数结构的一项 / One way the seat structure falls short",
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: "相关字段 / Field concerned" }),
    messageZh: t.exposeString("messageZh", { description: "说明（中文）/ Message in Chinese" }),
    messageEn: t.exposeString("messageEn", { description: "说明（英文）/ Message in English" }),
  }),
});

export interface SeatStructureShape {
  committee: CommitteeRow;
  secretaries: number | null;
  executiveDeputies: number | null;
  fullTimeDeputies: number | null;
  partTimeDeputies: number | null;
  deputies: number | null;
  members: number | null;
  seats: number | null;
  violations: ViolationShape[];
}

export const SeatStructureCompliance = builder.objectRef<SeatStructureShape>("SeatStructureCompliance").implement({
  description:
    "大党委在任职数结构（提名、批准、备案的职务）及是否符合要求。结论按该大党委全部在任职务计算；各数仅在可读取全部在任职务时给出，否则为空 / A committee's active seats (nominated, approved, filed) and whether their structure complies. The verdict is computed on all its active seats; the counts are given only to a caller who may read every active seat, otherwise null",
  fields: (t) => ({
    committee: t.field({ type: Committee, description: "大党委 / Committee", resolve: (r) => r.committee }),
    secretaries: t.exposeInt("secretaries", { nullable: true, description: "书记 / Secretaries" }),
    executiveDeputies: t.exposeInt("executiveDeputies", {
      nullable: true,
      description: "常务副书记 / Executive deputies",
    }),
    fullTimeDeputies: t.exposeInt("fullTimeDeputies", {
      nullable: true,
      description: "专职副书记 / Full-time deputies",
    }),
    partTimeDeputies: t.exposeInt("partTimeDeputies", {
      nullable: true,
      description: "兼职副书记 / Part-time deputies",
    }),
    deputies: t.exposeInt("deputies", {
      nullable: true,
      description: "专、兼职副书记合计 / Deputies in all (full-time and part-time)",
    }),
    members: t.exposeInt("members", { nullable: true, description: "委员 / Members" }),
    seats: t.exposeInt("seats", { nullable: true, description: "在任职务合计 / Active seats in all" }),
    compliant: t.boolean({
      description:
        "符合职数结构（1名书记、1名来自覆盖社区党组织的专职副书记、2至3名副书记）/ Complies (one secretary, one full-time deputy from a covered community's organisation, 2–3 deputies)",
      resolve: (r) => r.violations.length === 0,
    }),
    violations: t.expose("violations", { type: [SeatStructureViolation], description: "不符合之处 / Violations" }),
  }),
});
