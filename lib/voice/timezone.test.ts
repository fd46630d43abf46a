// Output must not depend on the process time zone (CI runs in UTC, browsers anywhere).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const root = join(__dirname, "..", "..");
const corpus = join(root, "..", "shared", "voice-commands", "dev.jsonl");

function runIn(tz: string, input: string): string {
  return execFileSync(
    join(root, "node_modules", ".bin", "tsx"),
    [join(root, "scripts", "parse-commands.ts")],
    {
      input,
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    },
  );
}

describe("time zone independence", () => {
  test("the same output under UTC, Los Angeles and Tokyo", () => {
    const lines = [
      '{"id":"a","text":"add call mom tomorrow at 5 pm","lang":"en-US","now":"2026-03-01T23:30:00","lists":[],"todos":[]}',
      '{"id":"b","text":"remind me to pay rent in 2 hours","lang":"en-US","now":"2026-03-28T23:10:00","lists":[],"todos":[]}',
      '{"id":"c","text":"añade pagar el alquiler el primero de cada mes","lang":"es-ES","now":"2026-10-31T23:59:00","lists":[],"todos":[]}',
      "not json",
    ];
    let input = `${lines.join("\n")}\n`;
    try {
      input += readFileSync(corpus, "utf8");
    } catch {
      // the shared corpus is optional here; the fixed lines still cover the rule
    }
    const utc = runIn("UTC", input);
    expect(utc.trim().split("\n")[3]).toBe('{"id":null,"commands":[{"intent":"unknown"}]}');
    expect(JSON.parse(utc.trim().split("\n")[0] ?? "{}").commands[0].due).toBe("2026-03-02T17:00");
    expect(runIn("America/Los_Angeles", input)).toBe(utc);
    expect(runIn("Asia/Tokyo", input)).toBe(utc);
  }, 60_000);
});
