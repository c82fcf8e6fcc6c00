import { readFileSync } from "node:fs";
import { schema } from "@gongjian/api";
import GuardPlugin from "@gongjian/api/permissions/pothos-guard";
import { printedSchema, schemaFile } from "@gongjian/api/tools/print-schema";
import SchemaBuilder from "@pothos/core";
import {
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from "graphql";
import { describe, expect, it } from "vitest";

const bilingual = /[\u4e00-\u9fff].*\/.*[A-Za-z]|[A-Za-z].*\/.*[\u4e00-\u9fff]/s;

/** Types made by the relay plugin and GraphQL itself, described where the plugins allow. */
const generated = (name: string) => name.startsWith("__") || ["Boolean", "String", "Int", "Float", "ID"].includes(name);

describe("schema", () => {
  it("matches the committed SDL (run `pnpm generate` after changing the API)", () => {
    expect(printedSchema()).toBe(readFileSync(schemaFile, "utf8"));
  });

  it("describes every type, field, argument and enum value in Chinese and English", () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !bilingual.test(description)) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (generated(type.name)) continue;
      if (
        type.name.endsWith("Connection") ||
        type.name.endsWith("Edge") ||
        type.name === "PageInfo" ||
        type.name === "Node"
      ) {
        continue; // relay plugin scaffolding
      }
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (type.name.endsWith("Result") || field.name === "id") continue;
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) {
            if (["first", "last", "after", "before"].includes(arg.name)) continue; // relay arguments
            if (["node", "nodes"].includes(field.name)) continue; // relay's id arguments
            // An `input` argument is described by its input type.
            const named = getNamedType(arg.type);
            if (arg.name === "input" && isInputObjectType(named) && named.description) continue;
            check(`${type.name}.${field.name}(${arg.name})`, arg.description);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
      if (isUnionType(type)) continue;
    }
    expect(missing).toEqual([]);
  });

  it("declares a permission on every root field and mutation", () => {
    const undeclared: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const options = field.extensions?.pothosOptions as { permission?: string } | undefined;
        if (!options?.permission && !["node", "nodes"].includes(field.name)) undeclared.push(field.name);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe("secure by default (the guard plugin refuses to build an unguarded schema)", () => {
  type Types = { Context: { guard: never } };
  // plugin-prisma augments every builder's options type in this program; this builder has no models.
  const newBuilder = () => new SchemaBuilder<Types>({ plugins: [GuardPlugin] } as never);

  it("refuses a root field without a permission", () => {
    const builder = newBuilder();
    builder.queryType({ fields: (t) => ({ secret: t.string({ resolve: () => "x" }) }) });
    expect(() => builder.toSchema()).toThrow(/Query.secret declares no permission/);
  });

  it("refuses a list of a guarded type without a row filter", () => {
    const builder = newBuilder();
    const Unit = builder.objectRef<{ id: string }>("Unit").implement({ fields: (t) => ({ x: t.exposeString("id") }) });
    builder.objectType(builder.objectRef<{ units: { id: string }[] }>("Holder"), {
      fields: (t) => ({ units: t.field({ type: [Unit], resolve: (p) => p.units }) }),
    });
    builder.queryType({ fields: (t) => ({ ok: t.boolean({ permission: "public", resolve: () => true }) }) });
    expect(() => builder.toSchema()).toThrow(/Holder.units lists Unit without a row filter/);
  });

  it("refuses a mutation without typed errors", () => {
    const builder = newBuilder();
    builder.queryType({ fields: (t) => ({ ok: t.boolean({ permission: "public", resolve: () => true }) }) });
    builder.mutationType({ fields: (t) => ({ doIt: t.boolean({ permission: "update:Unit", resolve: () => true }) }) });
    expect(() => builder.toSchema()).toThrow(/Mutation.doIt must return typed errors/);
  });
});
