/** The person mutations: GraphQL fields only; the writes are in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import { createPerson, endPerson, updatePerson, updatePersonPrivate } from "./commands.js";
import { CreatePersonInput, EndPersonInput, UpdatePersonInput, UpdatePersonPrivateInput } from "./inputs.js";
import { Person } from "./types.js";

defineMutation("createPerson", {
  returns: Person,
  description: "登记人员及其个人信息 / Register a person and their personal data",
  permission: "create:Person",
  input: CreatePersonInput,
  run: createPerson,
});

defineMutation("updatePerson", {
  returns: Person,
  description: "修改人员基本情况 / Update a person's details",
  permission: "update:Person",
  input: UpdatePersonInput,
  run: updatePerson,
});

defineMutation("endPerson", {
  returns: Person,
  description: "注销人员（须先结束其职务）/ End (deregister) a person (their seats must have ended)",
  permission: "end:Person",
  input: EndPersonInput,
  run: endPerson,
});

defineMutation("updatePersonPrivate", {
  returns: Person,
  description:
    "修改人员的个人信息（身份证号、手机号、住址）/ Update a person's personal data (ID number, phone, address)",
  permission: "update:PersonPrivate",
  input: UpdatePersonPrivateInput,
  run: updatePersonPrivate,
});
