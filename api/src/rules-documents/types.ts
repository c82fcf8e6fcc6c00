import { missingRulesDocumentKinds } from "@gongjian/domain/rules-documents";
import { builder } from "../builder.js";
import { Committee } from "../committees/types.js";
import { batched } from "../data/batch.js";
import * as field from "../data/entity-fields.js";
import { nodeOptions } from "../data/nodes.js";
import { fileColumns, valueObject } from "../data/value-objects.js";
import { readable } from "../permissions/pothos-guard.js";
import { RulesDocumentKindEnum } from "../system/enums.js";

/** What a list shows of an attached file: never its content (see `rulesDocumentFile`). */
const RulesFileInfo = valueObject("RulesFileInfo", "附件信息（不含内容）/ Attached file (without its content)", {
  name: fileColumns.filename,
  contentType: fileColumns.contentType,
  size: fileColumns.size,
});

export const RulesDocument = builder.prismaNode("RulesDocument", {
  description:
    "制度（社区党委工作职责、“大党委”会议制度、重要问题审议决策制度、民主监督制度），每次修订形成新版本，旧版本保留可查 / Rules document (work responsibilities, meeting rules, decision rules, democratic supervision); each revision is a new version, the old ones stay readable",
  ...nodeOptions("RulesDocument"),
  // Select mode: only the columns a request asks for are read, plus the ones the permission rules
  // look at, so a list never reads the attached files' bytes.
  select: { id: true, committeeId: true, streetId: true },
  fields: (t) => ({
    kind: t.expose("kind", { type: RulesDocumentKindEnum, description: "制度类型 / Kind" }),
    revision: t.exposeInt("revision", { description: "版本（第几版）/ Revision number" }),
    ...field.strings(t, { title: "标题 / Title", text: "正文 / Text" }),
    ...field.dates(t, "Date", { effectiveOn: "生效日期 / Effective from" }),
    ...field.dates(t, "DateTime", {
      supersededAt: "被取代时间（现行版本为空）/ Superseded at (empty for the current version)",
    }),
    ...field.parents(t, {
      committee: "大党委 / Committee",
      resolution: "通过该制度的决议 / Adopting resolution",
      previous: "所修订的上一版本 / Previous version (the one this revises)",
      next: "取代本版本的新版本 / Next version (the one superseding this)",
    }),
    current: t.boolean({
      description: "是否现行版本 / Whether this is the current version",
      guardField: "supersededAt",
      select: { supersededAt: true },
      resolve: (row) => row.supersededAt === null,
    }),
    file: t.field({
      type: RulesFileInfo,
      nullable: true,
      description: "附件（下载用 rulesDocumentFile）/ Attached file (download with rulesDocumentFile)",
      guardField: "fileName",
      select: { fileName: true, fileContentType: true, fileSize: true },
      resolve: (row) =>
        row.fileName && row.fileContentType && row.fileSize !== null
          ? { name: row.fileName, contentType: row.fileContentType, size: row.fileSize }
          : null,
    }),
    ...field.stamps(t),
  }),
});

// ---------------------------------------------------------------- the committee's documents

builder.prismaObjectField(
  Committee,
  "rulesDocuments",
  (t) =>
    t.relation("rulesDocuments", {
      description: "制度（含历史版本）/ Rules documents (all versions)",
      ...readable("RulesDocument"),
    }) as never,
);

builder.prismaObjectField(
  Committee,
  "missingRulesDocuments",
  (t) =>
    t.field({
      type: [RulesDocumentKindEnum],
      nullable: true,
      description:
        "缺少现行版本的制度类型（四项制度应齐全；无权查看制度时为空）/ Kinds of rules document the committee has no current version of (all four are expected; null when the caller may not read its documents)",
      guardField: false,
      resolve: async (committee, _args, ctx) => {
        if (!ctx.guard.canRead("RulesDocument", { committeeId: committee.id, streetId: committee.streetId }))
          return null;
        // One query for all the committees of a response, through the read rules.
        const kinds = await batched<string[]>(
          ctx,
          "Committee.missingRulesDocuments",
          async (ids) => {
            const rows = await ctx.db.prisma.rulesDocument.findMany({
              where: { AND: [{ committeeId: { in: ids }, supersededAt: null }, ctx.guard.where("RulesDocument")] },
              select: { committeeId: true, kind: true },
            });
            const byCommittee = new Map<string, string[]>();
            for (const row of rows)
              byCommittee.set(row.committeeId, [...(byCommittee.get(row.committeeId) ?? []), row.kind]);
            return byCommittee;
          },
          [],
        )(committee.id);
        return missingRulesDocumentKinds(kinds);
      },
    }) as never,
);
