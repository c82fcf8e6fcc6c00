/**
 * The rules of a rules document (制度), plain functions without a database: the attached file's
 * limits (the limits themselves are in @gongjian/domain/rules-documents, shared with the console),
 * the adopting resolution and the effective date, the version chain.
 */
import { beijingDate } from "@gongjian/domain/calendar";
import { MAX_RULES_FILE_BYTES, RULES_FILE_TYPES } from "@gongjian/domain/rules-documents";
import { invalid, invariant } from "../errors/domain-error.js";

export {
  MAX_RULES_FILE_BYTES,
  missingRulesDocumentKinds,
  RULES_DOCUMENT_KINDS,
  RULES_FILE_TYPES,
} from "@gongjian/domain/rules-documents";

export interface RulesFile {
  name: string;
  contentType: string;
  base64: string;
}

/** The file columns of a document: all null for no file. */
export interface FileColumns {
  fileName: string | null;
  fileContentType: string | null;
  fileSize: number | null;
  fileData: Uint8Array<ArrayBuffer> | null;
}

export const NO_FILE: FileColumns = { fileName: null, fileContentType: null, fileSize: null, fileData: null };

const tooLarge = (field: string) => {
  const mib = MAX_RULES_FILE_BYTES / 1024 / 1024;
  return invalid(`${field}.base64`, `附件超过 ${mib} MB`, `The file is larger than ${mib} MB`);
};

/**
 * An uploaded file as the columns it is stored in: a type among RULES_FILE_TYPES, 1 byte to
 * MAX_RULES_FILE_BYTES of valid base64. `field` names the input field of the file.
 */
export function fileColumns(file: RulesFile, field = "file"): FileColumns {
  const contentType = file.contentType.trim().toLowerCase();
  if (!(RULES_FILE_TYPES as readonly string[]).includes(contentType)) {
    throw invalid(
      `${field}.contentType`,
      `不接受此类型的附件（${file.contentType}）；可用 PDF、Word、ODT、纯文本、JPEG、PNG`,
      `Files of type ${file.contentType} are not accepted; use PDF, Word, ODT, plain text, JPEG or PNG`,
    );
  }
  // Checked on the text before decoding, so an oversized upload is never decoded.
  if (file.base64.length > Math.ceil(MAX_RULES_FILE_BYTES / 3) * 4 + 4) throw tooLarge(field);
  const compact = file.base64.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw invalid(`${field}.base64`, "附件内容不是有效的 base64", "The file content is not valid base64");
  }
  const bytes = Buffer.from(compact, "base64");
  if (bytes.length === 0) throw invalid(`${field}.base64`, "附件为空", "The file is empty");
  if (bytes.length > MAX_RULES_FILE_BYTES) throw tooLarge(field);
  return {
    fileName: file.name,
    fileContentType: contentType,
    fileSize: bytes.length,
    fileData: new Uint8Array(bytes),
  };
}

/** The adopting resolution is one of the document's committee. */
export function assertResolutionOfCommittee(resolutionCommitteeId: string | null, committeeId: string): void {
  if (resolutionCommitteeId !== committeeId) {
    throw invariant(
      "resolutionId",
      "通过该制度的决议须是本大党委的决议",
      "The adopting resolution must be one of the same committee",
    );
  }
}

/**
 * A document takes effect on or after the (Beijing) day its resolution was adopted, and a revision
 * no earlier than the version it revises.
 */
export function assertEffectiveOn(effectiveOn: Date, adoptedAt: Date, previousEffectiveOn?: Date): void {
  if (effectiveOn < beijingDate(adoptedAt)) {
    throw invariant(
      "effectiveOn",
      "生效日期不能早于通过该制度的决议日期",
      "A document cannot take effect before the resolution adopting it",
    );
  }
  if (previousEffectiveOn && effectiveOn < previousEffectiveOn) {
    throw invariant(
      "effectiveOn",
      "修订版本的生效日期不能早于上一版本",
      "A revision cannot take effect before the version it revises",
    );
  }
}

/** The committee has no current document of the kind (else the current one is revised instead). */
export function assertNoCurrentOfKind(current: { id: string } | null): void {
  if (current) {
    throw invariant(
      "kind",
      "该大党委已有此类现行制度，请修订现行版本",
      "The committee already has a current document of this kind; revise it instead",
    );
  }
}

/** Only the current version is revised; a superseded one stays as it was. */
export function assertCurrent(supersededAt: Date | null): void {
  if (supersededAt !== null) {
    throw invariant(
      "id",
      "该版本已被取代，只能修订现行版本",
      "This version has been superseded; only the current version can be revised",
    );
  }
}
