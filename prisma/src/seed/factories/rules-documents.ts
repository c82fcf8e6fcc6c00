/** Factories of a committee's rules documents (制度) and their revisions. */
import { beijingDate } from "@gongjian/domain/calendar";
import { RULES_DOCUMENT_TITLES, type RulesDocumentKindName } from "@gongjian/domain/rules-documents";
import type { Prisma } from "../../../generated/client/client.js";
import { addDays } from "../random.js";
import type { Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

/** The body of a document of each kind: its customary articles, shortened. */
const ARTICLES: Record<RulesDocumentKindName, string[]> = {
  WORK_RESPONSIBILITIES: [
    "第一条 宣传贯彻党的路线方针政策，团结带领辖区党组织和党员完成社区各项任务。",
    "第二条 讨论决定社区建设、管理和服务中的重要问题，协调辖区单位共驻共建。",
    "第三条 领导社区居委会和各类组织依法开展工作，支持居委会行使执行权。",
  ],
  COMMITTEE_MEETING_RULES: [
    "第一条 党委会每月或每季度召开一次，扩大会原则上每月召开一次，遇有紧急事项随时召开。",
    "第二条 会议须有半数以上委员到会方能召开，列席单位不计入法定人数。",
    "第三条 会议议题由书记提出，会前征求成员单位意见，会议形成决议并编号存档。",
  ],
  MAJOR_QUESTIONS_DECISION_RULES: [
    "第一条 实行“大事共议、实事共办、要事共决、急事共商”议事原则。",
    "第二条 涉及社区建设与管理、社区服务、社区文化、社区民主自治、精神文明建设、社会治安综合治理的重大问题，须经党委会审议决定。",
    "第三条 要事共决须经到会委员过半数同意，表决结果记入会议纪要。",
  ],
  DEMOCRATIC_SUPERVISION_RULES: [
    "第一条 社区监督委员会对党委会决议的执行情况进行监督。",
    "第二条 每年组织成员单位和党员群众对大党委及其委员进行民主评议。",
    "第三条 评议意见及时反馈，限期整改，整改情况向成员单位通报。",
  ],
};

export function rulesDocumentFactories({ rnd, stamp }: Kit) {
  return {
    /** Version 1 of a kind (or, with `previous`, the revision superseding it), adopted by `resolution`. */
    rulesDocument(
      resolution: Parent<Row<"resolution">, "id" | "committeeId" | "streetId" | "adoptedAt">,
      kind: RulesDocumentKindName,
      overrides: Partial<Prisma.RulesDocumentCreateManyInput> & { previous?: Row<"rulesDocument"> } = {},
    ): Row<"rulesDocument"> {
      const { previous, ...rest } = overrides;
      const adopted = resolution.adoptedAt as Date;
      const effectiveOn = addDays(beijingDate(adopted), rnd.int(0, 10));
      return {
        id: rnd.uuid(),
        committeeId: resolution.committeeId as string, // a committee's resolution
        streetId: resolution.streetId,
        kind,
        revision: previous ? Number(previous.revision) + 1 : 1,
        previousId: previous?.id ?? null,
        title: RULES_DOCUMENT_TITLES[kind],
        resolutionId: resolution.id,
        effectiveOn,
        text: [
          ...ARTICLES[kind],
          previous ? "第四条 本制度自生效之日起施行，原制度同时废止。" : "第四条 本制度自生效之日起施行。",
        ].join("\n"),
        supersededAt: null,
        version: 1,
        ...stamp(adopted),
        ...rest,
      };
    },
  };
}
