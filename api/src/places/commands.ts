/** The street and community writes: plain functions `(scope, input) => row`, called by mutations.ts and tests. */
import { fromGlobalId } from "../data/ids.js";
import type { InputOf } from "../data/inputs.js";
import { createChecked, loadForWrite, loadReadable, type MutationScope, updateVersioned } from "../data/mutation.js";
import { invalid, notFound } from "../errors/domain-error.js";
import type {
  CreateCommunityInput,
  CreateStreetInput,
  UpdateCommunityInput,
  UpdateDistrictSettingsInput,
  UpdateStreetInput,
} from "./inputs.js";

export async function createStreet(scope: MutationScope, input: InputOf<typeof CreateStreetInput>) {
  const districtId = fromGlobalId("District", input.districtId, "districtId");
  const row = { districtId, code: input.code, name: input.name };
  // Another district is not there for the caller: NOT_FOUND, not FORBIDDEN.
  if (!scope.ctx.guard.can("create", "Street", row)) throw notFound("District", "districtId");
  const created = await scope.tx.street.create({ data: row });
  scope.audit({
    action: "createStreet",
    entityType: "Street",
    entityId: created.id,
    streetId: created.id,
    before: null,
    after: created,
  });
  return created;
}

/** A district's settings: whether one person may submit (or nominate) and approve, in very small streets. */
export async function updateDistrictSettings(scope: MutationScope, input: InputOf<typeof UpdateDistrictSettingsInput>) {
  const id = fromGlobalId("District", input.id);
  const before = await loadForWrite(scope, "District", id, "update", ["allowSelfApproval"]);
  const data = { allowSelfApproval: input.allowSelfApproval };
  return updateVersioned(scope, "District", before, input.version, data, "updateDistrictSettings");
}

export async function updateStreet(scope: MutationScope, input: InputOf<typeof UpdateStreetInput>) {
  const before = await loadForWrite(scope, "Street", fromGlobalId("Street", input.id), "update", ["name"]);
  return updateVersioned(scope, "Street", before, input.version, { name: input.name }, "updateStreet");
}

/** Replaces a community's neighbours (both directions) with `ids`, each readable by the caller. */
async function setNeighbours(scope: MutationScope, communityId: string, ids: string[]) {
  const neighbourIds = [...new Set(ids.map((g) => fromGlobalId("Community", g, "neighbourIds")))];
  if (neighbourIds.includes(communityId)) {
    throw invalid("neighbourIds", "社区不能与自身相邻", "A community cannot neighbour itself");
  }
  const found = await scope.tx.community.findMany({
    where: { AND: [{ id: { in: neighbourIds } }, scope.ctx.guard.where("Community")] },
    select: { id: true },
  });
  if (found.length !== neighbourIds.length) throw notFound("Community", "neighbourIds");
  await scope.tx.communityNeighbour.deleteMany({ where: { OR: [{ communityId }, { neighbourId: communityId }] } });
  await scope.tx.communityNeighbour.createMany({
    data: neighbourIds.flatMap((n) => [
      { communityId, neighbourId: n },
      { communityId: n, neighbourId: communityId },
    ]),
  });
}

export async function createCommunity(scope: MutationScope, input: InputOf<typeof CreateCommunityInput>) {
  const streetId = fromGlobalId("Street", input.streetId, "streetId");
  await loadReadable(scope, "Street", streetId, "streetId");
  const row = {
    streetId,
    code: input.code,
    name: input.name,
    households: input.households ?? null,
    population: input.population ?? null,
  };
  const created = await createChecked(scope, "Community", row, {
    action: "createCommunity",
    refusal: ["无权在该街道新建社区", "Not allowed to create communities in this street", "streetId"],
  });
  if (input.neighbourIds?.length) await setNeighbours(scope, created.id, input.neighbourIds);
  return created;
}

export async function updateCommunity(scope: MutationScope, input: InputOf<typeof UpdateCommunityInput>) {
  const id = fromGlobalId("Community", input.id);
  const data: Record<string, unknown> = {};
  if (input.name != null) data.name = input.name;
  if (input.households !== undefined) data.households = input.households;
  if (input.population !== undefined) data.population = input.population;
  const before = await loadForWrite(scope, "Community", id, "update", Object.keys(data));
  const after = await updateVersioned(scope, "Community", before, input.version, data, "updateCommunity");
  if (input.neighbourIds) await setNeighbours(scope, id, input.neighbourIds);
  return after;
}
