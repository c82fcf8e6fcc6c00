import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.js";

builder.scalarType("DateTime", {
  description: "ISO 8601 时间戳 / ISO 8601 timestamp",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : Number.NaN;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new GraphQLError("无效的时间 / Invalid DateTime");
    }
    return date;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("无效的时间 / Invalid DateTime");
    const date = new Date(ast.value);
    if (Number.isNaN(date.getTime())) throw new GraphQLError("无效的时间 / Invalid DateTime");
    return date;
  },
});
