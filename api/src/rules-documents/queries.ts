import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { byCommittee, byKind, orderableStamps } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";
import { fileColumns, valueObject } from "../data/value-objects.js";
import { notFound } from "../errors/domain-error.js";
import { RulesDocumentKindEnum } from "../system/enums.js";

defineRootList({
  subject: "RulesDocument",
  field: "rulesDocuments",
  description: "制度 / Rules documents",
  filters: {
    ...byCommittee,
    ...byKind(RulesDocumentKindEnum, "制度类型 / Kind"),
    supersededAt: {
      kind: "present",
      description: "已被取代（false：只看现行版本）/ Superseded (false: current versions only)",
    },
    title: { kind: "string", description: "标题 / Title" },
    effectiveOn: { kind: "date", description: "生效日期范围 / Effective between" },
  },
  orderable: ["kind", "revision", "title", "effectiveOn", "supersededAt", ...orderableStamps],
  defaultOrder: [{ kind: "asc" }, { revision: "desc" }],
});

const RulesDocumentFile = valueObject(
  "RulesDocumentFile",
  "制度附件的内容（base64）/ The content of a rules document's attached file (base64)",
  fileColumns,
);

// The one read of a file's bytes: a single document, through the same read rules as the document.
builder.queryField("rulesDocumentFile", (t) =>
  t.field({
    type: RulesDocumentFile,
    nullable: true,
    description:
      "下载一份制度的附件（只读单条记录；列表和导出从不含附件内容）；无附件时为空 / Download a rules document's attached file (one record only; lists and exports never carry file contents); null when it has none",
    permission: "read:RulesDocument",
    args: { id: t.arg.id({ required: true, description: "制度（某一版本）/ Rules document (a version)" }) },
    resolve: async (_root, args, ctx) => {
      const id = fromGlobalId("RulesDocument", String(args.id));
      const row = await ctx.db.prisma.rulesDocument.findFirst({
        where: { AND: [{ id }, ctx.guard.where("RulesDocument")] },
        select: {
          committeeId: true,
          streetId: true,
          fileName: true,
          fileContentType: true,
          fileSize: true,
          fileData: true,
        },
      });
      if (!row) throw notFound("RulesDocument");
      if (
        !row.fileData ||
        !row.fileName ||
        !row.fileContentType ||
        !ctx.guard.canRead("RulesDocument", row, "fileName")
      )
        return null;
      return {
        filename: row.fileName,
        contentType: row.fileContentType,
        size: row.fileData.length,
        base64: Buffer.from(row.fileData).toString("base64"),
      };
    },
  }),
);
