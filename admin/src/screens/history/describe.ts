/**
 * One audit entry in words, for people: the action's name (the mutation's label, or the shared action
 * name with the record type), who acted (the display name stored with the entry, and the role), when (Beijing
 * time), and each changed field by its label with its values as the record's pages show them (enum labels,
 * dates, amounts). Pure: no React, so the console's unit tests render it directly.
 */
import { type Action, actionLabels, roleLabels } from "@gongjian/domain/actions";
import { type FormatLocale, formatDate, formatDateTime, formatFen } from "@gongjian/domain/format";
import { enums, type FieldDef, type Label, type MutationDef, resources } from "../../generated/resources.js";

export interface AuditEntry {
  id: string;
  at: string;
  action: string;
  actorId: string;
  actorName?: string | null;
  actorRoles?: string[] | null;
  entityType: string;
  changedFields: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryChange {
  field: string;
  label: string;
  before: string | null;
  after: string;
}

export interface HistoryLine {
  action: string;
  actor: string;
  role: string;
  at: string;
  changes: HistoryChange[];
}

const pick = (label: Label | undefined, locale: FormatLocale) => (label ? (locale === "en" ? label.en : label.zh) : "");

/** A mutation's label up to its first clause: "撤销大党委：结束覆盖…" → "撤销大党委". */
function headOf(label: Label): Label {
  return {
    zh: label.zh.split(/[：；（(]/)[0]?.trim() || label.zh,
    en: label.en.split(/: |; | \(/)[0]?.trim() || label.en,
  };
}

let mutationLabels: Map<string, Label> | undefined;
function mutationLabel(name: string): Label | undefined {
  if (!mutationLabels) {
    mutationLabels = new Map();
    for (const r of resources) {
      for (const m of [r.create, r.update, r.delete, ...r.actions].filter((x): x is MutationDef => Boolean(x))) {
        if (!mutationLabels.has(m.name)) mutationLabels.set(m.name, headOf(m.label));
      }
    }
  }
  return mutationLabels.get(name);
}

const resourceOf = (type: string) => resources.find((r) => r.name === type);

/** Audit actions that are no mutation's name: a write recorded under its own name so the history says so. */
const auditOnlyActions: Record<string, Label> = {
  approveCommitteeBySubmitter: {
    zh: "审批通过（报审人本人审批，区设置允许）",
    en: "Approved by the submitter (allowed by the district's setting)",
  },
  approveSeatByNominator: {
    zh: "审批推选（推选人本人审批，区设置允许）",
    en: "Nomination approved by the nominator (allowed by the district's setting)",
  },
};

/** The action's name: the mutation's label, else the shared action name with the record type ("修改大党委"). */
export function actionText(action: string, entityType: string, locale: FormatLocale): string {
  const own = auditOnlyActions[action];
  if (own) return pick(own, locale);
  const mutation = mutationLabel(action);
  if (mutation) return pick(mutation, locale);
  const verb = actionLabels[action as Action];
  if (verb) {
    const entity = pick(resourceOf(entityType)?.label, locale);
    return locale === "en"
      ? `${verb.en.charAt(0).toUpperCase()}${verb.en.slice(1)} ${entity}`.trim()
      : verb.zh + entity;
  }
  return action;
}

/** The field's definition on the record's type, else on any type (audit rows name database columns). */
function fieldOf(entityType: string, name: string): FieldDef | undefined {
  const own = resourceOf(entityType)?.fields.find((f) => f.name === name);
  if (own) return own;
  for (const r of resources) {
    const f = r.fields.find((x) => x.name === name);
    if (f) return f;
  }
  return undefined;
}

const calendarDate = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as a record's page shows it. */
export function valueText(field: FieldDef | undefined, value: unknown, locale: FormatLocale): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map((v) => valueText(field, v, locale)).join("、");
  switch (field?.kind) {
    case "enum": {
      const entry = field.enum ? enums[field.enum]?.values.find((v) => v.value === value) : undefined;
      return entry ? pick(entry.label, locale) : String(value);
    }
    case "date":
      return formatDate(value, "long", locale);
    case "datetime":
      return formatDateTime(value, "long", locale);
    case "fen":
      return formatFen(value as string);
    case "boolean":
      return value ? (locale === "en" ? "yes" : "是") : locale === "en" ? "no" : "否";
    default:
      break;
  }
  if (typeof value === "boolean") return value ? (locale === "en" ? "yes" : "是") : locale === "en" ? "no" : "否";
  if (typeof value === "string" && calendarDate.test(value)) return formatDate(value, "long", locale);
  if (typeof value === "string" && instant.test(value)) return formatDateTime(value, "long", locale);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Who set up, submitted or nominated a record: sign-in ids, which the entry's actor already names. */
const actorColumns = new Set(["createdBy", "submittedBy", "nominatedBy"]);

/** Raw ids and bookkeeping are noise in a history line. */
const quiet = (field: string) => field === "id" || field === "version" || field.endsWith("Id") || field.endsWith("At");

/** A reference column (`closingResolutionId`) is shown under its relation's label, never as a raw id. */
const referenceOf = (field: string) => (field.length > 2 && field.endsWith("Id") ? field.slice(0, -2) : undefined);
const linkedText = (value: unknown, locale: FormatLocale, other?: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (other !== null && other !== undefined && other !== "") return locale === "en" ? "another record" : "另一记录";
  return locale === "en" ? "linked" : "已关联";
};

export function describeEntry(entry: AuditEntry, locale: FormatLocale): HistoryLine {
  const label = (name: string) => pick(fieldOf(entry.entityType, name)?.label, locale) || name;
  const created = !entry.before;
  const changes: HistoryChange[] = entry.changedFields
    .filter((f) => !(created && (quiet(f) || entry.after?.[f] === null || entry.after?.[f] === undefined)))
    .filter((f) => f !== "version" && !actorColumns.has(f))
    .map((f) => {
      const relation = referenceOf(f);
      const relationLabel = relation ? pick(fieldOf(entry.entityType, relation)?.label, locale) : "";
      if (relation && relationLabel) {
        return {
          field: f,
          label: relationLabel,
          before: linkedText(entry.before?.[f], locale),
          after: linkedText(entry.after?.[f], locale, entry.before?.[f]),
        };
      }
      const def = fieldOf(entry.entityType, f);
      return {
        field: f,
        label: label(f),
        before: created ? null : valueText(def, entry.before?.[f], locale),
        after: valueText(def, entry.after?.[f], locale),
      };
    });
  const roles = (entry.actorRoles ?? []).map((r) => pick(roleLabels[r], locale) || r);
  return {
    action: actionText(entry.action, entry.entityType, locale),
    actor: entry.actorName || entry.actorId,
    role: roles.join(locale === "en" ? ", " : "、"),
    at: formatDateTime(entry.at, "long", locale),
    changes,
  };
}

/** A change as one line of text: "任期结束：2031年12月9日 → 2026年12月4日" (or "名称：…" when created). */
export function changeText(change: HistoryChange, locale: FormatLocale): string {
  const colon = locale === "en" ? ": " : "：";
  return change.before === null
    ? `${change.label}${colon}${change.after}`
    : `${change.label}${colon}${change.before} → ${change.after}`;
}
