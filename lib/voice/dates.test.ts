// Due dates by SPEC.md's conventions, in each language. NOW is Wednesday 2026-03-04 10:30.
import { describe, expect, test } from "vitest";
import { create } from "./test-helpers";

describe("english dates and times", () => {
  test.each([
    ["add call mom today", "2026-03-04"],
    ["add call mom tomorrow", "2026-03-05"],
    ["add call mom the day after tomorrow", "2026-03-06"],
    ["add call mom in 3 days", "2026-03-07"],
    ["add call mom in two weeks", "2026-03-18"],
    ["add call mom in 2 hours", "2026-03-04T12:30"],
    ["add call mom in an hour and a half", "2026-03-04T12:00"],
    ["add call mom in half an hour", "2026-03-04T11:00"],
    ["add call mom in forty five minutes", "2026-03-04T11:15"],
    ["add call mom friday", "2026-03-06"],
    ["add call mom on friday", "2026-03-06"],
    ["add call mom this friday", "2026-03-06"],
    ["add call mom next friday", "2026-03-13"],
    ["add call mom next wednesday", "2026-03-11"],
    ["add call mom wednesday", "2026-03-11"],
    ["add call mom wednesday at 4 pm", "2026-03-04T16:00"],
    ["add call mom wednesday at 9 am", "2026-03-11T09:00"],
    ["add call mom next week", "2026-03-09"],
    ["add call mom next month", "2026-04-01"],
    ["add call mom by the end of the week", "2026-03-06"],
    ["add call mom this weekend", "2026-03-07"],
    ["add call mom on march 20th", "2026-03-20"],
    ["add call mom on the 3rd of march", "2027-03-03"],
    ["add call mom january 5", "2027-01-05"],
    ["add call mom on the 4th", "2026-03-04"],
    ["add call mom on the twentieth", "2026-03-20"],
    ["add call mom on the 2nd", "2026-04-02"],
    ["add call mom at 5", "2026-03-04T17:00"],
    ["add call mom at five", "2026-03-04T17:00"],
    ["add call mom at 7", "2026-03-04T19:00"],
    ["add call mom at 8", "2026-03-05T08:00"],
    ["add call mom at 11", "2026-03-04T11:00"],
    ["add call mom at 12", "2026-03-04T12:00"],
    ["add call mom at 6:30", "2026-03-04T18:30"],
    ["add call mom at 9:15", "2026-03-05T09:15"],
    ["add call mom at 5 in the morning", "2026-03-05T05:00"],
    ["add call mom at 5 a.m.", "2026-03-05T05:00"],
    ["add call mom at 10 pm", "2026-03-04T22:00"],
    ["add call mom at 9 in the evening", "2026-03-04T21:00"],
    ["add call mom at five thirty pm", "2026-03-04T17:30"],
    ["add call mom at half past four", "2026-03-04T16:30"],
    ["add call mom at quarter to three", "2026-03-04T14:45"],
    ["add call mom at 17:00", "2026-03-04T17:00"],
    ["add call mom at noon", "2026-03-04T12:00"],
    ["add call mom at midnight", "2026-03-05T00:00"],
    ["add call mom tonight", "2026-03-04T20:00"],
    ["add call mom this evening", "2026-03-04T18:00"],
    ["add call mom tomorrow morning", "2026-03-05T09:00"],
    ["add call mom saturday afternoon", "2026-03-07T15:00"],
    ["add call mom by end of day", "2026-03-04T17:00"],
    ["add call mom next tuesday at 3 pm", "2026-03-10T15:00"],
  ])("%s -> %s", (text, due) => {
    expect(create(text).due).toBe(due);
  });

  test.each([
    ["read the 5th wave", "read the 5th wave"],
    ["add paint the 2nd floor", "paint the 2nd floor"],
    ["add book room 101", "book room 101"],
    ["add watch 2001 a space odyssey", "watch 2001 a space odyssey"],
    ["add buy 3 lemons", "buy 3 lemons"],
    ["add get tickets for tomorrowland", "get tickets for tomorrowland"],
    ["add prep slides for the monday meeting", "prep slides for the monday meeting"],
  ])("numbers and names stay in the title: %s", (text, title) => {
    const cmd = create(text);
    expect(cmd.title).toBe(title);
    expect(cmd.due).toBeNull();
  });
});

