/** A person's protected personal data (ID number, phone, address), written under its own field rules. */
import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { loadForWrite, runMutation, updateVersioned } from "../data/mutation.js";
import { changesOf, globalId, optionalText, phone, versionField } from "../data/validation.js";
import { invalid } from "../errors/domain-error.js";
import { idNumberText } from "./inputs.js";
import { assertIdNumber, assertIdNumberAgrees } from "./rules.js";
import { Person } from "./types.js";
import { assertIdNumberFree } from "./writes.js";

const UpdatePersonPrivateInput = builder.inputType("UpdatePersonPrivateInput", {
  description: "修改人员的个人信息（只写给出的字段）/ Update a person's personal data (only the fields given)",
  fields: (t) => ({
    personId: t.id({ required: true, description: "人员 / Person", validate: globalId }),
    version: t.int({
      ...versionField,
      description: "个人信息记录所依据的版本号 / Version of the personal data record the change is based on",
    }),
    idNumber: t.string({ description: "身份证号 / ID number", validate: idNumberText.nullish() }),
    phone: t.string({ description: "手机号（null 清除）/ Phone (null clears it)", validate: phone }),
    homeAddress: t.string({
      description: "家庭住址（null 清除）/ Home address (null clears it)",
      validate: optionalText(300),
    }),
  }),
});

builder.mutationField("updatePersonPrivate", (t) =>
  t.field({
    type: Person,
    description:
      "修改人员的个人信息（身份证号、手机号、住址）/ Update a person's personal data (ID number, phone, address)",
    permission: "update:PersonPrivate",
    errors: {},
    args: { input: t.arg({ type: UpdatePersonPrivateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const personId = fromGlobalId("Person", input.personId, "personId");
        const data = changesOf(input, ["idNumber", "phone", "homeAddress"]);
        if (data.idNumber === null) throw invalid("idNumber", "身份证号不能为空", "The ID number cannot be empty");
        if (typeof data.idNumber === "string") data.idNumber = assertIdNumber(data.idNumber);
        // The personal data record is checked with its own (field-level) rules.
        const before = await loadForWrite(scope, "PersonPrivate", personId, "update", Object.keys(data));
        if (typeof data.idNumber === "string") {
          const person = await scope.tx.person.findUniqueOrThrow({
            where: { id: personId },
            select: { gender: true, birthYear: true },
          });
          assertIdNumberAgrees(data.idNumber, person);
          await assertIdNumberFree(scope, data.idNumber, personId);
        }
        await updateVersioned(scope, "PersonPrivate", before, input.version, data, "updatePersonPrivate");
        return scope.tx.person.findUniqueOrThrow({ where: { id: personId } });
      }),
  }),
);
