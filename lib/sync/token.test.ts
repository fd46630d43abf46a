import { describe, expect, test } from "vitest";
import { encodeSyncToken, nextTokenVersion, PULL_OVERLAP, parseSyncToken, pullFloor } from "./token";

describe("sync tokens", () => {
  test.each([0, 1, 42, 9_007_199_254_740_991])("round-trips version %i", (version) => {
    expect(parseSyncToken(encodeSyncToken(version))).toEqual({ kind: "since", version });
  });

  test.each([
    ["null", null],
    ["undefined", undefined],
    ["the full-sync marker", "*"],
    ["an empty string", ""],
    ["no prefix", "123"],
    ["another format", "v2:123"],
    ["a negative version", "v1:-5"],
    ["a fraction", "v1:1.5"],
    ["an exponent", "v1:1e9"],
    ["trailing text", "v1:12abc"],
    ["too many digits", `v1:${"9".repeat(17)}`],
    ["past the safe integers", "v1:9999999999999999"],
    ["nothing after the prefix", "v1:"],
  ])("%s asks for a full sync", (_name, token) => {
    expect(parseSyncToken(token)).toEqual({ kind: "full" });
  });

  test("refuses to encode what is not a version", () => {
    expect(() => encodeSyncToken(-1)).toThrow(RangeError);
    expect(() => encodeSyncToken(1.5)).toThrow(RangeError);
  });

  test("the pull floor re-reads a window below the token and never goes negative", () => {
    expect(pullFloor(PULL_OVERLAP + 5)).toBe(5);
    expect(pullFloor(3)).toBe(0);
  });

  test("the next token is the highest version seen, never behind the previous one", () => {
    expect(nextTokenVersion(10, [3, 12, 7])).toBe(12);
    expect(nextTokenVersion(10, [3, 7])).toBe(10);
    expect(nextTokenVersion(0, [])).toBe(0);
  });
});
