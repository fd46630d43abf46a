import { describe, expect, test } from "vitest";
import { parseUtterance } from "./parse";
import { NOW, TODOS } from "./test-helpers";
import type { AssignCommand } from "./types";

// "assign X to NAME" (not in the shared SPEC): the todo is found like any
// target, the name is kept as spoken for the list's members to match.

const todos = [...TODOS, { id: "napkins", title: "Napkins", list: "Party", completed: false }];
const parse = (text: string, lang = "en-US") =>
  parseUtterance({ text, lang, now: NOW, lists: ["Inbox", "Party"], todos }).commands;

describe("assign", () => {
  test.each<[string, string, string, string]>([
    ["assign the napkins to Sam", "en-US", "napkins", "Sam"],
    ["Assign napkins to sam.", "en-US", "napkins", "sam"],
    ["please assign the milk to Mary Ann", "en-US", "milk", "Mary Ann"],
    ["asigna las servilletas a Sam", "es-ES", "", "Sam"],
    ["weise den Müll Lena zu", "de-DE", "trash", "Lena"],
  ])("%s (%s)", (text, lang, target, assignee) => {
    const [command] = parse(text, lang);
    expect(command?.intent).toBe("assign");
    const assign = command as AssignCommand;
    expect(assign.assignee).toBe(assignee);
    if (target) expect(assign.target).toBe(target);
  });

  test.each(["add assign homework to Tom", "remind me to give the keys to Sam", "buy a gift for Sam"])(
    "%s is not an assignment",
    (text) => {
      expect(parse(text)[0]?.intent).not.toBe("assign");
    },
  );
});
