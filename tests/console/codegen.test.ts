/**
 * The console's generated code (codegen.ts → admin/src/generated/) is what the schema says:
 * - regenerating from api/schema.graphql reproduces the committed files exactly (run `pnpm codegen`, or
 *   `pnpm generate` after changing the API, when this fails);
 * - a field added to the SDL appears in the generated resource with no hand edit (columns, show page,
 *   filters, edit form, operations), and the committed files are then reported stale;
 * - every entity (every Node type with a root list) is a resource, with its operations.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildModel, operationsDocument } from "@gongjian/admin/codegen/model";
import { dataDepthRule } from "@gongjian/api/server/depth";
import { defaultLimits } from "@gongjian/api/server/options";
import { generate } from "@graphql-codegen/cli";
import { buildSchema, getNamedType, isObjectType, Lexer, parse, Source, TokenKind, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { codegenConfig } from "../../codegen.js";
import { repositoryRoot as root } from "../support/paths.js";

const committedDir = path.join(root, "admin/src/generated");
const sdlFile = path.join(root, "api/schema.graphql");

/** Generates from a schema file in memory (nothing written) and lists the committed files that differ. */
async function regenerate(schema: string) {
  const outputs = await generate({ ...codegenConfig({ schema, out: committedDir }), cwd: root }, false);
  const files = new Map<string, string>(
    outputs.map((o: { filename: string; content: string }) => [path.basename(o.filename), o.content]),
  );
  const stale = [...files.entries()]
    .filter(([name, content]) => {
      let committed = "";
      try {
        committed = readFileSync(path.join(committedDir, name), "utf8");
      } catch {
        return true;
      }
      return committed !== content;
    })
    .map(([name]) => name)
    .sort();
  return { files, stale };
}

