/**
 * `permission` labels are typed against the action and subject lists and checked when the schema is
 * built (api/src/permissions/labels.ts): a label that names nothing, that no role's rules can grant, or
 * that names another subject than the rows the field returns, fails the build.
 */

import { assertPermissionLabel, PermissionLabelError, parseLabel } from "@gongjian/api/permissions/labels";
import GuardPlugin from "@gongjian/api/permissions/pothos-guard";
import { schema } from "@gongjian/api/schema/index";
import SchemaBuilder from "@pothos/core";
import { describe, expect, it } from "vitest";

/** A small schema of its own (the guard plugin only) with one query field labelled `label`. */
function buildWith(label: string, returns: "Unit" | "String") {
  const builder = new SchemaBuilder<{ Context: { guard: unknown; identity: unknown } }>({
    plugins: [GuardPlugin],
  } as never);
  if (returns === "Unit") {
    const Unit = builder.objectRef<{ id: string }>("Unit").implement({
      fields: (t) => ({ id: t.exposeID("id", { guardField: false } as never) }),
    });
    builder.queryType({
      fields: (t) => ({ units: t.field({ type: [Unit], permission: label, resolve: () => [] } as never) }),
    });
  } else {
    builder.queryType({
      fields: (t) => ({ hello: t.string({ permission: label, resolve: () => "hi" } as never) }),
    });
  }
  return builder.toSchema();
}

describe("permission labels", () => {
  it("parse into an action, a subject and an optional field group, or refuse", () => {
    expect(parseLabel("read:Unit", "x")).toEqual({ action: "read", subject: "Unit", group: null });
    expect(parseLabel("update:PartyOrganization.affiliation", "x")).toEqual({
      action: "update",
      subject: "PartyOrganization",
      group: "affiliation",
    });
    expect(parseLabel("public", "x")).toBeNull();
    expect(parseLabel("read:node", "x")).toBeNull();
    for (const bad of ["read", "read:Nope", "fly:Unit", "update:Unit.nickname", "read:<the record>", "public (demo)"]) {
      expect(() => parseLabel(bad, "Query.x"), bad).toThrow(PermissionLabelError);
    }
  });

  it("refuse an action no role's rules grant on the subject, and a subject other than the rows returned", () => {
    expect(() => assertPermissionLabel("approve:Unit", "Mutation.x", "Unit")).toThrow(/granted by no role/);
    expect(() => assertPermissionLabel("read:Committee", "Query.units", "Unit")).toThrow(/returns Unit rows/);
    expect(() => assertPermissionLabel("update:Unit", "Mutation.updateUnit", "Unit")).not.toThrow();
    // A write to a person's private data answers with the person.
    expect(() => assertPermissionLabel("update:PersonPrivate", "Mutation.x", "Person")).not.toThrow();
  });

  it("make the schema build fail on a mislabelled field, and build with a right one", () => {
    expect(() => buildWith("read:Committee", "Unit")).toThrow(
      /Query\.units: permission "read:Committee" names Committee/,
    );
    expect(() => buildWith("approve:Unit", "Unit")).toThrow(/granted by no role/);
    expect(() => buildWith("read:Nope", "String")).toThrow(/names no subject/);
    expect(() => buildWith("read:Unit", "Unit")).not.toThrow();
    expect(() => buildWith("public", "String")).not.toThrow();
  });

  it("are on every root field and mutation of the real schema, and every one checks out", () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {}).map((field) => ({ type: type?.name, field })),
    );
    expect(roots.length).toBeGreaterThan(100);
    for (const { type, field } of roots) {
      const label = (field.extensions as { pothosOptions?: { permission?: string } }).pothosOptions?.permission;
      if (field.name === "node" || field.name === "nodes") expect(label).toBe("read:node");
      else expect(label, `${type}.${field.name}`).toMatch(/^(public|read:node|[a-z]+:[A-Za-z]+(\.[A-Za-z]+)?)$/);
    }
  });
});
