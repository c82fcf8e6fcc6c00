/**
 * 制度: the four rules documents on some committees and not on others (issue 15 item 4), so the
 * dashboard's flag and the analysts' gap statistic have both cases. Each document is adopted by
 * one of the committee's resolutions; some were revised later in the year (version 2 supersedes
 * version 1). Built after everything else so the earlier phases draw exactly what they drew before.
 *
 * - demo: the first committee with resolutions (by code) keeps all four and revised its meeting
 *   rules; the second keeps all four; the others keep two (工作职责, 会议制度).
 * - district: about 55 % of the committees keep all four, 30 % one to three, 15 % none.
 */
import { RULES_DOCUMENT_KINDS } from "@gongjian/domain/rules-documents";
import type { Row } from "../factories/index.js";
import type { Build } from "./model.js";

export function buildRulesDocuments(b: Build): void {
  const { f, rnd, data } = b;
  const byCommittee = new Map<string, Row<"resolution">[]>();
  for (const r of data.resolution) {
    // Coordination meetings' resolutions (no committee) adopt no committee's rules.
    if (r.committeeId) byCommittee.set(r.committeeId, [...(byCommittee.get(r.committeeId) ?? []), r]);
  }
  const committees = data.committee.filter((c) => byCommittee.has(c.id)).sort((a, b) => a.code.localeCompare(b.code));
  committees.forEach((committee, index) => {
    const resolutions = (byCommittee.get(committee.id) ?? []).sort(
      (a, b) => (a.adoptedAt as Date).getTime() - (b.adoptedAt as Date).getTime(),
    );
    const first = resolutions[0];
    const later = resolutions.at(-1);
    if (!first || !later) return;
    let kinds: readonly (typeof RULES_DOCUMENT_KINDS)[number][];
    let revised: (typeof RULES_DOCUMENT_KINDS)[number] | null = null;
    if (b.scale === "demo") {
      kinds = index < 2 ? RULES_DOCUMENT_KINDS : RULES_DOCUMENT_KINDS.slice(0, 2);
      if (index === 0) revised = "COMMITTEE_MEETING_RULES";
    } else {
      const draw = rnd.float();
      kinds = draw < 0.55 ? RULES_DOCUMENT_KINDS : draw < 0.85 ? rnd.sample(RULES_DOCUMENT_KINDS, rnd.int(1, 3)) : [];
      if (kinds.length > 0 && rnd.chance(0.1)) revised = rnd.pick(kinds);
    }
    for (const kind of kinds) {
      const document = f.rulesDocument(first, kind);
      data.rulesDocument.push(document);
      if (kind !== revised || later === first) continue;
      const revision: Row<"rulesDocument"> = f.rulesDocument(later, kind, { previous: document });
      if ((revision.effectiveOn as Date) < (document.effectiveOn as Date)) revision.effectiveOn = document.effectiveOn;
      document.supersededAt = later.adoptedAt;
      document.updatedAt = later.adoptedAt;
      document.version = 2;
      data.rulesDocument.push(revision);
    }
  });
}
