import { describe, expect, test } from "vitest";
import { ScriptTranslator, sha1, stripUpstashShebang } from "./ioredis-requester";

describe("stripUpstashShebang", () => {
  test.each([
    ["#!lua flags=allow-key-locking\n  return 1", "  return 1"],
    ["#!lua flags=allow-key-locking,no-writes\nreturn 1", "#!lua flags=no-writes\nreturn 1"],
    ["#!lua flags=no-writes,allow-key-locking\nreturn 1", "#!lua flags=no-writes\nreturn 1"],
    ["#!lua\nreturn 1", "return 1"],
    ["return 1", "return 1"],
    ["-- #!lua flags=allow-key-locking\nreturn 1", "-- #!lua flags=allow-key-locking\nreturn 1"],
  ])("%j -> %j", (script, expected) => {
    expect(stripUpstashShebang(script)).toBe(expected);
  });
});

describe("ScriptTranslator", () => {
  const original = "#!lua flags=allow-key-locking\nreturn redis.call('GET', KEYS[1])";
  const stripped = "return redis.call('GET', KEYS[1])";

  test("EVAL runs the stripped script and teaches EVALSHA its hash", () => {
    const scripts = new ScriptTranslator();
    expect(scripts.translate(["evalsha", sha1(original), 1, "k"])).toEqual([
      "evalsha",
      sha1(original),
      1,
      "k",
    ]);
    expect(scripts.translate(["eval", original, 1, "k"])).toEqual(["eval", stripped, 1, "k"]);
    expect(scripts.translate(["evalsha", sha1(original), 1, "k"])).toEqual([
      "evalsha",
      sha1(stripped),
      1,
      "k",
    ]);
    expect(scripts.translate(["EVALSHA_RO", sha1(original), 0])).toEqual(["evalsha_ro", sha1(stripped), 0]);
  });

  test("SCRIPT LOAD and EXISTS speak the caller's hash", () => {
    const scripts = new ScriptTranslator();
    const load = ["script", "load", original];
    expect(scripts.translate(load)).toEqual(["script", "load", stripped]);
    expect(scripts.loadedAs(load)).toBe(sha1(original));
    expect(scripts.translate(["script", "exists", sha1(original)])).toEqual([
      "script",
      "exists",
      sha1(stripped),
    ]);
  });

  test("other commands pass through untouched", () => {
    const scripts = new ScriptTranslator();
    expect(scripts.translate(["set", "k", "v", "px", 10])).toEqual(["set", "k", "v", "px", 10]);
    expect(scripts.loadedAs(["get", "k"])).toBeNull();
  });
});
