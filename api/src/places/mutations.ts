/** The street and community mutations: GraphQL fields only; the writes are in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import { createCommunity, createStreet, updateCommunity, updateDistrictSettings, updateStreet } from "./commands.js";
import {
  CreateCommunityInput,
  CreateStreetInput,
  UpdateCommunityInput,
  UpdateDistrictSettingsInput,
  UpdateStreetInput,
} from "./inputs.js";
import { Community, District, Street } from "./types.js";

defineMutation("updateDistrictSettings", {
  returns: District,
  description:
    "修改区的设置：是否允许小街道由报审人本人审批 / Change a district's settings: whether very small streets may have one person submit and approve",
  permission: "update:District",
  input: UpdateDistrictSettingsInput,
  run: updateDistrictSettings,
});

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
