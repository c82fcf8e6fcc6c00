/**
 * Acceptance 5: the supergraph composed from the district subgraphs (The Guild's composition
 * library, as the gateway does) — composition errors fail this test, and so CI.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CompositionError, composeSupergraph, gatewayConfigSchema } from "@gongjian/api/federation/gateway";
import { buildDistrictSubgraph } from "@gongjian/api/federation/subgraph";
import { schemaFile } from "@gongjian/api/tools/print-schema";
import { buildASTSchema, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { repositoryRoot as root } from "../support/paths.js";

const exampleConfig = gatewayConfigSchema.parse(
  JSON.parse(readFileSync(path.join(root, "api/gateway/districts.example.json"), "utf8")),
);
const bilingual = /[\u4e00-\u9fff].*\/.*[A-Za-z]/s;

const subgraphs = new Map<string, ReturnType<typeof buildDistrictSubgraph>>();
const subgraphOf = (code: string, name?: string) => {
  const key = `${code}:${name ?? ""}`;
  if (!subgraphs.has(key)) subgraphs.set(key, buildDistrictSubgraph(code, name));
  return subgraphs.get(key) as ReturnType<typeof buildDistrictSubgraph>;
};
const compose = (districts: { code: string; name?: string | undefined; url: string }[]) =>
  composeSupergraph(districts.map((d) => ({ code: d.code, url: d.url, sdl: subgraphOf(d.code, d.name).sdl })));

describe("supergraph composition", () => {
  it("composes the districts of api/gateway/districts.example.json", () => {
    const supergraph = compose(exampleConfig.districts);
    // The public API of the supergraph, as clients see it.
    const publicSchema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
    const query = publicSchema.getQueryType();
    expect(
      Object.keys(query?.getFields() ?? {})
        .filter((f) => !f.startsWith("_"))
        .sort(),
    ).toEqual(["district_210102", "district_210103"]);
    expect(Object.keys(publicSchema.getMutationType()?.getFields() ?? {}).sort()).toEqual([
      "district_210102",
      "district_210103",
    ]);
    const reference = publicSchema.getType("OrganizationReference");
    expect(isObjectType(reference) && Object.keys(reference.getFields()).sort()).toEqual([
      "code",
      "in_210102",
      "in_210103",
    ]);
    // Each district's fields are resolved by that district's subgraph only.
    expect(supergraph).toMatch(/district_210102: DistrictQuery! @join__field\(graph: DISTRICT_210102\)/);
    expect(supergraph).toMatch(/in_210103: OrganizationInDistrict @join__field\(graph: DISTRICT_210103\)/);
    // Entities and their keys, in both subgraphs.
    for (const [type, key] of [
      ["District", "code"],
      ["Unit", "creditCode"],
      ["PartyOrganization", "code"],
      ["Committee", "districtCode code"],
      ["OrganizationReference", "code"],
    ]) {
      for (const graph of ["DISTRICT_210102", "DISTRICT_210103"]) {
        expect(supergraph, `${type} @key(${key}) in ${graph}`).toContain(`@join__type(graph: ${graph}, key: "${key}")`);
      }
      expect(supergraph).toMatch(new RegExp(`type ${type}[^{]*@join__type\\(graph: DISTRICT_210102, key: "${key}"\\)`));
    }
  });

  it("composes three districts (adding a district adds its entry points)", () => {
    const supergraph = compose([
      ...exampleConfig.districts,
      { code: "210104", name: "大成区", url: "http://127.0.0.1:4003/graphql" },
    ]);
    expect(supergraph).toContain("district_210104: DistrictQuery!");
    expect(supergraph).toContain("in_210104: OrganizationInDistrict");
  });

  it("fails with composition errors when two subgraphs claim the same district", () => {
    let error: unknown;
    try {
      composeSupergraph([
        { code: "210102", url: "http://a/graphql", sdl: subgraphOf("210102", "和泰区").sdl },
        { code: "210103", url: "http://b/graphql", sdl: subgraphOf("210102", "和泰区").sdl },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompositionError);
    expect((error as CompositionError).messages.join("\n")).toMatch(
      /district_210102.*shareable|shareable.*district_210102/s,
    );
  });

  it("fails when a district's subgraph disagrees with the others on a shared type", () => {
    const changed = subgraphOf("210103", "河东区").sdl.replace(
      /(type Unit implements Node[\s\S]*?\n\s+)name: String/,
      "$1name: Int",
    );
    expect(changed).not.toBe(subgraphOf("210103", "河东区").sdl);
    expect(() =>
      composeSupergraph([
        { code: "210102", url: "http://a/graphql", sdl: subgraphOf("210102", "和泰区").sdl },
        { code: "210103", url: "http://b/graphql", sdl: changed },
      ]),
    ).toThrow(CompositionError);
  });

  it("keeps personal data out of entities and keys", () => {
    const sdl = subgraphOf("210102", "和泰区").sdl;
    const keyed = [...sdl.matchAll(/type (\w+)[^{]*?@key\(fields: "([^"]+)"\)/g)].map((m) => `${m[1]}(${m[2]})`);
    expect(keyed.sort()).toEqual([
      "Committee(districtCode code)",
      "District(code)",
      "OrganizationReference(code)",
      "PartyOrganization(code)",
      "Unit(creditCode)",
    ]);
    expect(sdl).not.toMatch(/type Person[^{]*@key/);
  });

  it("describes the federation entry points in Chinese and English", () => {
    const schema = subgraphOf("210102", "和泰区").schema;
    const described = [
      schema.getQueryType()?.getFields().district_210102?.description,
      (schema.getType("DistrictQuery") as { getFields(): Record<string, { description?: string | null }> }).getFields()
        .organizationReference?.description,
      schema.getMutationType()?.getFields().district_210102?.description,
      schema.getType("DistrictQuery")?.description,
      schema.getType("DistrictMutation")?.description,
      schema.getType("OrganizationReference")?.description,
      schema.getType("OrganizationInDistrict")?.description,
      (
        schema.getType("OrganizationReference") as { getFields(): Record<string, { description?: string | null }> }
      ).getFields().in_210102?.description,
      (
        schema.getType("PartyOrganization") as { getFields(): Record<string, { description?: string | null }> }
      ).getFields().superiorOrganization?.description,
    ];
    for (const description of described) expect(description).toMatch(bilingual);
  });

  it("leaves the normal (single-district) schema free of federation machinery", () => {
    const sdl = readFileSync(schemaFile, "utf8");
    expect(sdl).not.toMatch(/@key|@shareable|_entities|_service|district_\d|OrganizationReference/);
  });
});
