import { describe, expect, test } from "vitest";
import { MemoryStore } from "./memory-store";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("MemoryStore", () => {
  test("values expire after their TTL", async () => {
    const store = new MemoryStore();
    store.set("a", "1", 30);
    store.set("b", "2", 10_000);
    expect(store.get("a")).toBe("1");
    await sleep(60);
    expect(store.get("a")).toBeNull();
    expect(store.get("b")).toBe("2");
  });

  test("incr counts from zero and keeps the expiry set at creation", async () => {
    const store = new MemoryStore();
    expect(store.incr("n", 40)).toBe(1);
    await sleep(20);
    expect(store.incr("n", 40)).toBe(2);
    await sleep(40);
    expect(store.get("n")).toBeNull();
    store.del(["missing"]);
  });

  test("keeps at most maxKeys keys", () => {
    const store = new MemoryStore(3);
    for (const k of ["a", "b", "c", "d"]) store.set(k, k, 10_000);
    expect(store.get("a")).toBeNull();
    expect(store.get("d")).toBe("d");
  });
});

describe("MemoryStore.slidingWindow", () => {
  const windowMs = 1000;
  const start = 1_000_000 * windowMs; // the start of a window

  test("allows `limit` per window and says when the window ends", () => {
    const store = new MemoryStore();
    const outcomes = Array.from({ length: 5 }, () =>
      store.slidingWindow("p", "id", 3, windowMs, start + 100),
    );
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(outcomes.map((o) => o.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(outcomes[0]?.resetAt).toBe(start + windowMs);
  });

  test("weighs the previous window by how much of it still overlaps", () => {
    const store = new MemoryStore();
    for (let i = 0; i < 4; i++) store.slidingWindow("p", "id", 4, windowMs, start + 900);
    // 25% into the next window, 75% of the previous 4 still count: floor(3) -> 1 left.
    const quarter = start + windowMs + 250;
    expect(store.slidingWindow("p", "id", 4, windowMs, quarter).allowed).toBe(true);
    expect(store.slidingWindow("p", "id", 4, windowMs, quarter).allowed).toBe(false);
    // Two windows on, nothing of the first one counts.
    const later = start + 2 * windowMs + 10;
    const allowed = Array.from(
      { length: 5 },
      () => store.slidingWindow("p", "id", 4, windowMs, later).allowed,
    );
    expect(allowed.filter(Boolean)).toHaveLength(4);
  });

  test("identifiers and prefixes are counted apart", () => {
    const store = new MemoryStore();
    expect(store.slidingWindow("p", "a", 1, windowMs, start).allowed).toBe(true);
    expect(store.slidingWindow("p", "a", 1, windowMs, start).allowed).toBe(false);
    expect(store.slidingWindow("p", "b", 1, windowMs, start).allowed).toBe(true);
    expect(store.slidingWindow("q", "a", 1, windowMs, start).allowed).toBe(true);
  });
});
