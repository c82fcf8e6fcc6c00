/** The mutations about a resource: create, update, end/delete, and its workflow and child-record actions. */

import { actions } from "@gongjian/domain/actions";
import {
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { describeInputField, orderInputs } from "./fields.js";
import { capitalize, shortLabel, splitDescription } from "./labels.js";
import { implementsNode, inputOf, returnsOf, type Scope } from "./schema.js";
import type { MutationDef } from "./types.js";

/** The status a workflow mutation moves its record to, by mutation name or verb. */
const transitionVerbs: Record<string, string> = {
  approve: "APPROVED",
  submit: "SUBMITTED",
  reject: "REJECTED",
  file: "FILED",
  dissolve: "DISSOLVED",
  end: "ENDED",
  close: "CLOSED",
  adopt: "ADOPTED",
  receive: "RECEIVED",
  cancel: "CANCELLED",
  reopen: "DRAFT",
  recordMeetingHeld: "HELD",
};
// A mutation named after a rule verb (submitCommittee, fileSeat, …) is checked against that verb.
const caslActions = new Set<string>(actions);
const verbOf = (name: string) => name.match(/^[a-z]+/)?.[0] ?? name;

function describeMutation(
  scope: Scope,
  field: GraphQLField<unknown, unknown>,
  owner: GraphQLObjectType,
  idField: string | undefined,
  statusEnum: GraphQLEnumType | undefined,
): MutationDef {
  const input = inputOf(field) as GraphQLInputObjectType;
  const inputFields = Object.values(input.getFields());
  const help = splitDescription(field.description, field.name);
  const verb = verbOf(field.name);
  const status = transitionVerbs[field.name] ?? transitionVerbs[verb];
  const def: MutationDef = {
    name: field.name,
    operation: capitalize(field.name),
    label: shortLabel(help),
    help,
    input: input.name,
    fields: orderInputs(
      inputFields
        .filter((f) => f.name !== "version" && f.name !== idField)
        .map((f) => describeInputField(scope, f, owner)),
    ),
    versioned: inputFields.some((f) => f.name === "version"),
    action: caslActions.has(verb)
      ? verb
      : !idField || ((verb === "add" || verb === "record") && !returnsOf(field).includes(owner.name))
        ? "create"
        : "update",
    returns: returnsOf(field).find((n) => n !== "DomainError" && n !== "Error") ?? owner.name,
  };
  if (idField) def.idField = idField;
  if (status && statusEnum?.getValue(status)) def.toStatus = status;
  return def;
}

export interface ResourceMutations {
  create: MutationDef | undefined;
  update: MutationDef | undefined;
  /** The "end"/"delete" mutation (also among the actions). */
  remove: MutationDef | undefined;
  actions: MutationDef[];
}

/**
 * Sorts every mutation that returns the resource (or creates a child record it holds) into its
 * create, update, end/delete and the other actions.
 */
export function resourceMutations(
  scope: Scope,
  mutations: GraphQLField<unknown, unknown>[],
  name: string,
  root: GraphQLField<unknown, unknown>,
  type: GraphQLObjectType,
): ResourceMutations {
  const statusField = type.getFields().status;
  const statusEnum =
    statusField && isEnumType(getNamedType(statusField.type))
      ? (getNamedType(statusField.type) as GraphQLEnumType)
      : undefined;
  let create: MutationDef | undefined;
  let update: MutationDef | undefined;
  let remove: MutationDef | undefined;
  const actions: MutationDef[] = [];
  const creates: GraphQLField<unknown, unknown>[] = [];
  const singular = capitalize(root.name.replace(/ies$/, "y").replace(/s$/, ""));
  const stems = [name, singular];
  for (const m of mutations) {
    const input = inputOf(m);
    if (!input) continue;
    const returns = returnsOf(m);
    const inputFields = input.getFields();
    const versioned = Boolean(inputFields.version);
    const requiredIds = Object.values(inputFields).filter(
      (f) => isNonNullType(f.type) && getNamedType(f.type).name === "ID" && !isListType(f.type.ofType),
    );
    if (returns.includes(name)) {
      let idField: string | undefined;
      if (inputFields.id) idField = "id";
      else if (versioned && requiredIds.length === 1) idField = requiredIds[0]?.name;
      if (!idField) {
        creates.push(m);
        continue;
      }
      const def = describeMutation(scope, m, type, idField, statusEnum);
      if (stems.some((stem) => m.name === `update${stem}`) && idField === "id") update = def;
      else if (stems.some((stem) => m.name === `end${stem}` || m.name === `delete${stem}`) && !remove) {
        remove = def;
        actions.push(def);
      } else actions.push(def);
      continue;
    }
    // A child record created or changed on this record (e.g. addAgendaItem on a meeting).
    const childType = returns.map((n) => scope.schema.getType(n)).find((t) => t && implementsNode(t));
    if (!childType || scope.resourceNames.has(childType.name) || !isObjectType(childType)) continue;
    const holdsChildren = Object.values(type.getFields()).some(
      (f) => getNamedType(f.type).name === childType.name && isListType(isNonNullType(f.type) ? f.type.ofType : f.type),
    );
    if (!holdsChildren) continue;
    for (const idInput of requiredIds) {
      const stem = idInput.name.replace(/Id$/, "");
      const back = childType.getFields()[stem];
      if (back && getNamedType(back.type).name === name) {
        actions.push(describeMutation(scope, m, type, idInput.name, undefined));
        break;
      }
    }
  }
  const preferred =
    creates.find((m) => stems.some((stem) => m.name === `create${stem}`)) ??
    (creates.length === 1 ? creates[0] : undefined);
  if (preferred) create = describeMutation(scope, preferred, type, undefined, undefined);
  for (const other of creates)
    if (other !== preferred) actions.push(describeMutation(scope, other, type, undefined, undefined));
  return { create, update, remove, actions };
}
