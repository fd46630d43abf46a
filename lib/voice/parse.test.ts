// Intents, titles, modifiers and multi-command utterances in each language.
import { describe, expect, test } from "vitest";
import { create, parse } from "./test-helpers";

describe("intents", () => {
  test.each([
    ["en-US", "undo that", "undo"],
    ["en-US", "never mind", "undo"],
    ["es-ES", "deshaz eso", "undo"],
    ["de-DE", "mach das rückgängig", "undo"],
    ["en-US", "clear completed", "clear_completed"],
    ["es-ES", "borra las tareas completadas", "clear_completed"],
    ["de-DE", "lösche alle erledigten aufgaben", "clear_completed"],
    ["en-US", "what's the weather like tomorrow", "unknown"],
    ["en-US", "play some music", "unknown"],
    ["en-US", "set a timer for 10 minutes", "unknown"],
    ["es-ES", "qué tiempo hace mañana", "unknown"],
    ["es-ES", "pon música", "unknown"],
    ["de-DE", "wie wird das wetter morgen", "unknown"],
    ["de-DE", "spiel musik", "unknown"],
    ["en-US", "buy milk tomorrow", "create"],
    ["de-DE", "wäsche aufhängen", "create"],
  ])("%s: %s -> %s", (lang, text, intent) => {
    expect(parse(text, lang).map((c) => c.intent)).toEqual([intent]);
  });

  test("filler only gives no command", () => {
    expect(parse("um")).toEqual([]);
    expect(parse("äh", "de-DE")).toEqual([]);
  });
});

describe("create titles and modifiers", () => {
  test.each([
    ["en-US", "um can you add buy milk please", "buy milk", null, null],
    ["en-US", "remind me to call mom", "call mom", null, null],
    ["en-US", "don't let me forget to pay rent", "pay rent", null, null],
    ["en-US", "add fix ticket 311 high priority to the work list", "fix ticket 311", "high", "Work"],
    ["en-US", "add order lenses p1", "order lenses", "urgent", null],
    ["en-US", "add learn to juggle someday", "learn to juggle", "low", null],
    ["en-US", "add review notes medium priority", "review notes", "medium", null],
    ["en-US", "add prepare important documents", "prepare important documents", null, null],
    ["en-US", "add seeds to my garden list", "seeds", null, "garden"],
    ["en-US", "add coffee to my grocery list", "coffee", null, "Groceries"],
    ["en-US", "put batteries on my list", "batteries", null, null],
    ["es-ES", "añade llamar al dentista urgente", "llamar al dentista", "urgent", null],
    ["es-ES", "añade pan a la lista de la compra", "pan", null, "Compras"],
    ["es-ES", "tengo que ordenar el trastero prioridad baja", "ordenar el trastero", "low", null],
    [
      "de-DE",
      "füge angebot schreiben mit hoher priorität zur liste arbeit hinzu",
      "angebot schreiben",
      "high",
      "Arbeit",
    ],
    ["de-DE", "ich muss den müll rausbringen", "den müll rausbringen", null, null],
    ["de-DE", "füge milch zur einkaufsliste hinzu", "milch", null, "Einkaufsliste"],
    ["de-DE", "füge bericht schreiben zur arbeitsliste hinzu", "bericht schreiben", null, "Arbeit"],
  ])("%s: %s", (lang, text, title, priority, list) => {
    const cmd = create(text, lang);
    expect(cmd.title).toBe(title);
    expect(cmd.priority).toBe(priority);
    expect(cmd.list).toBe(list);
  });

  test("tags are lower-case words after tag / hashtag", () => {
    expect(create("add sign the form tag Kids tag school").tags).toEqual(["kids", "school"]);
    expect(create("add research laptops hashtag tech").tags).toEqual(["tech"]);
  });

  test("quoted text is kept literally", () => {
    const cmd = create('add "meet at 5 tomorrow urgent" to my list');
    expect(cmd.title).toBe("meet at 5 tomorrow urgent");
    expect(cmd.due).toBeNull();
    expect(cmd.priority).toBeNull();
  });

  test("spans name the recognised words for chips", () => {
    const cmd = create("add buy milk tomorrow at 5 pm to my shopping list urgent");
    expect(cmd.spans.map((s) => [s.kind, s.text])).toEqual([
      ["command", "add"],
      ["date", "tomorrow"],
      ["time", "at 5 pm"],
      ["list", "to my shopping list"],
      ["priority", "urgent"],
    ]);
  });
});

describe("several tasks in one utterance", () => {
  test.each([
    ["en-US", "add milk and eggs to the shopping list tomorrow", ["milk", "eggs"]],
    ["en-US", "add call the electrician and also add buy bulbs", ["call the electrician", "buy bulbs"]],
    ["en-US", "add yoghurt add granola", ["yoghurt", "granola"]],
    ["en-US", "add milk, add eggs", ["milk", "eggs"]],
    ["en-US", "add buy salt and vinegar chips", ["buy salt and vinegar chips"]],
    ["en-US", "add call mom and dad", ["call mom and dad"]],
    ["es-ES", "añade huevos y harina a la lista de compras", ["huevos", "harina"]],
    ["de-DE", "füge butter und käse zur einkaufsliste hinzu", ["butter", "käse"]],
  ])("%s: %s", (lang, text, titles) => {
    const cmds = parse(text, lang);
    expect(cmds.map((c) => (c.intent === "create" ? c.title : c.intent))).toEqual(titles);
  });

  test("a date and list said once apply to every item", () => {
    const cmds = parse("add milk and eggs to the shopping list tomorrow");
    for (const c of cmds) expect(c).toMatchObject({ intent: "create", list: "Shopping", due: "2026-03-05" });
  });

  test("'and move it' merges into the previous update", () => {
    expect(parse("make the report urgent and move it to friday")).toMatchObject([
      { intent: "update", target: "report", changes: { priority: "urgent", due: "2026-03-06" } },
    ]);
  });
});

describe("queries", () => {
  test.each([
    ["en-US", "what do i have today", { status: "pending", due: "today", list: null, priority: null }],
    ["en-US", "what's overdue", { status: "pending", due: "overdue", list: null, priority: null }],
    ["en-US", "what did i finish", { status: "completed", due: null, list: null, priority: null }],
    ["en-US", "show me my shopping list", { status: "pending", due: null, list: "Shopping", priority: null }],
    ["en-US", "read me my urgent tasks", { status: "pending", due: null, list: null, priority: "urgent" }],
    [
      "en-US",
      "what have i got next week",
      { status: "pending", due: "next_week", list: null, priority: null },
    ],
    ["es-ES", "qué tengo para hoy", { status: "pending", due: "today", list: null, priority: null }],
    [
      "es-ES",
      "muéstrame las tareas completadas",
      { status: "completed", due: null, list: null, priority: null },
    ],
    ["de-DE", "was ist überfällig", { status: "pending", due: "overdue", list: null, priority: null }],
    [
      "de-DE",
      "zeig mir die dringenden aufgaben",
      { status: "pending", due: null, list: null, priority: "urgent" },
    ],
  ])("%s: %s", (lang, text, filter) => {
    expect(parse(text, lang)).toMatchObject([{ intent: "query", filter }]);
  });
});
