/**
 * Where an in-service member works (在职党员的工作单位, 实施意见: "居住在社区的机关、企事业单位在职党员"):
 * a party organisation of this district (any street), one of another district (by its code), or an
 * employer not registered here (name and unified social credit code). Pure: which columns a
 * workplace input sets. The database keeps the same rule (CHECK Person_workplace_kind).
 */
import type { WorkplaceKind } from "@gongjian/db";
import { invalid } from "../errors/domain-error.js";
import { assertCreditCode } from "../units/rules.js";

/** The workplace fields of a person input: undefined = not given, null = cleared. */
export interface WorkplaceInput {
  workplaceKind?: WorkplaceKind | null;
  workplaceOrganizationId?: string | null;
  workplaceExternalCode?: string | null;
  workplaceDistrictCode?: string | null;
  workplaceEmployerName?: string | null;
  workplaceCreditCode?: string | null;
}

/** The workplace columns of a Person row (all of them: a workplace is written as a whole). */
export interface WorkplaceColumns {
  workplaceKind: WorkplaceKind | null;
  workplaceOrganizationId: string | null;
  workplaceExternalCode: string | null;
  workplaceDistrictCode: string | null;
  workplaceEmployerName: string | null;
  workplaceCreditCode: string | null;
}

const detailFields = [
  "workplaceOrganizationId",
  "workplaceExternalCode",
  "workplaceDistrictCode",
  "workplaceEmployerName",
  "workplaceCreditCode",
] as const;
type DetailField = (typeof detailFields)[number];

/** Every input field of a workplace: its kind and the kinds' fields. */
export const workplaceInputFields = ["workplaceKind", ...detailFields] as const;

/** The fields each kind needs, with their names for the messages. */
const needs: Record<WorkplaceKind, [DetailField, zh: string, en: string][]> = {
  ORGANIZATION: [["workplaceOrganizationId", "工作单位党组织", "the workplace organisation"]],
  EXTERNAL_ORGANIZATION: [
    ["workplaceExternalCode", "外区党组织代码", "the organisation code"],
    ["workplaceDistrictCode", "所在区代码", "its district code"],
  ],
  UNREGISTERED_EMPLOYER: [
    ["workplaceEmployerName", "单位名称", "the employer's name"],
    ["workplaceCreditCode", "统一社会信用代码", "its unified social credit code"],
  ],
};

const kindZh: Record<WorkplaceKind, string> = {
  ORGANIZATION: "本区党组织",
  EXTERNAL_ORGANIZATION: "外区党组织",
  UNREGISTERED_EMPLOYER: "未登记单位",
};

/**
 * The workplace columns an input sets, or undefined when it gives no workplace field (an update
 * that leaves the workplace alone). A workplace is written as a whole: its kind (ORGANIZATION when
 * only an organisation is given, none when everything given is null), exactly the fields of that
 * kind, each present; a field of another kind, a missing field or an invalid credit code is
 * VALIDATION naming that field. `homeDistrictCode`: an organisation of this district is chosen, not
 * typed in as an external code.
 */
export function workplaceColumns(input: WorkplaceInput, homeDistrictCode: string): WorkplaceColumns | undefined {
  const given = detailFields.filter((f) => input[f] !== undefined);
  if (input.workplaceKind === undefined && given.length === 0) return undefined;
  const present = detailFields.filter((f) => input[f] != null && input[f] !== "");
  const kind: WorkplaceKind | null =
    input.workplaceKind !== undefined
      ? input.workplaceKind
      : present.length === 0
        ? null
        : present.every((f) => f === "workplaceOrganizationId")
          ? "ORGANIZATION"
          : null;
  if (kind === null && present.length > 0) {
    throw invalid(
      input.workplaceKind === null ? (present[0] as string) : "workplaceKind",
      "请选择工作单位类型（本区党组织、外区党组织或未登记单位）",
      "Choose the kind of workplace (organisation of this district, of another district, or unregistered employer)",
    );
  }
  const columns: WorkplaceColumns = {
    workplaceKind: kind,
    workplaceOrganizationId: null,
    workplaceExternalCode: null,
    workplaceDistrictCode: null,
    workplaceEmployerName: null,
    workplaceCreditCode: null,
  };
  if (kind === null) return columns;
  const own = new Set(needs[kind].map(([f]) => f));
  const foreign = present.find((f) => !own.has(f));
  if (foreign) {
    throw invalid(
      foreign,
      `工作单位类型为“${kindZh[kind]}”时不能填写此项`,
      `This field does not belong to a workplace of kind ${kind}`,
    );
  }
  for (const [field, zh, en] of needs[kind]) {
    const value = input[field];
    if (value == null || value.trim() === "") {
      throw invalid(field, `工作单位类型为“${kindZh[kind]}”时须填写${zh}`, `A workplace of kind ${kind} needs ${en}`);
    }
    columns[field] = value.trim();
  }
  if (kind === "EXTERNAL_ORGANIZATION" && columns.workplaceDistrictCode === homeDistrictCode) {
    throw invalid(
      "workplaceDistrictCode",
      "本区登记的党组织请选择“本区党组织”",
      "An organisation registered in this district is chosen as an organisation of this district",
    );
  }
  if (kind === "UNREGISTERED_EMPLOYER") {
    columns.workplaceCreditCode = assertCreditCode(columns.workplaceCreditCode as string, "workplaceCreditCode");
  }
  return columns;
}
