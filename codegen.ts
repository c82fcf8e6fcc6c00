/**
 * One command regenerates the console's generated code from the API's printed SDL: `pnpm codegen`
 * (`pnpm generate` runs it after reprinting api/schema.graphql). tests/console/codegen.test.ts runs this config
 * into a temporary directory and fails when the committed files differ.
 *
 * Outputs (admin/src/generated/, committed):
 * - resources.ts            the resource model (admin/codegen/model.ts) the generic console is built from
 * - resource-index.ts       its small part needed before the first page (menu, labels, record titles)
 * - operations.graphql      the operations of every resource (list, one, many, export, mutations)
 * - graphql.ts              types + typed documents (typescript, typescript-operations, typed-document-node)
 *                           for operations.graphql and every admin/src/**\/*.graphql the hand-made screens add
 * - persisted-operations.json / persisted-ids.ts   the persisted-operations manifest (hash → text) and
 *                           the client's name → hash map
 *
 * Environment (tests): CODEGEN_SCHEMA (default api/schema.graphql), CODEGEN_OUT (default admin/src/generated).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { buildSchema } from "graphql";
import { buildModel, operationsDocument } from "./admin/codegen/model.js";
import { idsPlugin, manifestPlugin } from "./admin/codegen/persisted-plugin.js";
import { indexPlugin, operationsPlugin, plugin as resourcesPlugin } from "./admin/codegen/resources-plugin.js";

const root = path.dirname(new URL(import.meta.url).pathname);

const local: Record<string, unknown> = {
  "gongjian-resources": { plugin: resourcesPlugin },
  "gongjian-resource-index": { plugin: indexPlugin },
  "gongjian-operations": { plugin: operationsPlugin },
  "gongjian-persisted-manifest": { plugin: manifestPlugin },
  "gongjian-persisted-ids": { plugin: idsPlugin },
};

/** The configuration for a schema file and an output folder (tests use temporary ones). */
export function codegenConfig({
  schema = path.resolve(root, process.env.CODEGEN_SCHEMA ?? "api/schema.graphql"),
  out = path.resolve(root, process.env.CODEGEN_OUT ?? "admin/src/generated"),
}: {
  schema?: string;
  out?: string;
} = {}): CodegenConfig {
  // The generated operations, as a document: the typed operations and the manifest are generated from it
  // and from the hand-made screens' .graphql files.
  const operations = operationsDocument(buildModel(buildSchema(readFileSync(schema, "utf8"))));
  const documents = [
    operations,
    path.join(root, "admin/src/**/*.graphql"),
    `!${path.join(root, "admin/src/generated/**")}`,
  ];
  return {
    overwrite: true,
    silent: process.env.CODEGEN_VERBOSE !== "1",
    schema,
    pluginLoader: async (name: string) => {
      if (name in local) return local[name];
      return import(name);
    },
    generates: {
      [path.join(out, "resources.ts")]: { plugins: ["gongjian-resources"] },
      [path.join(out, "resource-index.ts")]: { plugins: ["gongjian-resource-index"] },
      [path.join(out, "operations.graphql")]: { plugins: ["gongjian-operations"] },
      [path.join(out, "graphql.ts")]: {
        documents,
        plugins: ["typescript-operations", "typed-document-node"],
        config: {
          enumsAsTypes: true,
          skipTypename: false,
          useTypeImports: true,
          documentMode: "string",
          scalars: {
            ID: "string",
            Date: "string",
            DateTime: "string",
            Fen: "string",
            Decimal: "string",
            JSON: "unknown",
          },
        },
      },
      [path.join(out, "persisted-operations.json")]: { documents, plugins: ["gongjian-persisted-manifest"] },
      [path.join(out, "persisted-ids.ts")]: { documents, plugins: ["gongjian-persisted-ids"] },
    },
  };
}

export default codegenConfig();
