import { createHash } from "node:crypto";

// The id a legacy todo gets on the server. A UUID is kept as it is ("todos
// keep their ids"). Anything else (Date.now() numbers, "todo-17") cannot be a
// uuid column value, so it becomes a UUID version 5 (RFC 9562: SHA-1 of a
// namespace and a name) of the user and the legacy id. Deterministic, so that
// a retry of the same payload maps every todo to the same row and inserts
// nothing twice; scoped to the user, so two people whose old clients both
// used id 1 never collide. A number and its decimal string (1 and "1") are
// the same legacy id.

/** Fixed forever: changing it would make retries of old payloads insert duplicates. */
export const LEGACY_ID_NAMESPACE = "92c6db43-34ad-426f-a75e-86bbe0338c48";

// PostgreSQL's uuid type takes any 8-4-4-4-12 hex, whatever the version bits say.
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuidShaped(value: string): boolean {
  return UUID_SHAPE.test(value);
}

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** RFC 9562 UUID version 5 of `name` in `namespace`. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The server id of a legacy todo. `occurrence` > 1 marks a repeated legacy id
 * in the same payload (two todos created in the same millisecond): each
 * repeat gets an id of its own instead of being dropped.
 */
export function serverTodoId(userId: string, legacyId: string | number, occurrence = 1): string {
  const key = String(legacyId);
  if (occurrence === 1 && isUuidShaped(key)) return key.toLowerCase();
  const name = occurrence === 1 ? key : `${key}#${occurrence}`;
  return uuidV5(LEGACY_ID_NAMESPACE, `${userId}:${name}`);
}
