/** react-admin's parameters and form values turned into the API's variables: filters, orderBy, mutation inputs. */
import type { MutationDef, ResourceDef } from "../generated/resources.js";

export type AnyRecord = Record<string, unknown> & { id: string };

/** react-admin's flat filter values → the API's filter input of the list. */
export function toApiFilter(resource: ResourceDef, filter: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  const put = (key: string, op: string, value: unknown) => {
    out[key] = { ...(out[key] ?? {}), [op]: value };
  };
  for (const [rawKey, value] of Object.entries(filter)) {
    if (value === undefined || value === "" || value === null) continue;
    if (rawKey === "q") {
      const display = resource.display[0];
      if (display && resource.filters.some((f) => f.name === display && f.kind === "string"))
        put(display, "contains", value);
      continue;
    }
    const range = /^(.*)_(gte|lte)$/.exec(rawKey);
    const key = range?.[1] ?? rawKey;
    const def = resource.filters.find((f) => f.name === key);
    if (!def) continue;
    if (range?.[2]) {
      const op = range[2];
      put(
        key,
        op,
        def.kind === "datetime" && /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? dayBound(String(value), op) : value,
      );
      continue;
    }
    switch (def.kind) {
      case "string":
        put(key, "contains", String(value));
        break;
      case "int":
        put(key, "equals", Number(value));
        break;
      case "boolean":
        put(key, "equals", value === true || value === "true");
        break;
      case "presence":
        put(key, "present", value === true || value === "true");
        break;
      default:
        if (Array.isArray(value)) put(key, "in", value);
        else put(key, "equals", value);
    }
  }
  return out;
}

function dayBound(day: string, op: string): string {
  return op === "gte" ? new Date(`${day}T00:00:00`).toISOString() : new Date(`${day}T23:59:59.999`).toISOString();
}

export function toOrderBy(resource: ResourceDef, sort?: { field: string; order: string }) {
  const field = sort?.field ? resource.sort[sort.field] : undefined;
  if (!field) {
    const fallback = resource.defaultSort;
    return fallback ? [{ field: resource.sort[fallback.field], direction: fallback.order }] : undefined;
  }
  return [{ field, direction: sort?.order === "DESC" ? "DESC" : "ASC" }];
}

/** Adds the input-shaped keys a form needs (communityId ← community.id, neighbourIds ← neighbours[].id). */
export function withInputKeys(resource: ResourceDef, record: AnyRecord): AnyRecord {
  const out: AnyRecord = { ...record };
  for (const m of [resource.update, resource.create]) {
    for (const f of m?.fields ?? []) {
      if (!f.recordField || f.recordField === f.name || f.name in out) continue;
      const value = record[f.recordField];
      if (Array.isArray(value)) out[f.name] = value.map((v) => (v as { id?: string })?.id).filter(Boolean);
      else if (value && typeof value === "object") out[f.name] = (value as { id?: string }).id ?? null;
      else if (value === null) out[f.name] = null;
    }
  }
  return out;
}

function isEmpty(value: unknown) {
  return value === undefined;
}

/** The mutation's input from a form's values (only its own fields; empty strings become null). */
export function inputFrom(mutation: MutationDef, data: Record<string, unknown>, previous?: Record<string, unknown>) {
  const input: Record<string, unknown> = {};
  for (const f of mutation.fields) {
    let value = data[f.name];
    if (isEmpty(value)) continue;
    if (value === "") value = null;
    if (previous && JSON.stringify(previous[f.name] ?? null) === JSON.stringify(value ?? null)) continue;
    if (value === null && f.required) continue;
    input[f.name] = value;
  }
  return input;
}
