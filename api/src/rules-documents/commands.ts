/**
 * The rules document commands: record (version 1 of a kind) and revise (a new version superseding
 * the current one). One plain function per write, `(scope, input) => row`: the checks (rules.ts),
 * then `createChecked` / `updateVersioned`, which do the ability check, the write and the audit event.
 */
import { RULES_DOCUMENT_TITLES } from "@gongjian/domain/rules-documents";
import type { InputOf } from "../data/inputs.js";
import { createChecked, lockRow, type MutationScope, updateVersioned } from "../data/mutation.js";
import { loadReferenced, loadTarget } from "../data/references.js";
import { assertCommitteeWorking } from "../meetings/rules.js";
import type { RecordRulesDocumentInput, ReviseRulesDocumentInput } from "./inputs.js";
import {
  assertCurrent,
  assertEffectiveOn,
  assertNoCurrentOfKind,
  assertResolutionOfCommittee,
  type FileColumns,
  fileColumns,
  NO_FILE,
  type RulesFile,
} from "./rules.js";

type VersionInput = { resolutionId: string; effectiveOn: Date; text: string; file?: RulesFile | null | undefined };

/**
 * The columns of a new version, after its checks: the adopting resolution (read through the read rules,
 * the committee's own, adopted no later than the effective date, which is not before `parent.effectiveOn`
 * for a revision) and the file (its limits), with the given title.
 */
async function versionColumns(
  scope: MutationScope,
  input: VersionInput,
  parent: { committeeId: string; streetId: string; kind: string; title: string; effectiveOn?: Date },
  fallbackFile: FileColumns,
) {
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  assertResolutionOfCommittee(resolution.committeeId, parent.committeeId);
  assertEffectiveOn(input.effectiveOn, resolution.adoptedAt, parent.effectiveOn);
  return {
    committeeId: parent.committeeId,
    streetId: parent.streetId,
    kind: parent.kind,
    title: parent.title,
    resolutionId: resolution.id,
    effectiveOn: input.effectiveOn,
    text: input.text,
    ...(input.file ? fileColumns(input.file) : fallbackFile),
  };
}

export async function recordRulesDocument(scope: MutationScope, input: InputOf<typeof RecordRulesDocumentInput>) {
  const committee = await loadReferenced(scope, "Committee", input.committeeId, "committeeId");
  assertCommitteeWorking(committee.status);
  // Records of one committee take turns, so each sees whether the kind already has a current document.
  await lockRow(scope, "Committee", committee.id);
  const columns = await versionColumns(
    scope,
    input,
    {
      committeeId: committee.id,
      streetId: committee.streetId,
      kind: input.kind,
      title: input.title || RULES_DOCUMENT_TITLES[input.kind],
    },
    NO_FILE,
  );
  assertNoCurrentOfKind(
    await scope.tx.rulesDocument.findFirst({
      where: { committeeId: committee.id, kind: input.kind, supersededAt: null },
      select: { id: true },
    }),
  );
  const row = { ...columns, revision: 1 };
  return createChecked(scope, "RulesDocument", row, {
    action: "recordRulesDocument",
    refusal: ["无权登记该大党委的制度", "Not allowed to record this committee's rules documents", "committeeId"],
  });
}

export async function reviseRulesDocument(scope: MutationScope, input: InputOf<typeof ReviseRulesDocumentInput>) {
  const before = await loadTarget(scope, "RulesDocument", input.id, "update", { fields: ["supersededAt"] });
  assertCurrent(before.supersededAt);
  const keptFile: FileColumns = input.removeFile
    ? NO_FILE
    : {
        fileName: before.fileName,
        fileContentType: before.fileContentType,
        fileSize: before.fileSize,
        fileData: before.fileData,
      };
  const columns = await versionColumns(scope, input, { ...before, title: input.title || before.title }, keptFile);
  // Superseded first (CONFLICT if stale), so the one-current-per-kind index admits the new version.
  await updateVersioned(
    scope,
    "RulesDocument",
    before,
    input.version,
    { supersededAt: new Date() },
    "reviseRulesDocument",
  );
  const row = { ...columns, revision: before.revision + 1, previousId: before.id };
  return createChecked(scope, "RulesDocument", row, {
    action: "reviseRulesDocument",
    refusal: ["无权修订该大党委的制度", "Not allowed to revise this committee's rules documents", "id"],
  });
}
