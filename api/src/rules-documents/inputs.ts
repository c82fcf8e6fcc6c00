/** The input types of the rules document mutations (with their zod validation). */
import { MAX_RULES_TEXT_LENGTH } from "@gongjian/domain/rules-documents";
import { builder } from "../builder.js";
import { type InputFieldBuilder, refField, uploadedFileFields, versionedRecordInput } from "../data/inputs.js";
import { optionalText, text } from "../data/validation.js";
import { RulesDocumentKindEnum } from "../system/enums.js";

const RulesFileInput = builder.inputType("RulesFileInput", {
  description:
    "附件（PDF、Word、ODT、纯文本、JPEG、PNG，最大 2 MB，base64）/ Attached file (PDF, Word, ODT, plain text, JPEG, PNG; at most 2 MB; base64)",
  fields: uploadedFileFields,
});

/** The fields a version states: its adopting resolution, effective date, text and file. */
const versionFields = (t: InputFieldBuilder) => ({
  resolutionId: t.id(refField("通过该制度的决议（本大党委的）/ Adopting resolution (of the same committee)")),
  effectiveOn: t.field({
    type: "Date",
    required: true,
    description: "生效日期（不早于决议日期）/ Effective from (not before the resolution)",
  }),
  text: t.string({ required: true, description: "正文 / Text", validate: text(MAX_RULES_TEXT_LENGTH) }),
  file: t.field({ type: RulesFileInput, description: "附件（可选）/ Attached file (optional)" }),
});

export const RecordRulesDocumentInput = builder.inputType("RecordRulesDocumentInput", {
  description: "登记大党委的一项制度（第1版）/ Record a rules document of a committee (version 1)",
  fields: (t) => ({
    committeeId: t.id(refField("大党委 / Committee")),
    kind: t.field({ type: RulesDocumentKindEnum, required: true, description: "制度类型 / Kind" }),
    title: t.string({
      description: "标题（默认为该类制度的名称）/ Title (default: the kind's name)",
      validate: optionalText(200),
    }),
    ...versionFields(t),
  }),
});

export const ReviseRulesDocumentInput = versionedRecordInput(
  "ReviseRulesDocumentInput",
  "修订现行制度：形成新版本，取代现行版本（旧版本保留可查）/ Revise a current document: a new version supersedes it (the old one stays readable)",
  "所修订的现行版本 / The current version revised",
  (t) => ({
    title: t.string({ description: "标题（默认沿用）/ Title (default: unchanged)", validate: optionalText(200) }),
    ...versionFields(t),
    removeFile: t.boolean({
      description:
        "不给新附件时：true 则新版本无附件，否则沿用上一版本的附件 / Without a new file: true leaves the new version without one, else it keeps the previous version's file",
    }),
  }),
);
