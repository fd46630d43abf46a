import { expect, test } from "vitest";
import { generationKey, newGeneration, paramsDigest, stableStringify, valueKey } from "./keys";

test("stableStringify ignores key order, at any depth", () => {
  expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe(
    '{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}',
  );
  expect(paramsDigest({ a: 1, b: 2 })).toBe(paramsDigest({ b: 2, a: 1 }));
  expect(paramsDigest({ a: 1 })).not.toBe(paramsDigest({ a: 2 }));
  expect(paramsDigest(undefined)).not.toBe(paramsDigest(null));
});

test("keys encode the user id, so no id reads as another id plus a generation", () => {
  expect(generationKey("ns", "a:1")).toBe("ns:gen:a%3A1");
  expect(valueKey("ns", "a:1", "g", "todos", {})).not.toBe(valueKey("ns", "a", "1:g", "todos", {}));
  expect(valueKey("ns", "u", "g", "todos", { page: 1 })).toMatch(/^ns:val:u:g:todos:[\w-]+$/);
});

test("generations are never reused and never contain a colon", () => {
  const seen = new Set(Array.from({ length: 1000 }, () => newGeneration(0)));
  expect(seen.size).toBe(1000);
  for (const g of seen) expect(g).not.toContain(":");
});
