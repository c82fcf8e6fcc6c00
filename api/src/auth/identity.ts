import { z } from "zod";
import { type Grant, roles } from "../permissions/abilities.js";

const id = z.string().uuid();

/** Grants as they appear in a token; an unknown role or a missing scope fails the whole token. */
export const grantSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("DISTRICT_ADMIN"), districtId: id }).strict(),
  z.object({ role: z.literal("STREET_ADMIN"), streetId: id }).strict(),
  z.object({ role: z.literal("COMMITTEE_STAFF"), committeeId: id }).strict(),
  z.object({ role: z.literal("UNIT_LIAISON"), unitId: id }).strict(),
  z.object({ role: z.literal("SUPERIOR_ORG"), organizationCode: z.string().min(1).max(30) }).strict(),
  z.object({ role: z.literal("ANALYST"), districtId: id, streetId: id.optional() }).strict(),
]) satisfies z.ZodType<Grant>;

export const identitySchema = z.object({
  sub: z.string().min(1).max(100),
  name: z.string().max(100).optional(),
  grants: z.array(grantSchema).min(1).max(20),
});

export interface Identity {
  /** Subject (user id) from the token. */
  id: string;
  name: string;
  grants: Grant[];
  /** Set when a DISTRICT_ADMIN views as another role (read-only). */
  impersonatedBy?: { id: string; grants: Grant[] } | undefined;
}

export { roles };
