import { useQuery } from "@tanstack/react-query";
import { useLocaleState } from "react-admin";
import { explainAccess } from "../../access/index.js";
import { type AnyDocument, request } from "../../api/client.js";

/** A typed refusal of a mutation (`DomainError` member of the result union). */
export interface DomainErrorData {
  __typename: "DomainError";
  code: string;
  field: string | null;
  messageZh: string;
  messageEn: string;
  allowed: string[];
}

export const DOMAIN_ERROR_FIELDS = "... on DomainError { code field messageZh messageEn allowed }";

export type MutationOutcome<T> = { ok: true; data: T } | { ok: false; error: DomainErrorData };

/**
 * Runs the generated operation of mutation `name` (e.g. "submitCommittee": `SubmitCommitteeDocument`,
 * a persisted operation) with `input`. Its result is `Entity | DomainError`; typed refusals come back as
 * `{ ok: false }`.
 */
export async function mutate<T = { id: string }>(
  name: string,
  input: Record<string, unknown>,
): Promise<MutationOutcome<T>> {
  const operation = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  const documents = await import("../../generated/graphql.js");
  const document = (documents as unknown as Record<string, unknown>)[`${operation}Document`];
  if (!document) throw new Error(`No generated operation ${operation}`);
  const data = await request<Record<string, Record<string, unknown> | null>, { input: unknown }>(document as string, {
    input,
  });
  const result = data[name];
  if (!result) throw new Error(`${name}: no result`);
  if (result.__typename === "DomainError") {
    const { errorCode, code, ...rest } = result as Record<string, unknown>;
    return { ok: false, error: { ...(rest as Omit<DomainErrorData, "code">), code: String(errorCode ?? code) } };
  }
  return { ok: true, data: result as T };
}

/** The message of a refusal in the console's language. */
export function useErrorText(): (error: { messageZh: string; messageEn: string } | null | undefined) => string {
  const [locale] = useLocaleState();
  return (error) => (error ? (locale === "en" ? error.messageEn : error.messageZh) : "");
}

export interface Explanation {
  allowed: boolean;
  reasonZh: string;
  reasonEn: string;
}

export interface ExplainRequest {
  action: string;
  subject: string;
  id?: string | undefined;
  field?: string | undefined;
}

const keyOf = (r: ExplainRequest) => `${r.action}:${r.subject}:${r.id ?? ""}:${r.field ?? ""}`;

/**
 * The API's `explainAccess` for several (action, record, field) questions at once (in parallel);
 * answers keyed by `action:subject:id:field`. The server is the judge: the console's copy of
 * the rules cannot evaluate row conditions on raw scope columns that GraphQL does not expose.
 */
export function useExplanations(requests: readonly ExplainRequest[], enabled = true) {
  const keys = requests.map(keyOf);
  return useQuery({
    queryKey: ["screens.explainAccess", ...keys],
    enabled: enabled && requests.length > 0,
    staleTime: 5_000,
    queryFn: async () => {
      const answers = await Promise.all(requests.map((r) => explainAccess(r.action, r.subject, r.id, r.field)));
      return new Map<string, Explanation>(requests.map((r, i) => [keyOf(r), answers[i] as Explanation]));
    },
  });
}

export const explanationKey = keyOf;

/**
 * Runs one of the screens' operations (the .graphql files beside the screens, generated into
 * `src/generated/graphql.ts` and persisted), with the result typed as the screen reads it.
 */
export function gql<T>(document: { toString(): string }, variables: Record<string, unknown> = {}): Promise<T> {
  return request<T, Record<string, unknown>>(document as AnyDocument<T, Record<string, unknown>>, variables);
}
