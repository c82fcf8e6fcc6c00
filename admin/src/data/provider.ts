/**
 * react-admin's data provider over the API's list grammar (relay connections with `totalCount`, typed
 * `filter`, `orderBy`, `offset`), using the operations generated for every resource (src/generated/graphql.ts).
 *
 * - getList / getManyReference → `<Type>List` with first/offset, the filter (react-admin's flat filter
 *   values turned into the API's filter inputs, see `toApiFilter` in variables.ts) and orderBy.
 * - getOne → `<Type>One` (`node(id)`), getMany → `<Type>Many` (`nodes(ids)`).
 * - create / update → the model's create / update mutation; update sends only the changed fields with the
 *   record's `version` (a stale version is refused as CONFLICT). delete → the model's end mutation, where
 *   the API has one (react-admin shows no delete button otherwise).
 * - A `DomainError` becomes an HttpError whose `body.errors` puts the message (in the current language) on
 *   the field at fault and in the notification (`root.serverError`); a FORBIDDEN one adds the API's
 *   `explainAccess` reason.
 */
import { type DataProvider, HttpError } from "ra-core";
import { explainAccess } from "../access/index.js";
import { request } from "../api/client.js";
import * as documents from "../generated/graphql.js";
import { type MutationDef, type ResourceDef, resourcesByName } from "../generated/resources.js";
import { currentLocale } from "../i18n/index.js";
import { type AnyRecord, inputFrom, toApiFilter, toOrderBy, withInputKeys } from "./variables.js";

interface DomainErrorResult {
  __typename: "DomainError";
  errorCode: string;
  field: string | null;
  messageZh: string;
  messageEn: string;
  allowed: string[];
}

export const MAX_PAGE = 200;

function resourceOf(name: string): ResourceDef {
  const resource = resourcesByName[name];
  if (!resource) throw new Error(`Unknown resource ${name}`);
  return resource;
}

function documentOf(operation: string) {
  const document = (documents as Record<string, unknown>)[`${operation}Document`];
  if (!document) throw new Error(`No generated operation ${operation}`);
  return document as string;
}

interface Connection {
  totalCount: number;
  edges: ({ node: AnyRecord | null } | null)[] | null;
}

async function list(
  resource: ResourceDef,
  params: {
    pagination?: { page: number; perPage: number };
    sort?: { field: string; order: string };
    filter?: Record<string, unknown>;
  },
) {
  const perPage = Math.min(params.pagination?.perPage ?? 25, MAX_PAGE);
  const page = Math.max(params.pagination?.page ?? 1, 1);
  const variables: Record<string, unknown> = {
    first: perPage,
    offset: (page - 1) * perPage,
  };
  if (resource.filterInput) variables.filter = toApiFilter(resource, params.filter);
  const orderBy = resource.orderByInput ? toOrderBy(resource, params.sort) : undefined;
  if (orderBy) variables.orderBy = orderBy;
  const data = await request<Record<string, Connection | null>, Record<string, unknown>>(
    documentOf(resource.operations.list),
    variables,
  );
  const connection = data[resource.list];
  const rows = (connection?.edges ?? []).map((e) => e?.node).filter((n): n is AnyRecord => Boolean(n));
  return { data: rows, total: connection?.totalCount ?? rows.length };
}

function errorText(error: { messageZh: string; messageEn: string }) {
  return currentLocale() === "en" ? error.messageEn : error.messageZh;
}

/** Turns a DomainError result into the HttpError react-admin shows on the form and in a notification. */
async function refuse(
  error: DomainErrorResult,
  resource: ResourceDef,
  mutation: MutationDef,
  id?: string,
): Promise<never> {
  let message = errorText(error);
  if (error.errorCode === "FORBIDDEN") {
    try {
      const why = await explainAccess(mutation.action, mutation.returns, id ?? null, error.field ?? null);
      if (!why.allowed) message = `${message}（${currentLocale() === "en" ? why.reasonEn : why.reasonZh}）`;
    } catch {
      // the refusal itself is the answer
    }
  }
  if (error.errorCode === "INVALID_TRANSITION" && error.allowed.length > 0) {
    message = `${message} [${error.allowed.join(", ")}]`;
  }
  const errors: Record<string, unknown> = { root: { serverError: message } };
  const field = error.field?.split(".")[0];
  if (field && field !== "id" && field !== "version" && mutation.fields.some((f) => f.name === field))
    errors[field] = message;
  throw new HttpError(message, error.errorCode === "FORBIDDEN" ? 403 : error.errorCode === "CONFLICT" ? 409 : 400, {
    errors,
    code: error.errorCode,
    resource: resource.name,
  });
}

async function runMutation(
  resource: ResourceDef,
  mutation: MutationDef,
  input: Record<string, unknown>,
  id?: string,
): Promise<AnyRecord> {
  const data = await request<
    Record<string, (AnyRecord & { __typename: string }) | DomainErrorResult>,
    { input: unknown }
  >(documentOf(mutation.operation), { input });
  const result = data[mutation.name];
  if (!result) throw new HttpError(`${mutation.name}: no result`, 500);
  if (result.__typename === "DomainError") return refuse(result as DomainErrorResult, resource, mutation, id);
  return result as AnyRecord;
}

