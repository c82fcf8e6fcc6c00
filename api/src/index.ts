export { type AppOptions, createApp } from "./app.js";
export type { Context } from "./context.js";
export { schema } from "./schema/index.js";
