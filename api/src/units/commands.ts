/** The unit writes (驻区单位): plain functions `(scope, input) => row`, called by mutations.ts and tests. */
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { changesOf } from "../data/validation.js";
import type { CreateUnitInput, EndInput, UpdateUnitInput } from "./inputs.js";
import { recomputeUnitModes } from "./management.js";
import { assertCreditCode, assertNotEnded } from "./rules.js";

export async function createUnit(scope: MutationScope, input: InputOf<typeof CreateUnitInput>) {
  const communityId = fromGlobalId("Community", input.communityId, "communityId");
  const community = await loadReadable(scope, "Community", communityId, "communityId");
  const row = {
    communityId,
    streetId: community.streetId,
    name: input.name,
    kind: input.kind,
    creditCode: assertCreditCode(input.creditCode),
    address: input.address ?? null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    contactEmail: input.contactEmail ?? null,
    employeeCount: input.employeeCount ?? null,
  };
  return createChecked(scope, "Unit", row, {
    action: "createUnit",
    refusal: ["无权在该社区登记单位", "Not allowed to register units in this community", "communityId"],
  });
}

/** Updates a unit; a change of kind recomputes its organisations' management mode (居委会: always DIRECT). */
export async function updateUnit(scope: MutationScope, input: InputOf<typeof UpdateUnitInput>) {
  const id = fromGlobalId("Unit", input.id);
  const data = changesOf(
    input,
    ["name", "kind", "address", "contactName", "contactPhone", "contactEmail", "employeeCount"],
    { name: ["名称", "The name"], kind: ["类型", "The kind"] },
  );
  const before = await loadForWrite(scope, "Unit", id, "update", Object.keys(data));
  const after = await updateVersioned(scope, "Unit", before, input.version, data, "updateUnit");
  if (after.kind !== before.kind) await recomputeUnitModes(scope, id, after.kind, "updateUnit");
  return after;
}

export async function endUnit(scope: MutationScope, input: InputOf<typeof EndInput>) {
  const before = await loadForWrite(scope, "Unit", fromGlobalId("Unit", input.id), "end");
  assertNotEnded(before, "单位已注销", "The unit has already ended");
  return updateVersioned(scope, "Unit", before, input.version, { endedAt: new Date() }, "endUnit");
}