export const provider = {
  async getList(resourceName: string, params: Parameters<DataProvider["getList"]>[1]) {
    return list(resourceOf(resourceName), params);
  },
  async getManyReference(resourceName: string, params: Parameters<DataProvider["getManyReference"]>[1]) {
    return list(resourceOf(resourceName), { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },
  async getOne(resourceName: string, params: { id: string | number }) {
    const resource = resourceOf(resourceName);
    const data = await request<{ node: AnyRecord | null }, { id: string }>(documentOf(resource.operations.one), {
      id: String(params.id),
    });
    if (!data.node) throw new HttpError(currentLocale() === "en" ? "Not found" : "记录不存在或不在您的权限范围内", 404);
    return { data: withInputKeys(resource, data.node) };
  },
  async getMany(resourceName: string, params: { ids: (string | number)[] }) {
    const resource = resourceOf(resourceName);
    const ids = [...new Set(params.ids.map(String))].filter(Boolean);
    if (ids.length === 0) return { data: [] };
    const data = await request<{ nodes: (AnyRecord | null)[] }, { ids: string[] }>(
      documentOf(resource.operations.many),
      {
        ids,
      },
    );
    return { data: data.nodes.filter((n): n is AnyRecord => Boolean(n?.id)) };
  },
  async create(resourceName: string, params: { data: Record<string, unknown> }) {
    const resource = resourceOf(resourceName);
    if (!resource.create) throw new HttpError(`${resourceName} cannot be created`, 405);
    const record = await runMutation(resource, resource.create, inputFrom(resource.create, params.data));
    return { data: withInputKeys(resource, record) };
  },
  async update(
    resourceName: string,
    params: { id: string | number; data: Record<string, unknown>; previousData?: Record<string, unknown> },
  ) {
    const resource = resourceOf(resourceName);
    const mutation = resource.update;
    if (!mutation) throw new HttpError(`${resourceName} cannot be updated`, 405);
    const previous = params.previousData ?? {};
    const input = {
      ...inputFrom(mutation, params.data, previous),
      [mutation.idField ?? "id"]: String(params.id),
      ...(mutation.versioned ? { version: previous.version ?? params.data.version } : {}),
    };
    const record = await runMutation(resource, mutation, input, String(params.id));
    return { data: withInputKeys(resource, record) };
  },
  async updateMany(resourceName: string, params: { ids: (string | number)[]; data: Record<string, unknown> }) {
    const done: string[] = [];
    for (const id of params.ids) {
      const { data: previousData } = await provider.getOne(resourceName, { id });
      await provider.update(resourceName, { id, data: { ...previousData, ...params.data }, previousData });
      done.push(String(id));
    }
    return { data: done };
  },
  async delete(resourceName: string, params: { id: string | number; previousData?: Record<string, unknown> }) {
    const resource = resourceOf(resourceName);
    const mutation = resource.delete;
    if (!mutation) throw new HttpError(`${resourceName} cannot be deleted`, 405);
    const record = await runMutation(
      resource,
      mutation,
      {
        [mutation.idField ?? "id"]: String(params.id),
        ...(mutation.versioned ? { version: params.previousData?.version } : {}),
      },
      String(params.id),
    );
    return { data: record };
  },
  async deleteMany(resourceName: string, params: { ids: (string | number)[] }) {
    const done: string[] = [];
    for (const id of params.ids) {
      const { data: previousData } = await provider.getOne(resourceName, { id });
      await provider.delete(resourceName, { id, previousData });
      done.push(String(id));
    }
    return { data: done };
  },
  /**
   * A workflow or other record action of the model (`resource.actions`), e.g. `approveCommittee`:
   * `input` holds the action's own fields; the record's id and version are added. Returns the record.
   */
  async runAction(
    resourceName: string,
    params: { action: string; record: AnyRecord; input?: Record<string, unknown> },
  ) {
    const resource = resourceOf(resourceName);
    const mutation = [...resource.actions, resource.update, resource.create, resource.delete].find(
      (m) => m?.name === params.action,
    );
    if (!mutation) throw new HttpError(`${resourceName} has no action ${params.action}`, 405);
    const input: Record<string, unknown> = { ...(params.input ?? {}) };
    if (mutation.idField) input[mutation.idField] = params.record.id;
    if (mutation.versioned) input.version = params.record.version;
    const record = await runMutation(resource, mutation, input, params.record.id);
    return { data: record };
  },
  /** The list's export (CSV or XLSX) with react-admin's filter and sort, as the API's FileDownload. */
  async exportList(
    resourceName: string,
    params: { format: "CSV" | "XLSX"; filter?: Record<string, unknown>; sort?: { field: string; order: string } },
  ) {
    const resource = resourceOf(resourceName);
    if (!resource.export || !resource.operations.export) throw new HttpError(`${resourceName} has no export`, 405);
    const variables: Record<string, unknown> = { format: params.format };
    if (resource.filterInput) variables.filter = toApiFilter(resource, params.filter);
    const orderBy = resource.orderByInput ? toOrderBy(resource, params.sort) : undefined;
    if (orderBy) variables.orderBy = orderBy;
    const data = await request<
      Record<string, { filename: string; contentType: string; base64: string; rowCount: number }>,
      Record<string, unknown>
    >(documentOf(resource.operations.export), variables);
    const file = data[resource.export];
    if (!file) throw new HttpError("export failed", 500);
    return { data: file };
  },
};
