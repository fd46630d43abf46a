import { expect, test } from "vitest";
import { parseUtterance } from "@/lib/voice";
import { chipsFor, keepLiterally } from "./command-chips";

const parse = (text: string) =>
  parseUtterance({ text, lang: "en-US", now: "2026-11-26T14:00:00", lists: ["Inbox", "Home"], todos: [] })
    .commands;

test("a typed create shows its recognised parts, and dismissing one keeps the words in the title", () => {
  const text = "add call the plumber tomorrow at 9 high priority";
  const chips = chipsFor(parse(text));
  expect(chips.map((c) => [c.kind, c.text])).toEqual([
    ["date", "tomorrow"],
    ["time", "at 9"],
    ["priority", "high priority"],
  ]);
  const dateChip = chips[0];
  if (!dateChip) throw new Error("no chip");
  const kept = keepLiterally(text, dateChip);
  expect(kept).toBe('add call the plumber "tomorrow" at 9 high priority');
  const [command] = parse(kept);
  expect(command).toMatchObject({
    intent: "create",
    title: "call the plumber tomorrow",
    due: "2026-11-27T09:00",
    priority: "high",
  });
});

test("only creates get chips", () => {
  expect(chipsFor(parse("what's due tomorrow"))).toEqual([]);
});
