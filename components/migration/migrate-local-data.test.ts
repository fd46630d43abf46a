import { describe, expect, test } from "vitest";
import { LEGACY_STORAGE_KEY, type MigrationResult } from "@/lib/migration/contract";
import { migrateLocalData, readLegacyData } from "./migrate-local-data";

const payload = JSON.stringify({
  todos: [
    { id: 1, text: "a" },
    { id: 2, text: "b" },
  ],
  preferences: {},
});

function memoryStorage(initial: string | null = payload) {
  const data = new Map<string, string>();
  if (initial !== null) data.set(LEGACY_STORAGE_KEY, initial);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    removeItem: (k: string) => void data.delete(k),
  };
}

const ok: MigrationResult = {
  migratedTodos: 2,
  alreadyMigrated: 0,
  failedTodos: 0,
  errors: [],
  totalMigrated: 2,
};
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

/** A fetch that answers POST and GET with the given responses, recording the calls. */
function fakeServer(post: () => Response, get: () => Response = () => json({ count: 2 })) {
  const calls: string[] = [];
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init?.method ?? "GET");
    return init?.method === "POST" ? post() : get();
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe("migrateLocalData", () => {
  test("removes the local copy after the server confirmed and the read-back matches", async () => {
    const storage = memoryStorage();
    const server = fakeServer(() => json(ok));
    expect(await migrateLocalData({ storage, fetch: server.fetch })).toEqual({ ok: true, migrated: 2 });
    expect(server.calls).toEqual(["POST", "GET"]);
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(false);
  });

  test.each([
    [
      "a 400",
      () =>
        json({ error: { code: "bad_request", message: "todos[1].text: must be a non-empty string" } }, 400),
      undefined,
      "todos[1].text: must be a non-empty string",
    ],
    [
      "a 500",
      () => json({ error: { code: "internal", message: "Something went wrong" } }, 500),
      undefined,
      "Something went wrong",
    ],
    [
      "a lost connection",
      () => {
        throw new TypeError("Failed to fetch");
      },
      undefined,
      "Could not reach the server",
    ],
    [
      "failed todos",
      () =>
        json({ ...ok, migratedTodos: 1, failedTodos: 1, errors: [{ index: 0, id: 1, message: "id taken" }] }),
      undefined,
      "1 todo of 2 could not be moved: id taken",
    ],
    [
      "fewer confirmed than stored",
      () => json({ ...ok, migratedTodos: 1 }),
      undefined,
      "The server confirmed 1 todo of 2",
    ],
    [
      "a read-back that disagrees",
      () => json(ok),
      () => json({ count: 0 }),
      "Checking found 0 todos where 2 were expected",
    ],
    [
      "a failing read-back",
      () => json(ok),
      () => json({ error: { message: "Service unavailable" } }, 503),
      "Service unavailable",
    ],
  ])("keeps the local copy on %s and says why", async (_name, post, get, message) => {
    const storage = memoryStorage();
    const outcome = await migrateLocalData({ storage, fetch: fakeServer(post, get).fetch });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain(message);
    expect(!outcome.ok && outcome.message).toContain("still saved in this browser");
    expect(storage.data.get(LEGACY_STORAGE_KEY)).toBe(payload);
  });

  test("damaged JSON is never sent, and stays", async () => {
    const storage = memoryStorage("{not json");
    const server = fakeServer(() => json(ok));
    const outcome = await migrateLocalData({ storage, fetch: server.fetch });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining("damaged") });
    expect(server.calls).toEqual([]);
    expect(storage.data.has(LEGACY_STORAGE_KEY)).toBe(true);
  });

  test("nothing stored: nothing to do", async () => {
    const server = fakeServer(() => json(ok));
    expect(await migrateLocalData({ storage: memoryStorage(null), fetch: server.fetch })).toEqual({
      ok: true,
      migrated: 0,
    });
    expect(server.calls).toEqual([]);
  });
});

test.each([
  [payload, 2],
  ["{}", 0],
  ["[1,2]", 0],
  ["{broken", 0],
])("readLegacyData counts the todos of %s", (raw, count) => {
  expect(readLegacyData(memoryStorage(raw))).toEqual({ raw, todoCount: count });
});

test("readLegacyData survives storage that throws (disabled by privacy settings)", () => {
  const throwing = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    removeItem: () => {},
  };
  expect(readLegacyData(throwing)).toBeNull();
});
