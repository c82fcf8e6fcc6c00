import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../builder.js";

function parseDate(value: unknown, dateOnly: boolean): Date {
  const text = typeof value === "string" ? value : "";
  const ok = dateOnly ? /^\d{4}-\d{2}-\d{2}$/.test(text) : /^\d{4}-\d{2}-\d{2}T/.test(text);
  const date = new Date(dateOnly ? `${text}T00:00:00.000Z` : text);
  if (!ok || Number.isNaN(date.getTime())) {
    throw new GraphQLError(
      dateOnly
        ? "无效的日期（应为 YYYY-MM-DD）/ Invalid Date (expected YYYY-MM-DD)"
        : "无效的时间（应为 ISO 8601）/ Invalid DateTime (expected ISO 8601)",
    );
  }
  return date;
}

const literal = (ast: ValueNode) =>
  ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : null;

builder.scalarType("DateTime", {
  description: "ISO 8601 时间戳 / ISO 8601 timestamp",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => parseDate(value, false),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null, false),
});

builder.scalarType("Date", {
  description: "日期 YYYY-MM-DD / Calendar date YYYY-MM-DD",
  serialize: (value) => (value as Date).toISOString().slice(0, 10),
  parseValue: (value) => parseDate(value, true),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null, true),
});

/**
 * Money in fen (分), an integer. Output as a JSON number (exact up to 2^53 fen). Input is taken
 * as text or number and checked by the domain (whole fen, not negative), so a bad amount is a
 * typed VALIDATION error naming the field rather than a parse failure.
 */
builder.scalarType("Fen", {
  description: "金额，单位为分（整数）/ Amount in fen (1/100 yuan), an integer",
  serialize: (value) => {
    const n = typeof value === "bigint" ? value : BigInt(value as number);
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) return n.toString();
    return Number(n);
  },
  parseValue: (value) => String(value) as never,
  parseLiteral: (ast) => String(literal(ast)) as never,
});

/** Exact decimal as text, e.g. a contribution ratio "33.3333" (percent). */
builder.scalarType("Decimal", {
  description: "精确小数（文本）/ Exact decimal as text",
  serialize: (value) => String(value),
  parseValue: (value) => String(value),
  parseLiteral: (ast) => String(literal(ast)),
});

builder.scalarType("JSON", {
  description: "JSON 值（只用于输出）/ JSON value (output only)",
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError("JSON 不接受输入 / JSON is output only");
  },
  parseLiteral: () => {
    throw new GraphQLError("JSON 不接受输入 / JSON is output only");
  },
});
