/**
 * A district's API in federation mode: the normal application (limits, logging, health, metrics,
 * `createApp`) composed with the district subgraph (subgraph.ts) as its schema and the gateway's
 * signature (`auth/gateway-identity.ts`) as the only way a request's identity is established.
 */
import type { Database } from "@gongjian/db";
import { type AppOptions, createApp, type Identify } from "../app.js";
import { type GatewayTrust, IDENTITY_HEADER, SignatureError, verifySignedIdentity } from "../auth/gateway-identity.js";
import type { Identity } from "../auth/identity.js";
import { identityContext, requestIdOf, unauthenticated } from "../context.js";
import { defaultLimits } from "../server/options.js";
import { buildDistrictSubgraph, type DistrictSubgraph } from "./subgraph.js";

export interface DistrictIdentity {
  code: string;
  name: string;
}

/**
 * The district this database serves: `configured` (FEDERATION_DISTRICT) if given, which must be a
 * district of the database, else the database's only district.
 */
export async function servedDistrict(db: Database, configured?: string): Promise<DistrictIdentity> {
  const districts = await db.prisma.district.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
  if (configured) {
    const found = districts.find((d) => d.code === configured);
    if (!found) throw new Error(`FEDERATION_DISTRICT=${configured} is not a district of this database`);
    return found;
  }
  if (districts.length !== 1) {
    throw new Error(
      `The database has ${districts.length} districts; set FEDERATION_DISTRICT to the one this subgraph serves`,
    );
  }
  return districts[0] as DistrictIdentity;
}

/**
 * Gateway mode: the identity comes only from the gateway's signature; a request without a valid
 * one is refused (401), whatever bearer token, headers or extensions it carries.
 */
export function signedIdentify(db: Database, trust: GatewayTrust): Identify {
  return async (request) => {
    const requestId = requestIdOf(request);
    let identity: Identity | null;
    try {
      identity = await verifySignedIdentity(request.headers.get(IDENTITY_HEADER), () => request.clone().text(), trust);
    } catch (error) {
      if (error instanceof SignatureError) throw unauthenticated(error.reasonZh, error.reason);
      throw error;
    }
    return identityContext(db, identity, requestId);
  };
}

export interface DistrictAppOptions extends Omit<AppOptions, "schema" | "identify" | "demoPersonas"> {
  district: DistrictIdentity;
  /** The secret shared with the gateway: only requests it signed are answered. */
  gateway: GatewayTrust;
}

/** The district's subgraph as an application; the gateway's queries nest one level deeper (`district_<code>`). */
export function createDistrictApp({ district, gateway, limits, ...options }: DistrictAppOptions) {
  const subgraph: DistrictSubgraph = buildDistrictSubgraph(district.code, district.name);
  const app = createApp({
    ...options,
    schema: subgraph.schema,
    identify: signedIdentify(options.db, gateway),
    demoPersonas: false,
    // The gateway writes the subgraph queries (the signature vouches for them): the console's
    // manifest of persisted operations does not apply here, nor does serving the console.
    persistedOperations: "off",
    console: false,
    limits: {
      maxDepth: defaultLimits.maxDepth + 2,
      maxRawDepth: defaultLimits.maxRawDepth + 2,
      ...limits,
    },
  });
  return Object.assign(app, { subgraph });
}
