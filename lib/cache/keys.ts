import { createHash, randomBytes } from "node:crypto";

/** JSON with object keys sorted, so that {a, b} and {b, a} name the same entry. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export function paramsDigest(params: unknown): string {
  return createHash("sha1")
    .update(stableStringify(params) ?? "undefined")
    .digest("base64url");
}

// User ids are encoded so that no id can be read as another id plus a
// generation (":" would make "a:1" ambiguous); generations never contain ":".
export function generationKey(namespace: string, userId: string): string {
  return `${namespace}:gen:${encodeURIComponent(userId)}`;
}

export function valueKey(
  namespace: string,
  userId: string,
  generation: string,
  scope: string,
  params: unknown,
) {
  return `${namespace}:val:${encodeURIComponent(userId)}:${generation}:${encodeURIComponent(scope)}:${paramsDigest(params)}`;
}

/**
 * A new generation is a value never used before rather than INCR: a counter
 * whose key expired would count 1, 2, ... again and could meet entries cached
 * under those numbers before it expired; a fresh random value cannot.
 */
export function newGeneration(now = Date.now()): string {
  return `${now.toString(36)}.${randomBytes(6).toString("base64url")}`;
}
