import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { invalid } from "../errors/domain-error.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A database id (every table's primary key is a uuid): checked before it can reach SQL. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Global IDs (relay) for every entity; inputs accept them and we check the type they name. */
export function toGlobalId(type: string, id: string): string {
  return encodeGlobalID(type, id);
}

export function fromGlobalId(type: string, globalId: string, field = "id"): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw invalid(field, `${field} 不是有效的全局ID`, `${field} is not a valid global ID`);
  }
  if (decoded.typename !== type || !isUuid(decoded.id)) {
    throw invalid(field, `${field} 应为 ${type} 的ID`, `${field} must be the ID of a ${type}`);
  }
  return decoded.id;
}