function sdlWithNewUnitField(): string {
  const sdl = readFileSync(sdlFile, "utf8");
  const withField = sdl
    .replace(
      /type Unit implements Node \{\n/,
      'type Unit implements Node {\n  """简称 / Short name"""\n  nickname: String\n\n',
    )
    .replace(/input UpdateUnitInput \{\n/, 'input UpdateUnitInput {\n  """简称 / Short name"""\n  nickname: String\n\n')
    .replace(/input UnitFilter \{\n/, 'input UnitFilter {\n  """简称 / Short name"""\n  nickname: StringFilter\n\n');
  expect(withField).not.toBe(sdl);
  const dir = mkdtempSync(path.join(tmpdir(), "gongjian-codegen-"));
  const file = path.join(dir, "schema.graphql");
  writeFileSync(file, withField);
  return file;
}

describe("console codegen", () => {
  it("the committed generated files are up to date (otherwise run `pnpm codegen`)", async () => {
    const { files, stale } = await regenerate(sdlFile);
    expect([...files.keys()].sort()).toEqual([
      "graphql.ts",
      "operations.graphql",
      "persisted-ids.ts",
      "persisted-operations.json",
      "resource-index.ts",
      "resources.ts",
    ]);
    expect(stale).toEqual([]);
  });

  it("a field added to the API shows in the console after regenerating, with no hand edit", async () => {
    const changed = sdlWithNewUnitField();
    const { files, stale } = await regenerate(changed);
    // The drift check fails when it should: the committed files no longer match the schema.
    expect(stale).toEqual(expect.arrayContaining(["graphql.ts", "operations.graphql", "resources.ts"]));

    const model = buildModel(buildSchema(readFileSync(changed, "utf8")));
    const unit = model.resources.find((r) => r.name === "Unit");
    const field = unit?.fields.find((f) => f.name === "nickname");
    expect(field).toMatchObject({ kind: "string", label: { zh: "简称", en: "Short name" } });
    expect(unit?.filters.find((f) => f.name === "nickname")).toMatchObject({ kind: "string" });
    expect(unit?.update?.fields.find((f) => f.name === "nickname")).toMatchObject({
      kind: "string",
      required: false,
      recordField: "nickname",
    });
    // …and in what the console runs: the show and list queries select it, the update mutation takes it.
    expect(files.get("resources.ts")).toContain('"name": "nickname"');
    const operations = files.get("operations.graphql") ?? "";
    const unitOne = operations.slice(operations.indexOf("query UnitOne"));
    expect(unitOne.slice(0, unitOne.indexOf("\n}\n"))).toContain("nickname");
    expect(files.get("graphql.ts")).toMatch(/nickname\?: string \| null/);
  });

  it("covers every entity: each Node type with a root list is a resource with its operations", () => {
    const schema = buildSchema(readFileSync(sdlFile, "utf8"));
    const expected = Object.values(schema.getQueryType()?.getFields() ?? {})
      .map((f) => getNamedType(f.type))
      .filter((t) => isObjectType(t) && t.name.endsWith("Connection"))
      .map((t) => (isObjectType(t) ? getNamedType(getNamedType(t.getFields().edges?.type)) : null))
      .map((edge) => {
        const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
        return node ? getNamedType(node.type).name : "";
      })
      .sort();
    const model = buildModel(schema);
    expect(model.resources.map((r) => r.name).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(15);

    const ids = readFileSync(path.join(committedDir, "persisted-ids.ts"), "utf8");
    for (const r of model.resources) {
      expect(r.label.zh, r.name).toMatch(/[\u4e00-\u9fff]/);
      expect(r.label.en, r.name).toMatch(/[A-Za-z]/);
      expect(r.columns.length, r.name).toBeGreaterThan(0);
      for (const op of [r.operations.list, r.operations.one, r.operations.many]) expect(ids, op).toContain(`"${op}"`);
      for (const m of [r.create, r.update, r.delete, ...r.actions]) {
        if (m) expect(ids, m.operation).toContain(`"${m.operation}"`);
      }
      for (const f of r.fields.filter((f) => f.kind === "enum")) {
        const def = model.enums.find((e) => e.name === f.enum);
        expect(def, `${r.name}.${f.name}`).toBeDefined();
        for (const v of def?.values ?? []) expect(v.label.zh, `${def?.name}.${v.value}`).not.toBe(v.label.en);
      }
    }
    // Workflow transitions the screens render as buttons.
    const committee = model.resources.find((r) => r.name === "Committee");
    expect(committee?.actions.map((a) => [a.name, a.toStatus])).toEqual(
      expect.arrayContaining([
        ["submitCommittee", "SUBMITTED"],
        ["approveCommittee", "APPROVED"],
        ["rejectCommittee", "REJECTED"],
        ["fileCommittee", "FILED"],
      ]),
    );
    // Money is fen, shown in yuan; references name their target resource.
    const plan = model.resources.find((r) => r.name === "FundingPlan");
    expect(plan?.fields.find((f) => f.name === "budgetFen")?.kind).toBe("fen");
    const unit = model.resources.find((r) => r.name === "Unit");
    expect(unit?.fields.find((f) => f.name === "community")).toMatchObject({ kind: "reference", target: "Community" });
    expect(unit?.filters.find((f) => f.name === "communityId")).toMatchObject({
      kind: "reference",
      target: "Community",
    });
  });

  it("every generated operation is valid and within the production limits (depth, tokens, aliases)", () => {
    const schema = buildSchema(readFileSync(sdlFile, "utf8"));
    const document = parse(operationsDocument(buildModel(schema)));
    expect(validate(schema, document, [dataDepthRule(defaultLimits.maxDepth)])).toEqual([]);
    const text = readFileSync(path.join(committedDir, "operations.graphql"), "utf8");
    for (const chunk of text.split(/\n(?=query |mutation )/)) {
      if (!/^(query|mutation) /.test(chunk)) continue;
      const lexer = new Lexer(new Source(chunk));
      let tokens = 0;
      while (lexer.advance().kind !== TokenKind.EOF) tokens++;
      expect(tokens, chunk.slice(0, 40)).toBeLessThanOrEqual(defaultLimits.maxTokens);
      expect(validate(schema, parse(chunk)), chunk.slice(0, 40)).toEqual([]);
    }
  });
});
