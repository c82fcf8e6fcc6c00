export { type AppOptions, createApp } from "./app.js";
export type { Context } from "./builder.js";
export { schema } from "./schema/index.js";
