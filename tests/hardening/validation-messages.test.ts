import { toGlobalId } from "@gongjian/api/data/ids";
import { bilingualMessage } from "@gongjian/api/errors/validation-messages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScope, setupApp, type TestApp } from "../support/app.js";

describe("bilingual messages for zod's own checks", () => {
  it("translates lengths, ranges, formats and types, and keeps our own messages", () => {
    expect(bilingualMessage({ code: "too_small", origin: "string", minimum: 1 })).toEqual([
      "不能为空",
      "cannot be empty",
    ]);
    expect(bilingualMessage({ code: "too_big", origin: "string", maximum: 200 })).toEqual([
      "最多200个字符",
      "must have at most 200 characters",
    ]);
    expect(bilingualMessage({ code: "too_small", origin: "number", minimum: 2000 })).toEqual([
      "不能小于2000",
      "must be at least 2000",
    ]);
    expect(bilingualMessage({ code: "too_big", origin: "array", maximum: 50 })).toEqual([
      "最多50项",
      "must have at most 50 items",
    ]);
    expect(bilingualMessage({ code: "invalid_format", format: "email" })).toEqual([
      "邮箱地址格式无效",
      "is not a valid email address",
    ]);
    expect(bilingualMessage({ code: "invalid_type", expected: "int" })).toEqual(["须为整数", "must be a whole number"]);
    expect(bilingualMessage({ message: "比例最多4位小数 / a ratio has at most 4 decimals", code: "custom" })).toEqual([
      "比例最多4位小数",
      "a ratio has at most 4 decimals",
    ]);
    expect(bilingualMessage({ code: "something_new", message: "Whatever" })).toEqual(["无效", "is invalid"]);
  });
});

let t: TestApp;
let streetAdmin: string;
let unit: { id: string; version: number; contactEmail: string | null };

beforeAll(async () => {
  t = await setupApp({ demo: true });
  const scope = await demoScope(t.db);
  streetAdmin = await t.token([{ role: "STREET_ADMIN", streetId: scope.street.id }]);
  unit = await t.db.prisma.unit.findFirstOrThrow({
    where: { streetId: scope.street.id },
    orderBy: { creditCode: "asc" },
  });
});
afterAll(async () => {
  await t?.close();
});

describe("VALIDATION errors through the API", () => {
  const update = async (fields: Record<string, unknown>) => {
    const { data, errors } = await t.gql(
      `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) {
         __typename ... on DomainError { code field messageZh messageEn } } }`,
      { input: { id: toGlobalId("Unit", unit.id), version: unit.version, ...fields } },
      streetAdmin,
    );
    expect(errors).toBeUndefined();
    return data.updateUnit;
  };

  it("names the field and speaks Chinese and English, writing nothing", async () => {
    const audits = await t.db.prisma.auditEvent.count();
    expect(await update({ contactEmail: "not-an-email" })).toEqual({
      __typename: "DomainError",
      code: "VALIDATION",
      field: "contactEmail",
      messageZh: "输入无效：contactEmail 邮箱地址格式无效",
      messageEn: "Invalid input: contactEmail is not a valid email address",
    });
    const long = await update({ name: "单".repeat(201) });
    expect(long).toMatchObject({ code: "VALIDATION", field: "name", messageZh: "输入无效：name 最多200个字符" });
    expect(long.messageZh).not.toMatch(/[A-Za-z]{4,}(?<!name)/);
    expect(await t.db.prisma.auditEvent.count()).toBe(audits);
    expect(await t.db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      contactEmail: unit.contactEmail,
      version: unit.version,
    });
  });
});
