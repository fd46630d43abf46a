// Targets are matched by meaning, preferring the right completion state.
import { describe, expect, test } from "vitest";
import { parse } from "./test-helpers";

describe("targets", () => {
  test.each([
    ["en-US", "mark the milk one as done", "complete", "milk"],
    ["en-US", "delete dentist", "delete", "dentist"],
    ["en-US", "i finished the report", "complete", "report"],
    ["en-US", "check off the electric bill", "complete", "bill"],
    ["en-US", "the electricity bill isn't done", "uncomplete", "bill-done"],
    ["en-US", "remove the yoga class", "delete", null],
    ["en-US", "scratch the milk", "delete", "milk"],
    ["es-ES", "borra lo del fontanero", "delete", "plumber"],
    ["es-ES", "elimina lo de la natación de los niños", "delete", "swim"],
    ["de-DE", "lösche das geschenk für lena", "delete", "gift"],
    ["de-DE", "müll rausbringen ist erledigt", "complete", "trash"],
    ["de-DE", "ich habe den müll rausgebracht", "complete", "trash"],
  ])("%s: %s", (lang, text, intent, target) => {
    expect(parse(text, lang)).toMatchObject([{ intent, target }]);
  });

  test.each([
    ["en-US", "postpone the report to next friday", { due: "2026-03-13" }],
    ["en-US", "move the dentist call to the work list", { list: "Work" }],
    ["en-US", "change the milk to low priority", { priority: "low" }],
    ["en-US", "the report is due monday", { due: "2026-03-09" }],
    ["en-US", "rename the report to finish annual report", { title: "finish annual report" }],
    ["es-ES", "pospón lo del fontanero al lunes", { due: "2026-03-09" }],
    ["de-DE", "verschiebe den müll auf morgen", { due: "2026-03-05" }],
    ["de-DE", "benenne müll rausbringen in altpapier rausbringen um", { title: "altpapier rausbringen" }],
  ])("update %s: %s", (lang, text, changes) => {
    const [cmd] = parse(text, lang);
    expect(cmd?.intent).toBe("update");
    if (cmd?.intent === "update") expect(cmd.changes).toEqual(changes);
  });

  test("duplicates: pending copy for complete, completed copy for uncomplete", () => {
    expect(parse("mark pay electricity bill as done")).toMatchObject([{ target: "bill" }]);
    expect(parse("reopen pay electricity bill")).toMatchObject([{ target: "bill-done" }]);
  });
});
