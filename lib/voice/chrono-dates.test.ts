// Dates the own rules leave to chrono-node, and the SPEC conventions that must still win.
// NOW is Wednesday 2026-03-04 10:30.
import { describe, expect, test } from "vitest";
import { create, parse } from "./test-helpers";

describe("chrono fills in what the own rules do not know", () => {
  test.each([
    // en: years, ISO and numeric dates, months alone, durations from a date, weekday + date
    ["en-US", "add call mom on march 3rd 2027", "call mom", "2027-03-03"],
    ["en-US", "add renew passport 2027-01-15", "renew passport", "2027-01-15"],
    ["en-US", "add renew passport in december", "renew passport", "2026-12-01"],
    ["en-US", "add file taxes at the end of april", "file taxes", "2026-04-30"],
    ["en-US", "add plant tulips mid april", "plant tulips", "2026-04-15"],
    ["en-US", "add plant tulips early october", "plant tulips", "2026-10-01"],
    ["en-US", "add book flights jan 2027", "book flights", "2027-01-01"],
    ["en-US", "add call mom a week from friday", "call mom", "2026-03-13"],
    ["en-US", "add call mom 3 days from tomorrow", "call mom", "2026-03-08"],
    ["en-US", "add call mom two weeks from monday", "call mom", "2026-03-23"],
    ["en-US", "add call mom friday march 13", "call mom", "2026-03-13"],
    ["en-US", "add call mom friday march 13 at 5", "call mom", "2026-03-13T17:00"],
    ["en-US", "add pay taxes by april 15 2027 at 3", "pay taxes", "2027-04-15T15:00"],
    ["en-US", "add water plants in a fortnight", "water plants", "2026-03-18"],
    ["en-US", "add water plants in 3 weeks time", "water plants", "2026-03-25"],
    ["en-GB", "add water plants on 3/12", "water plants", "2026-12-03"],
    ["en-US", "add water plants on 3/12", "water plants", "2026-03-12"],
    // es
    ["es-ES", "añade renovar el pasaporte en diciembre", "renovar el pasaporte", "2026-12-01"],
    ["es-ES", "añade pagar impuestos a finales de abril", "pagar impuestos", "2026-04-30"],
    ["es-ES", "añade pagar impuestos a mediados de mayo", "pagar impuestos", "2026-05-15"],
    ["es-ES", "añade pagar impuestos el 2027-01-15", "pagar impuestos", "2027-01-15"],
    ["es-ES", "añade llamar a mamá el viernes 13 de marzo", "llamar a mamá", "2026-03-13"],
    ["es-ES", "añade llamar a mamá en marzo de 2027", "llamar a mamá", "2027-03-01"],
    ["es-ES", "añade llamar a mamá una semana después del viernes", "llamar a mamá", "2026-03-13"],
    ["es-ES", "añade llamar a mamá este fin de semana", "llamar a mamá", "2026-03-07"],
    ["es-ES", "añade llamar a mamá el próximo fin de semana", "llamar a mamá", "2026-03-14"],
    ["es-ES", "añade llamar a mamá el fin de semana que viene", "llamar a mamá", "2026-03-14"],
    // de
    ["de-DE", "neue aufgabe reifen wechseln im oktober", "reifen wechseln", "2026-10-01"],
    ["de-DE", "neue aufgabe steuer machen ende april", "steuer machen", "2026-04-30"],
    ["de-DE", "neue aufgabe steuer machen mitte mai", "steuer machen", "2026-05-15"],
    ["de-DE", "neue aufgabe steuer machen im märz 2027", "steuer machen", "2027-03-01"],
    ["de-DE", "neue aufgabe steuer machen am 2027-01-15", "steuer machen", "2027-01-15"],
    ["de-DE", "neue aufgabe mama anrufen freitag den 13. märz", "mama anrufen", "2026-03-13"],
    ["de-DE", "neue aufgabe mama anrufen nächstes wochenende", "mama anrufen", "2026-03-14"],
    ["de-DE", "neue aufgabe mama anrufen dieses wochenende", "mama anrufen", "2026-03-07"],
  ])("%s: %s", (lang, text, title, due) => {
    const cmd = create(text, lang);
    expect(cmd.title).toBe(title);
    expect(cmd.due).toBe(due);
  });

  test("the date chrono read is reported as one date span", () => {
    const cmd = create("add call mom friday march 13");
    expect(cmd.spans.filter((s) => s.kind === "date").map((s) => s.text)).toEqual(["friday march 13"]);
  });

  test("a due change read by chrono", () => {
    expect(parse("postpone the report to march 3rd 2027")).toMatchObject([
      { intent: "update", target: "report", changes: { due: "2027-03-03" } },
    ]);
  });
});

describe("SPEC conventions still win over chrono", () => {
  test.each([
    ["en-US", "add call mom at 5", "2026-03-04T17:00"],
    ["en-US", "add call mom next friday", "2026-03-13"],
    ["en-US", "add call mom wednesday", "2026-03-11"],
    ["en-US", "add call mom on march 3", "2027-03-03"],
    ["en-US", "add call mom in march", "2026-03-04"],
    ["es-ES", "añade llamar a mamá el próximo viernes", "2026-03-13"],
    ["es-ES", "añade llamar a mamá el 3 de marzo", "2027-03-03"],
    ["de-DE", "neue aufgabe mama anrufen nächsten freitag", "2026-03-13"],
    ["de-DE", "neue aufgabe mama anrufen am 3. märz", "2027-03-03"],
  ])("%s: %s -> %s", (lang, text, due) => {
    expect(create(text, lang).due).toBe(due);
  });

  test.each([
    ["en-US", "read the 5th wave"],
    ["en-US", "add book room 101"],
    ["en-US", "add buy 3 lemons"],
    ["en-US", "add watch 2001 a space odyssey"],
    ["en-US", "add fix bug 1234"],
    ["en-US", "add plan a week of meals"],
    ["en-US", "add take a day off"],
    ["en-US", "add march in the parade"],
    ["en-US", "add prep slides for the monday meeting"],
    ["en-US", 'add read "march 3rd 2027" by jones'],
    ["es-ES", "añade organizar la fiesta de diciembre"],
    ["es-ES", "añade leer el capítulo 12"],
    ["es-ES", "añade comprar 3 limones"],
    ["de-DE", "neue aufgabe 3 äpfel kaufen"],
    ["de-DE", "neue aufgabe zimmer 101 buchen"],
  ])("title words stay: %s: %s", (lang, text) => {
    expect(create(text, lang).due).toBeNull();
  });

  test("a second date stays a title word", () => {
    const cmd = create("add call mom tomorrow about the march 13 meeting");
    expect(cmd.due).toBe("2026-03-05");
    expect(cmd.title).toBe("call mom about the march 13 meeting");
  });
});
