/**
 * Expected failures, returned as typed GraphQL results (plugin-errors): a stable code, a message
 * in Chinese and in English, and the input field at fault. A failed mutation writes nothing.
 */
export type ErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "INVARIANT"
  | "UNAUTHENTICATED";

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly field: string | null;
  /** For INVALID_TRANSITION: the transitions allowed from the current state. */
  readonly allowed: string[];

  constructor(
    code: ErrorCode,
    zh: string,
    en: string,
    options: { field?: string | null; allowed?: string[]; cause?: unknown } = {},
  ) {
    super(`${zh} / ${en}`, { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.messageZh = zh;
    this.messageEn = en;
    this.field = options.field ?? null;
    this.allowed = options.allowed ?? [];
  }
}

export const notFound = (entity: string, field: string | null = "id") =>
  new DomainError("NOT_FOUND", `未找到${entity}记录`, `No such ${entity} record`, { field });

/** A caller without a token asked for something that is not public. */
export const signInFirst = () => new DomainError("UNAUTHENTICATED", "请先登录", "Sign in first", { field: null });

export const forbidden = (zh: string, en: string, field: string | null = null) =>
  new DomainError("FORBIDDEN", zh, en, { field });

export const conflict = (field = "version") =>
  new DomainError(
    "CONFLICT",
    "记录已被他人修改，请刷新后重试",
    "The record was changed by someone else; reload and try again",
    { field },
  );

export const invalid = (field: string, zh: string, en: string) => new DomainError("VALIDATION", zh, en, { field });

export const invariant = (field: string | null, zh: string, en: string) =>
  new DomainError("INVARIANT", zh, en, { field });

/**
 * A list whose items each name one of `allowed` by `key`, none twice (the people in an attendance, the
 * voters of a resolution): VALIDATION `repeated` on `<list>.<i>.<key>` at the first repeat, then
 * INVARIANT `outside` on `<list>.<i>.<key>` at the first item naming something not allowed.
 */
export function assertEachOnceFrom<K extends string>(
  list: string,
  items: readonly Readonly<Record<K, string>>[],
  key: K,
  allowed: ReadonlySet<string>,
  repeated: readonly [zh: string, en: string],
  outside: readonly [zh: string, en: string],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item[key])) throw invalid(`${list}.${i}.${key}`, ...repeated);
    seen.add(item[key]);
  });
  const stranger = items.findIndex((item) => !allowed.has(item[key]));
  if (stranger >= 0) throw invariant(`${list}.${stranger}.${key}`, ...outside);
}

export function invalidTransition(entity: string, from: string, to: string, allowed: string[]) {
  return new DomainError(
    "INVALID_TRANSITION",
    `${entity}状态不能从 ${from} 变为 ${to}；允许：${allowed.join("、") || "无"}`,
    `${entity} cannot go from ${from} to ${to}; allowed: ${allowed.join(", ") || "none"}`,
    { field: "status", allowed },
  );
}

/** A workflow: the statuses each status may move to. */
export type TransitionTable<S extends string> = Readonly<Record<S, readonly S[]>>;

/** Throws INVALID_TRANSITION (with the statuses allowed from `from`) unless `transitions` allow `from → to`. */
export function assertAllowedTransition<S extends string>(
  entity: string,
  transitions: TransitionTable<S>,
  from: S,
  to: S,
): void {
  const allowed = transitions[from];
  if (!allowed.includes(to)) throw invalidTransition(entity, from, to, [...allowed]);
}
