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
} from "./rules.js";

/** The adopting resolution, read through the read rules, checked to be the committee's and before the effective date. */
async function adoptingResolution(
  scope: MutationScope,
  input: { resolutionId: string; effectiveOn: Date },
  committeeId: string,
  previousEffectiveOn?: Date,
) {
  const resolution = await loadReferenced(scope, "Resolution", input.resolutionId, "resolutionId");
  assertResolutionOfCommittee(resolution.committeeId, committeeId);
  assertEffectiveOn(input.effectiveOn, resolution.adoptedAt, previousEffectiveOn);
  return resolution;
}

export async function recordRulesDocument(scope: MutationScope, input: InputOf<typeof RecordRulesDocumentInput>) {
  const committee = await loadReferenced(scope, "Committee", input.committeeId, "committeeId");
  assertCommitteeWorking(committee.status);
  // Records of one committee take turns, so each sees whether the kind already has a current document.
  await lockRow(scope, "Committee", committee.id);
  const resolution = await adoptingResolution(scope, input, committee.id);
  const file = input.file ? fileColumns(input.file) : NO_FILE;
  assertNoCurrentOfKind(
    await scope.tx.rulesDocument.findFirst({
      where: { committeeId: committee.id, kind: input.kind, supersededAt: null },
      select: { id: true },
    }),
  );
  const row = {
    committeeId: committee.id,
    streetId: committee.streetId,
    kind: input.kind,
    revision: 1,
    title: input.title || RULES_DOCUMENT_TITLES[input.kind],
    resolutionId: resolution.id,
    effectiveOn: input.effectiveOn,
    text: input.text,
    ...file,
  };
  return createChecked(scope, "RulesDocument", row, {
    action: "recordRulesDocument",
    refusal: ["无权登记该大党委的制度", "Not allowed to record this committee's rules documents", "committeeId"],
  });
}

export async function reviseRulesDocument(scope: MutationScope, input: InputOf<typeof ReviseRulesDocumentInput>) {
  const before = await loadTarget(scope, "RulesDocument", input.id, "update", { fields: ["supersededAt"] });
  assertCurrent(before.supersededAt);
  const resolution = await adoptingResolution(scope, input, before.committeeId, before.effectiveOn);
  const keptFile: FileColumns = input.removeFile
    ? NO_FILE
    : {
        fileName: before.fileName,
        fileContentType: before.fileContentType,
        fileSize: before.fileSize,
        fileData: before.fileData,
      };
  const file = input.file ? fileColumns(input.file) : keptFile;
  // Superseded first (CONFLICT if stale), so the one-current-per-kind index admits the new version.
  await updateVersioned(
    scope,
    "RulesDocument",
    before,
    input.version,
    { supersededAt: new Date() },
    "reviseRulesDocument",
  );
  const row = {
    committeeId: before.committeeId,
    streetId: before.streetId,
    kind: before.kind,
    revision: before.revision + 1,
    previousId: before.id,
    title: input.title || before.title,
    resolutionId: resolution.id,
    effectiveOn: input.effectiveOn,
    text: input.text,
    ...file,
  };
  return createChecked(scope, "RulesDocument", row, {
    action: "reviseRulesDocument",
    refusal: ["无权修订该大党委的制度", "Not allowed to revise this committee's rules documents", "id"],
  });
}
