/**
 * 制度: the rules documents a committee keeps (issue 15 item 4), and the limits of their attached
 * file. Pure and browser-safe: the API checks them (api/src/rules-documents/rules.ts), the console
 * checks them before an upload, the seed follows them; the migration's CHECKs repeat the limits.
 */
/** The four documents every committee keeps, in the order the mechanism names them. */
export const RULES_DOCUMENT_KINDS = [
  "WORK_RESPONSIBILITIES", // 《社区党委工作职责》
  "COMMITTEE_MEETING_RULES", // 《社区“大党委”会议制度》
  "MAJOR_QUESTIONS_DECISION_RULES", // 《社区重要问题审议决策制度》
  "DEMOCRATIC_SUPERVISION_RULES", // 《民主监督制度》
] as const;
export type RulesDocumentKindName = (typeof RULES_DOCUMENT_KINDS)[number];

/** The customary title of each kind (the default title of a new document). */
export const RULES_DOCUMENT_TITLES: Record<RulesDocumentKindName, string> = {
  WORK_RESPONSIBILITIES: "社区党委工作职责",
  COMMITTEE_MEETING_RULES: "社区“大党委”会议制度",
  MAJOR_QUESTIONS_DECISION_RULES: "社区重要问题审议决策制度",
  DEMOCRATIC_SUPERVISION_RULES: "民主监督制度",
};

/** Largest attached file, in bytes (2 MiB: the file travels base64 in a JSON body limited to 5 MB). */
export const MAX_RULES_FILE_BYTES = 2 * 1024 * 1024;

/** The accepted types of an attached file (the migration's CHECK names the same). */
export const RULES_FILE_TYPES = [
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
  "text/plain",
  "image/jpeg",
  "image/png",
] as const;

/** Longest text of a document, in characters. */
export const MAX_RULES_TEXT_LENGTH = 50_000;

/** The kinds a committee has no current document of, in the order of RULES_DOCUMENT_KINDS. */
export function missingRulesDocumentKinds(currentKinds: Iterable<string>): RulesDocumentKindName[] {
  const have = new Set(currentKinds);
  return RULES_DOCUMENT_KINDS.filter((kind) => !have.has(kind));
}
