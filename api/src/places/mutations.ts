/** The street and community mutations: GraphQL fields only; the writes are in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import { createCommunity, createStreet, updateCommunity, updateStreet } from "./commands.js";
import { CreateCommunityInput, CreateStreetInput, UpdateCommunityInput, UpdateStreetInput } from "./inputs.js";
import { Community, Street } from "./types.js";

defineMutation("createStreet", {
  returns: Street,
  description: "新建街道（区委组织部）/ Create a street (district admin)",
  permission: "create:Street",
  input: CreateStreetInput,
  run: createStreet,
});

defineMutation("updateStreet", {
  returns: Street,
  description: "修改街道 / Update a street",
  permission: "update:Street",
  input: UpdateStreetInput,
  run: updateStreet,
});

defineMutation("createCommunity", {
  returns: Community,
  description: "新建社区 / Create a community",
  permission: "create:Community",
  input: CreateCommunityInput,
  run: createCommunity,
});

defineMutation("updateCommunity", {
  returns: Community,
  description: "修改社区（含相邻社区）/ Update a community (and its neighbours)",
  permission: "update:Community",
  input: UpdateCommunityInput,
  run: updateCommunity,
});
