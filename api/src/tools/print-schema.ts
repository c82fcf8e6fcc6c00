import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema/index.js";

/** The SDL as committed in api/schema.graphql (tests fail when it drifts from the code). */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema.graphql");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`Wrote ${schemaFile}`);
}
