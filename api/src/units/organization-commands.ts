/** The party organisation writes: create, update, change affiliation (superior and management mode), end. */
import { deriveManagementMode, type Superior } from "@gongjian/domain/management";
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import { invalid, notFound } from "../errors/domain-error.js";
import { fields } from "../permissions/abilities.js";
import type { ChangeAffiliationInput, CreateOrganizationInput, EndInput, UpdateOrganizationInput } from "./inputs.js";
import { applyModeToMemberships, unitKindOf, updateActiveMemberships } from "./management.js";
import { assertNotEnded } from "./rules.js";

interface SuperiorInput {
  superiorId?: string | null;
  superiorExternalCode?: string | null;
  superiorExternalName?: string | null;
  superiorDistrictCode?: string | null;
}

/** Resolves the superior given in an input and checks it may be referenced. */
async function resolveSuperior(
  scope: MutationScope,
  input: SuperiorInput,
): Promise<{ superior: Superior; superiorId: string | null }> {
  if (input.superiorId && input.superiorExternalCode) {
    throw invalid(
      "superiorId",
      "上级党组织只能是本区或外区其中之一",
      "The superior is either local or external, not both",
    );
  }
  if (input.superiorExternalCode) {
    if (!input.superiorDistrictCode) {
      throw invalid(
        "superiorDistrictCode",
        "外区上级党组织须给出所在区代码",
        "An external superior needs its district code",
      );
    }
    return {
      superior: { kind: "external", code: input.superiorExternalCode, districtCode: input.superiorDistrictCode },
      superiorId: null,
    };
  }
  if (input.superiorId) {
    const id = fromGlobalId("PartyOrganization", input.superiorId, "superiorId");
    // The superior may be anywhere in the district, also outside the caller's scope: only its street is read.
    const superior = await scope.tx.partyOrganization.findUnique({
      where: { id },
      select: { id: true, streetId: true },
    });
    if (!superior) throw notFound("PartyOrganization", "superiorId");
    return { superior: { kind: "local", streetId: superior.streetId }, superiorId: superior.id };
  }
  return { superior: { kind: "none" }, superiorId: null };
}

/** The affiliation columns of a resolved superior. */
function affiliationColumns(superior: Superior, superiorId: string | null, input: SuperiorInput) {
  const external = superior.kind === "external" ? superior : null;
  return {
    superiorId,
    superiorExternalCode: external?.code ?? null,
    superiorExternalName: external ? (input.superiorExternalName ?? null) : null,
    superiorDistrictCode: external?.districtCode ?? null,
  };
}

/** The unit or community an organisation belongs to (exactly one), read through the caller's rules. */
async function ownerOf(scope: MutationScope, input: { unitId?: string | null; communityId?: string | null }) {
  if (!!input.unitId === !!input.communityId) {
    throw invalid(
      "unitId",
      "党组织须属于一个单位或一个社区",
      "An organisation belongs to exactly one unit or one community",
    );
  }
  if (input.unitId) {
    const unitId = fromGlobalId("Unit", input.unitId, "unitId");
    const unit = await loadReadable(scope, "Unit", unitId, "unitId");
    return { row: { unitId, communityId: null, streetId: unit.streetId }, unitKind: unit.kind as string | null };
  }
  const communityId = fromGlobalId("Community", String(input.communityId), "communityId");
  const community = await loadReadable(scope, "Community", communityId, "communityId");
  return { row: { unitId: null, communityId, streetId: community.streetId }, unitKind: null };
}

export async function createOrganization(scope: MutationScope, input: InputOf<typeof CreateOrganizationInput>) {
  const owner = await ownerOf(scope, input);
  const { superior, superiorId } = await resolveSuperior(scope, input);
  const row = {
    ...owner.row,
    code: input.code,
    name: input.name,
    level: input.level,
    ...affiliationColumns(superior, superiorId, input),
    managementMode: deriveManagementMode(owner.row.streetId, superior, owner.unitKind),
    partyMemberCount: input.partyMemberCount ?? 0,
    secretaryName: input.secretaryName ?? null,
  };
  return createChecked(scope, "PartyOrganization", row, {
    action: "createOrganization",
    refusal: ["无权登记该党组织", "Not allowed to register this organisation", superiorId ? "superiorId" : "unitId"],
  });
}

export async function updateOrganization(scope: MutationScope, input: InputOf<typeof UpdateOrganizationInput>) {
  const id = fromGlobalId("PartyOrganization", input.id);
  const data = changesOf(input, ["name", "level", "partyMemberCount", "secretaryName"], {
    name: ["名称", "The name"],
    level: ["层级", "The level"],
  });
  const before = await loadForWrite(scope, "PartyOrganization", id, "update", Object.keys(data));
  return updateVersioned(scope, "PartyOrganization", before, input.version, data, "updateOrganization");
}

/** Changes the superior; the management mode (and the active memberships' mode) follow the rule. */
export async function changeAffiliation(scope: MutationScope, input: InputOf<typeof ChangeAffiliationInput>) {
  const id = fromGlobalId("PartyOrganization", input.id);
  const before = await loadForWrite(scope, "PartyOrganization", id, "update", [...fields.affiliation]);
  const { superior, superiorId } = await resolveSuperior(scope, input);
  if (superiorId === id)
    throw invalid("superiorId", "党组织不能隶属于自身", "An organisation cannot be its own superior");
  const mode = deriveManagementMode(before.streetId, superior, await unitKindOf(scope, before));
  const after = await updateVersioned(
    scope,
    "PartyOrganization",
    before,
    input.version,
    { ...affiliationColumns(superior, superiorId, input), managementMode: mode },
    "changeAffiliation",
  );
  if (mode !== before.managementMode) await applyModeToMemberships(scope, id, mode, "changeAffiliation");
  return after;
}

/** Ends an organisation and its active memberships. */
export async function endOrganization(scope: MutationScope, input: InputOf<typeof EndInput>) {
  const before = await loadForWrite(scope, "PartyOrganization", fromGlobalId("PartyOrganization", input.id), "end");
  assertNotEnded(before, "党组织已撤销", "The organisation has already ended");
  const now = new Date();
  await updateActiveMemberships(scope, before.id, { toDate: now }, "endOrganization");
  return updateVersioned(scope, "PartyOrganization", before, input.version, { endedAt: now }, "endOrganization");
}
