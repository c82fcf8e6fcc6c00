import { z } from "zod";
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { loadForWrite, loadReadable, runMutation, updateVersioned } from "../data/mutation.js";
import { code, globalId, nonNegativeInt, optionalText, text, version } from "../data/validation.js";
import { forbidden, invalid, notFound } from "../errors/domain-error.js";
import { Community, Street } from "./types.js";

const CreateStreetInput = builder.inputType("CreateStreetInput", {
  description: "新建街道 / Create a street",
  fields: (t) => ({
    districtId: t.id({ required: true, description: "所属区 / District" }),
    code: t.string({ required: true, description: "街道代码 / Street code", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
  }),
});

const UpdateStreetInput = builder.inputType("UpdateStreetInput", {
  description: "修改街道 / Update a street",
  fields: (t) => ({
    id: t.id({ required: true, description: "街道 / Street", validate: globalId }),
    version: t.int({
      required: true,
      description: "所依据的版本号 / Version the change is based on",
      validate: version,
    }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
  }),
});

const CommunityInput = builder.inputType("CreateCommunityInput", {
  description: "新建社区 / Create a community",
  fields: (t) => ({
    streetId: t.id({ required: true, description: "所属街道 / Street", validate: globalId }),
    code: t.string({ required: true, description: "社区代码 / Community code", validate: code }),
    name: t.string({ required: true, description: "名称 / Name", validate: text(100) }),
    households: t.int({ description: "户数 / Households", validate: nonNegativeInt }),
    population: t.int({ description: "人口 / Population", validate: nonNegativeInt }),
    neighbourIds: t.idList({ description: "相邻社区 / Neighbouring communities", validate: z.array(globalId).max(50) }),
  }),
});

const UpdateCommunityInput = builder.inputType("UpdateCommunityInput", {
  description: "修改社区 / Update a community",
  fields: (t) => ({
    id: t.id({ required: true, description: "社区 / Community", validate: globalId }),
    version: t.int({
      required: true,
      description: "所依据的版本号 / Version the change is based on",
      validate: version,
    }),
    name: t.string({ description: "名称 / Name", validate: optionalText(100) }),
    households: t.int({ description: "户数 / Households", validate: nonNegativeInt.nullish() }),
    population: t.int({ description: "人口 / Population", validate: nonNegativeInt.nullish() }),
    neighbourIds: t.idList({
      description: "相邻社区（整体替换）/ Neighbouring communities (replaces the list)",
      validate: z.array(globalId).max(50).nullish(),
    }),
  }),
});

builder.mutationField("createStreet", (t) =>
  t.field({
    type: Street,
    description: "新建街道（区委组织部）/ Create a street (district admin)",
    permission: "create:Street",
    errors: {},
    args: { input: t.arg({ type: CreateStreetInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const districtId = fromGlobalId("District", input.districtId, "districtId");
        const row = { districtId, code: input.code, name: input.name };
        if (!ctx.guard.can("create", "Street", row)) throw notFound("District", "districtId");
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
      }),
  }),
);

builder.mutationField("updateStreet", (t) =>
  t.field({
    type: Street,
    description: "修改街道 / Update a street",
    permission: "update:Street",
    errors: {},
    args: { input: t.arg({ type: UpdateStreetInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Street", input.id);
        const before = await loadForWrite(scope, "Street", id, "update", ["name"]);
        return updateVersioned(scope, "Street", before, input.version, { name: input.name }, "updateStreet");
      }),
  }),
);

async function setNeighbours(
  scope: Parameters<Parameters<typeof runMutation>[1]>[0],
  communityId: string,
  streetId: string,
  ids: string[],
) {
  const neighbourIds = [...new Set(ids.map((g) => fromGlobalId("Community", g, "neighbourIds")))];
  if (neighbourIds.includes(communityId)) {
    throw invalid("neighbourIds", "社区不能与自身相邻", "A community cannot neighbour itself");
  }
  const found = await scope.tx.community.findMany({
    where: { AND: [{ id: { in: neighbourIds } }, scope.ctx.guard.where("Community")] },
    select: { id: true, streetId: true },
  });
  if (found.length !== neighbourIds.length) throw notFound("Community", "neighbourIds");
  await scope.tx.communityNeighbour.deleteMany({ where: { OR: [{ communityId }, { neighbourId: communityId }] } });
  await scope.tx.communityNeighbour.createMany({
    data: neighbourIds.flatMap((n) => [
      { communityId, neighbourId: n },
      { communityId: n, neighbourId: communityId },
    ]),
  });
  void streetId;
}

builder.mutationField("createCommunity", (t) =>
  t.field({
    type: Community,
    description: "新建社区 / Create a community",
    permission: "create:Community",
    errors: {},
    args: { input: t.arg({ type: CommunityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const streetId = fromGlobalId("Street", input.streetId, "streetId");
        const _street = await loadReadable(scope, "Street", streetId, "streetId");
        const row = {
          streetId,
          code: input.code,
          name: input.name,
          households: input.households ?? null,
          population: input.population ?? null,
        };
        if (!ctx.guard.can("create", "Community", row))
          throw forbidden("无权在该街道新建社区", "Not allowed to create communities in this street", "streetId");
        const created = await scope.tx.community.create({ data: row });
        if (input.neighbourIds?.length) await setNeighbours(scope, created.id, streetId, input.neighbourIds);
        scope.audit({
          action: "createCommunity",
          entityType: "Community",
          entityId: created.id,
          streetId,
          before: null,
          after: created,
        });
        return created;
      }),
  }),
);

builder.mutationField("updateCommunity", (t) =>
  t.field({
    type: Community,
    description: "修改社区（含相邻社区）/ Update a community (and its neighbours)",
    permission: "update:Community",
    errors: {},
    args: { input: t.arg({ type: UpdateCommunityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Community", input.id);
        const data: Record<string, unknown> = {};
        if (input.name != null) data.name = input.name;
        if (input.households !== undefined) data.households = input.households;
        if (input.population !== undefined) data.population = input.population;
        const before = await loadForWrite(scope, "Community", id, "update", Object.keys(data));
        const after = await updateVersioned(scope, "Community", before, input.version, data, "updateCommunity");
        if (input.neighbourIds) await setNeighbours(scope, id, String(before.streetId), input.neighbourIds);
        return after;
      }),
  }),
);
