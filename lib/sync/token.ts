// Sync tokens: "v1:<version>", the highest change_seq version the client has
// been sent. Anything else ("*", null, garbage, a future format) means the
// client starts over with a full sync, which is always safe.
//
// Versions come from one sequence, but transactions commit in a different
// order than they drew their numbers: a write that took version 100 may
// commit after one that took 101 was already pulled. A token of 101 would
// then skip 100 forever. So an incremental pull re-reads a window of
// versions below the token (PULL_OVERLAP). Clients merge rows by version
// (an older or equal row never replaces a newer one), so rows sent twice
// are harmless. The window is counted in versions drawn by everyone: it
// covers a writer still in flight while up to PULL_OVERLAP other changes
// are made, which is far more than happen during one short write
// transaction, while a pull re-sends only the user's own rows among the
// last PULL_OVERLAP changes. (An exact watermark would need a commit-ordered
// log, which the schema does not have; PGlite runs one transaction at a
// time and cannot commit out of order at all.)

export const SYNC_TOKEN_PREFIX = "v1:";
export const PULL_OVERLAP = 1000;

export type ParsedSyncToken = { kind: "full" } | { kind: "since"; version: number };

export function encodeSyncToken(version: number): string {
  if (!Number.isSafeInteger(version) || version < 0) throw new RangeError(`Not a version: ${version}`);
  return `${SYNC_TOKEN_PREFIX}${version}`;
}

export function parseSyncToken(token: string | null | undefined): ParsedSyncToken {
  if (!token?.startsWith(SYNC_TOKEN_PREFIX)) return { kind: "full" };
  const digits = token.slice(SYNC_TOKEN_PREFIX.length);
  if (!/^\d{1,16}$/.test(digits)) return { kind: "full" };
  const version = Number(digits);
  return Number.isSafeInteger(version) ? { kind: "since", version } : { kind: "full" };
}

/** The lowest version an incremental pull from `version` must re-read (exclusive bound). */
export function pullFloor(version: number): number {
  return Math.max(0, version - PULL_OVERLAP);
}

/** The next token: never behind the one the client sent, so a quiet pull does not move it back. */
export function nextTokenVersion(previous: number, seen: Iterable<number>): number {
  let max = previous;
  for (const v of seen) if (v > max) max = v;
  return max;
}
