import { useQuery } from "@tanstack/react-query";
import {
  ScreensCommitteeResolutionsDocument,
  type ScreensCommitteeResolutionsQuery,
  ScreensRulesDocumentFileDocument,
  type ScreensRulesDocumentFileQuery,
  ScreensRulesDocumentsDocument,
  type ScreensRulesDocumentsQuery,
} from "../../generated/graphql.js";
import { gql } from "../lib/api.js";
import { downloadBase64 } from "../lib/download.js";

/** The four kinds of rules document (制度) every committee at work is expected to have, in the spec's order. */
export const RULES_KINDS = [
  "WORK_RESPONSIBILITIES",
  "COMMITTEE_MEETING_RULES",
  "MAJOR_QUESTIONS_DECISION_RULES",
  "DEMOCRATIC_SUPERVISION_RULES",
] as const;

type CommitteeRules = Extract<NonNullable<ScreensRulesDocumentsQuery["node"]>, { __typename: "Committee" }>;
export type RulesDocumentData = NonNullable<CommitteeRules["rulesDocuments"]>[number];
export type ResolutionOption = NonNullable<
  NonNullable<ScreensCommitteeResolutionsQuery["resolutions"]>["edges"]
>[number];

/** A committee's rules documents (every version) and the kinds it has no current version of. */
export function useRulesDocuments(committeeId: string) {
  return useQuery({
    queryKey: ["screens.rulesDocuments", committeeId],
    queryFn: async () => {
      const data = await gql<ScreensRulesDocumentsQuery>(ScreensRulesDocumentsDocument, { id: committeeId });
      return data.node?.__typename === "Committee" ? (data.node as CommitteeRules) : null;
    },
  });
}

/** The committee's resolutions, the choices of a new version's adopting resolution (newest first). */
export function useCommitteeResolutions(committeeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["screens.committeeResolutions", committeeId],
    enabled,
    queryFn: async () => {
      const data = await gql<ScreensCommitteeResolutionsQuery>(ScreensCommitteeResolutionsDocument, {
        id: committeeId,
      });
      return (data.resolutions?.edges ?? [])
        .flatMap((e) => (e?.node ? [e.node] : []))
        .sort((a, b) => String(b.adoptedAt ?? "").localeCompare(String(a.adoptedAt ?? "")));
    },
  });
}

/** Downloads a version's attached file (`rulesDocumentFile`, one record at a time). */
export async function downloadRulesFile(id: string): Promise<boolean> {
  const data = await gql<ScreensRulesDocumentFileQuery>(ScreensRulesDocumentFileDocument, { id });
  if (!data.rulesDocumentFile) return false;
  downloadBase64(data.rulesDocumentFile);
  return true;
}

/** Reads a chosen file as the API's RulesFileInput (base64 content). */
export function readFileInput(file: File): Promise<{ name: string; contentType: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve({
        name: file.name,
        contentType: file.type || "application/octet-stream",
        base64: url.slice(url.indexOf(",") + 1),
      });
    };
    reader.readAsDataURL(file);
  });
}