describe("spanish dates and times", () => {
  test.each([
    ["añade llamar a mamá hoy", "2026-03-04"],
    ["añade llamar a mamá mañana", "2026-03-05"],
    ["añade llamar a mamá pasado mañana", "2026-03-06"],
    ["añade llamar a mamá mañana por la mañana", "2026-03-05T09:00"],
    ["añade llamar a mamá esta tarde", "2026-03-04T15:00"],
    ["añade llamar a mamá esta noche", "2026-03-04T20:00"],
    ["añade llamar a mamá a las 8 de la noche", "2026-03-04T20:00"],
    ["añade llamar a mamá a las cinco de la tarde", "2026-03-04T17:00"],
    ["añade llamar a mamá a las 9 de la mañana", "2026-03-05T09:00"],
    ["añade llamar a mamá a las seis y media", "2026-03-04T18:30"],
    ["añade llamar a mamá a las siete menos cuarto", "2026-03-04T18:45"],
    ["añade llamar a mamá al mediodía", "2026-03-04T12:00"],
    ["añade llamar a mamá el viernes", "2026-03-06"],
    ["añade llamar a mamá el próximo viernes", "2026-03-13"],
    ["añade llamar a mamá el viernes que viene", "2026-03-13"],
    ["añade llamar a mamá la semana que viene", "2026-03-09"],
    ["añade llamar a mamá el mes que viene", "2026-04-01"],
    ["añade llamar a mamá el 3 de enero", "2027-01-03"],
    ["añade llamar a mamá el día 10", "2026-03-10"],
    ["añade llamar a mamá en dos horas", "2026-03-04T12:30"],
    ["añade llamar a mamá en media hora", "2026-03-04T11:00"],
    ["añade llamar a mamá dentro de 3 días", "2026-03-07"],
  ])("%s -> %s", (text, due) => {
    expect(create(text, "es-ES").due).toBe(due);
  });
});

describe("german dates and times", () => {
  test.each([
    ["neue aufgabe mama anrufen heute", "2026-03-04"],
    ["neue aufgabe mama anrufen morgen", "2026-03-05"],
    ["neue aufgabe mama anrufen übermorgen", "2026-03-06"],
    ["neue aufgabe mama anrufen morgen früh", "2026-03-05T09:00"],
    ["neue aufgabe mama anrufen heute abend", "2026-03-04T18:00"],
    ["neue aufgabe mama anrufen um 9 uhr", "2026-03-05T09:00"],
    ["neue aufgabe mama anrufen um 5", "2026-03-04T17:00"],
    ["neue aufgabe mama anrufen um 17:30", "2026-03-04T17:30"],
    ["neue aufgabe mama anrufen um halb 6", "2026-03-04T17:30"],
    ["neue aufgabe mama anrufen um viertel nach 4", "2026-03-04T16:15"],
    ["neue aufgabe mama anrufen um 8 uhr abends", "2026-03-04T20:00"],
    ["neue aufgabe mama anrufen am freitag", "2026-03-06"],
    ["neue aufgabe mama anrufen nächsten freitag", "2026-03-13"],
    ["neue aufgabe mama anrufen nächste woche", "2026-03-09"],
    ["neue aufgabe mama anrufen nächsten monat", "2026-04-01"],
    ["neue aufgabe mama anrufen am 3.12.", "2026-12-03"],
    ["neue aufgabe mama anrufen am 12.", "2026-03-12"],
    ["neue aufgabe mama anrufen am 15. märz", "2026-03-15"],
    ["neue aufgabe mama anrufen in 3 tagen", "2026-03-07"],
    ["neue aufgabe mama anrufen in einer stunde", "2026-03-04T11:30"],
    ["neue aufgabe mama anrufen in 20 minuten", "2026-03-04T10:50"],
    ["neue aufgabe mama anrufen bis ende der woche", "2026-03-06"],
  ])("%s -> %s", (text, due) => {
    const cmd = create(text, "de-DE");
    expect(cmd.due).toBe(due);
    expect(cmd.title).toBe("mama anrufen");
  });
});
