import { describe, expect, test } from "vitest";
import { isUuidShaped, LEGACY_ID_NAMESPACE, serverTodoId, uuidV5 } from "./legacy-id";

describe("uuidV5", () => {
  test("matches the RFC 9562 test vector", () => {
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  test("the namespace is fixed forever (changing it breaks retries of old payloads)", () => {
    expect(LEGACY_ID_NAMESPACE).toBe("92c6db43-34ad-426f-a75e-86bbe0338c48");
    expect(serverTodoId("user-1", 1712345678901)).toBe(uuidV5(LEGACY_ID_NAMESPACE, "user-1:1712345678901"));
  });
});

describe("serverTodoId", () => {
  const uuid = "0B5E6C9A-1234-4ABC-8DEF-0123456789AB";

  test("keeps a uuid (lower-cased) whoever the user is", () => {
    expect(serverTodoId("alice", uuid)).toBe(uuid.toLowerCase());
    expect(serverTodoId("bob", uuid)).toBe(uuid.toLowerCase());
  });

  test.each([[1712345678901], ["1712345678901"], ["todo-17"], [3.5], ["not-quite-a-uuid-0123456789ab"]])(
    "derives a stable uuid for legacy id %j",
    (legacyId) => {
      const id = serverTodoId("alice", legacyId);
      expect(isUuidShaped(id)).toBe(true);
      expect(id[14]).toBe("5");
      expect(serverTodoId("alice", legacyId)).toBe(id);
      expect(serverTodoId("bob", legacyId)).not.toBe(id);
    },
  );

  test("a number and its decimal string are the same legacy id", () => {
    expect(serverTodoId("alice", 42)).toBe(serverTodoId("alice", "42"));
  });

  test("repeats of one legacy id get ids of their own", () => {
    const ids = [1, 2, 3].map((n) => serverTodoId("alice", uuid, n));
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(uuid.toLowerCase());
  });
});
