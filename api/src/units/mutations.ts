/** The unit and party organisation mutations: GraphQL fields only; the writes are in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import { createUnit, endUnit, updateUnit } from "./commands.js";
import {
  ChangeAffiliationInput,
  CreateOrganizationInput,
  CreateUnitInput,
  EndInput,
  UpdateOrganizationInput,
  UpdateUnitInput,
} from "./inputs.js";
import { changeAffiliation, createOrganization, endOrganization, updateOrganization } from "./organization-commands.js";
import { PartyOrganization, Unit } from "./types.js";

defineMutation("createUnit", {
  returns: Unit,
  description: "登记驻区单位 / Register a resident unit",
  permission: "create:Unit",
  input: CreateUnitInput,
  run: createUnit,
});

defineMutation("updateUnit", {
  returns: Unit,
  description: "修改驻区单位 / Update a resident unit",
  permission: "update:Unit",
  input: UpdateUnitInput,
  run: updateUnit,
});

defineMutation("endUnit", {
  returns: Unit,
  description: "注销驻区单位 / End (deregister) a unit",
  permission: "end:Unit",
  input: EndInput,
  run: endUnit,
});

defineMutation("createOrganization", {
  returns: PartyOrganization,
  description:
    "登记党组织（管理方式由隶属关系推出）/ Register a party organisation (its management mode follows from the affiliation)",
  permission: "create:PartyOrganization",
  input: CreateOrganizationInput,
  run: createOrganization,
});

defineMutation("updateOrganization", {
  returns: PartyOrganization,
  description: "修改党组织基本情况 / Update an organisation's profile",
  permission: "update:PartyOrganization",
  input: UpdateOrganizationInput,
  run: updateOrganization,
});

defineMutation("changeAffiliation", {
  returns: PartyOrganization,
  description:
    "变更隶属关系；管理方式和成员身份随之更新 / Change an organisation's affiliation; its management mode and memberships follow",
  permission: "update:PartyOrganization.affiliation",
  input: ChangeAffiliationInput,
  run: changeAffiliation,
});

defineMutation("endOrganization", {
  returns: PartyOrganization,
  description: "撤销党组织（结束其成员身份）/ End an organisation (and its memberships)",
  permission: "end:PartyOrganization",
  input: EndInput,
  run: endOrganization,
});
