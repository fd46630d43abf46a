// The fuse.js fallback for recognizer errors in target names.
import { describe, expect, test } from "vitest";
import { en } from "./locales/en";
import { matchTarget } from "./match-target";
import { parse } from "./test-helpers";

describe("typo-level targets", () => {
  test.each([
    ["en-US", "mark the by milk one done", "complete", "milk"],
    ["en-US", "delete the dentis appointment", "delete", "dentist"],
    ["en-US", "delete call the dentsit", "delete", "dentist"],
    ["en-US", "check off the quartrly report", "complete", "report"],
    ["es-ES", "borra lo del fontanro", "delete", "plumber"],
    ["es-ES", "elimina inscribir a los niños en natasion", "delete", "swim"],
    ["de-DE", "lösche das geburtstagsgeschenk für lenna", "delete", "gift"],
    ["de-DE", "müll rausbrigen ist erledigt", "complete", "trash"],
  ])("%s: %s", (lang, text, intent, target) => {
    expect(parse(text, lang)).toMatchObject([{ intent, target }]);
  });

  test.each([
    ["en-US", "remove the yoga class"],
    ["en-US", "remove the yoga clas"],
    ["en-US", "delete the car wash"],
    ["en-US", "delete the bill gates meeting"],
    ["en-US", "remove the party"],
    ["es-ES", "borra lo del gimnasio"],
    ["de-DE", "lösche den arzttermin"],
  ])("unrelated words still give no target: %s: %s", (lang, text) => {
    expect(parse(text, lang)).toMatchObject([{ target: null }]);
  });

  test("several equally close typo matches become candidates", () => {
    const todos = [
      { id: "a", title: "Call dentist", completed: false },
      { id: "b", title: "Email dentist", completed: false },
    ];
    const m = matchTarget("the dentost", todos, "delete", en.stopwords);
    expect(m.target).toBe("a");
    expect(m.candidates).toEqual(["a", "b"]);
  });
});
