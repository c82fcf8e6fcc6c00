/**
 * Plain (non-Prisma) object types whose fields all show a value as it is, never null: a file handed out,
 * an import's counts. `valueObject(name, description, columns)` declares the type and its TypeScript
 * shape at once, from `columns`: `{ rowCount: ["Int", "数据行数 / Data rows"] }`.
 */
import { builder } from "../builder.js";

type ColumnType = "String" | "Int";
type Columns = Record<string, readonly [type: ColumnType, description: string]>;

/** The TypeScript value of a value object with these columns (what its resolvers return). */
export type ValueOf<C extends Columns> = { [K in keyof C]: C[K][0] extends "Int" ? number : string };

interface ValueFieldBuilder {
  exposeString(name: string, options: { nullable: false; description: string }): unknown;
  exposeInt(name: string, options: { nullable: false; description: string }): unknown;
}

export function valueObject<C extends Columns>(name: string, description: string, columns: C) {
  return builder.objectRef<ValueOf<C>>(name).implement({
    description,
    fields: (t) => {
      const f = t as unknown as ValueFieldBuilder;
      return Object.fromEntries(
        Object.entries(columns).map(([column, [type, text]]) => [
          column,
          type === "Int"
            ? f.exposeInt(column, { nullable: false, description: text })
            : f.exposeString(column, { nullable: false, description: text }),
        ]),
      ) as never;
    },
  });
}

/** The columns of a file the API hands out, each with its one description (pick those a type shows). */
export const fileColumns = {
  filename: ["String", "文件名 / File name"],
  contentType: ["String", "MIME 类型 / Content type"],
  size: ["Int", "大小（字节）/ Size (bytes)"],
  base64: ["String", "文件内容（base64）/ Content (base64)"],
} as const;
