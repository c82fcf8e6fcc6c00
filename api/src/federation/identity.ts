/** The gateway's signed identity now lives with the token code: `auth/gateway-identity.ts`. */
export * from "../auth/gateway-identity.js";
