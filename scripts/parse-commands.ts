// Reads utterances as JSON lines on stdin and writes one {"id", "commands"} line per
// input line, in order (shared/voice-commands/SPEC.md). Uses the app's own parser.
import { createInterface } from "node:readline";
import { parseUtterance } from "../lib/voice/parse";
import type { ParseInput, VoiceCommand } from "../lib/voice/types";

function parseLine(line: string): { id: unknown; commands: VoiceCommand[] | { intent: "unknown" }[] } {
  let id: unknown = null;
  try {
    const raw: unknown = JSON.parse(line);
    if (typeof raw !== "object" || raw === null) throw new TypeError("not an object");
    const obj = raw as Record<string, unknown>;
    id = obj.id ?? null;
    const input: ParseInput = {
      text: typeof obj.text === "string" ? obj.text : "",
      lang: typeof obj.lang === "string" ? obj.lang : "en",
      now: typeof obj.now === "string" ? obj.now : new Date().toISOString().slice(0, 19),
      lists: Array.isArray(obj.lists) ? obj.lists.filter((l): l is string => typeof l === "string") : [],
      todos: Array.isArray(obj.todos) ? (obj.todos as ParseInput["todos"]) : [],
      ...(typeof obj.timeZone === "string" ? { timeZone: obj.timeZone } : {}),
    };
    return { id, commands: parseUtterance(input).commands };
  } catch (error) {
    process.stderr.write(`parse-commands: ${error instanceof Error ? error.message : String(error)}\n`);
    return { id, commands: [{ intent: "unknown" }] };
  }
}

const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];
rl.on("line", (line) => {
  if (line.trim() === "") return;
  out.push(JSON.stringify(parseLine(line)));
  if (out.length >= 64) process.stdout.write(`${out.splice(0).join("\n")}\n`);
});
rl.on("close", () => {
  if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
});
