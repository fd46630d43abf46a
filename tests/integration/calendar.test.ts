import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as feedRoute from "@/app/api/calendar/[file]/route";
import * as secretRoute from "@/app/api/calendar/secret/route";
import { createList } from "@/db/queries/lists";
import { createTodo, updateTodo } from "@/db/queries/todos";
import { getDb } from "@/lib/db";
import { account, call, type Person, setUpDatabase, tearDownDatabase } from "../support/sharing-client";

// The calendar feed read back with ical.js (a maintained RFC 5545 parser),
// field by field: all-day and timed todos (time zones resolved through the
// feed's own VTIMEZONEs, across a daylight-saving change), RRULEs,
// completion marks, per-list feeds, and regenerating the secret.

beforeAll(() => setUpDatabase("vt_cal"));
afterAll(() => tearDownDatabase());

async function feedUrl(person: Person): Promise<string> {
  const made = await call(secretRoute.POST, "POST", "/api/calendar/secret", { as: person });
  expect(made.status).toBe(200);
  return String(made.body.url);
}

async function fetchFeed(url: string) {
  const { pathname, search } = new URL(url);
  const file = pathname.split("/").pop() ?? "";
  // No cookie: the secret alone authenticates.
  return call(feedRoute.GET, "GET", pathname + search, { params: { file } });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  return { calendar, events, bySummary: (s: string) => events.find((e) => e.summary === s) };
}

describe("calendar feed", () => {
  test("every field of all-day, timed, recurring and completed todos, time zones included", async () => {
    const db = await getDb();
    const ada = await account("Ada");
    const allDay = await createTodo(db, {
      userId: ada.id,
      timeZone: "Europe/Berlin",
      input: {
        title: "Pay rent; call Bob, then rest",
        notes: "line one\nline two",
        dueDate: "2030-03-01",
        priority: "high",
        tags: ["home"],
      },
    });
    const timed = await createTodo(db, {
      userId: ada.id,
      timeZone: "Europe/Berlin",
      input: {
        title: "Standup",
        dueDate: "2030-03-29",
        dueTime: "09:00",
        recurrence: "FREQ=WEEKLY;BYDAY=FR",
      },
    });
    const ny = await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: {
        title: "NY call",
        dueDate: "2030-07-04",
        dueTime: "16:30",
        timeZone: "America/New_York",
        priority: "urgent",
      },
    });
    const done = await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: { title: "Filed taxes", dueDate: "2030-04-15" },
    });
    await updateTodo(db, { userId: ada.id, id: done.id, patch: { status: "completed" } });
    await createTodo(db, { userId: ada.id, timeZone: "UTC", input: { title: "No date" } });

    const response = await fetchFeed(await feedUrl(ada));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    const { calendar, events, bySummary } = parse(response.text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//Voice Todo//Calendar feed//EN");
    expect(events.map((e) => e.summary).sort()).toEqual(
      ["NY call", "Pay rent; call Bob, then rest", "Standup", "✓ Filed taxes"].sort(),
    );

    const rent = bySummary("Pay rent; call Bob, then rest");
    if (!rent) throw new Error("missing all-day event");
    expect(rent.uid).toBe(`${allDay.id}@voice-todo`);
    expect(rent.description).toBe("line one\nline two");
    expect(rent.startDate.isDate).toBe(true);
    expect(rent.startDate.toString()).toBe("2030-03-01");
    expect(rent.endDate.toString()).toBe("2030-03-02");
    expect(rent.component.getFirstPropertyValue("priority")).toBe(3);
    expect(rent.component.getFirstProperty("categories")?.getValues()).toEqual(["Inbox", "home"]);
    expect(rent.component.getFirstPropertyValue("x-voice-todo-status")).toBe("NEEDS-ACTION");
    expect(rent.isRecurring()).toBe(false);

    const standup = bySummary("Standup");
    if (!standup) throw new Error("missing timed event");
    expect(standup.uid).toBe(`${timed.id}@voice-todo`);
    expect(standup.startDate.isDate).toBe(false);
    expect(standup.startDate.zone?.tzid).toBe("Europe/Berlin");
    expect(standup.startDate.toString()).toBe("2030-03-29T09:00:00");
    // 29 March 2030 is before Berlin's DST switch (31 March): 08:00 UTC.
    expect(standup.startDate.toJSDate().toISOString()).toBe("2030-03-29T08:00:00.000Z");
    expect(standup.endDate.toJSDate().toISOString()).toBe("2030-03-29T08:30:00.000Z");
    expect(standup.isRecurring()).toBe(true);
    expect(standup.component.getFirstPropertyValue("rrule")?.toString()).toBe("FREQ=WEEKLY;BYDAY=FR");
    // The next occurrence is after the switch: still 09:00 local, now 07:00 UTC.
    const next = standup.iterator();
    next.next();
    expect(next.next()?.toJSDate().toISOString()).toBe("2030-04-05T07:00:00.000Z");

    const call_ = bySummary("NY call");
    if (!call_) throw new Error("missing New York event");
    expect(call_.startDate.zone?.tzid).toBe("America/New_York");
    expect(call_.startDate.toJSDate().toISOString()).toBe("2030-07-04T20:30:00.000Z");
    expect(call_.component.getFirstPropertyValue("priority")).toBe(1);
    expect(ny.dueTime).toBe("16:30");

    const taxes = bySummary("✓ Filed taxes");
    if (!taxes) throw new Error("missing completed event");
    expect(taxes.component.getFirstPropertyValue("x-voice-todo-status")).toBe("COMPLETED");
    expect(taxes.component.getFirstProperty("categories")?.getValues()).toContain("Completed");
    expect(taxes.startDate.isDate).toBe(true);
  });

  test("per-list feed, 404 for a list the user cannot read, regenerating kills the old URL", async () => {
    const db = await getDb();
    const [ada, eve] = [await account("Ada"), await account("Eve")];
    const party = await createList(db, { userId: ada.id, input: { name: "Party" } });
    await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: { listId: party.id, title: "Balloons", dueDate: "2030-05-01" },
    });
    await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: { title: "Dentist", dueDate: "2030-05-02" },
    });
    const eveParty = await createList(db, { userId: eve.id, input: { name: "Secret" } });

    const url = await feedUrl(ada);
    const perList = await fetchFeed(`${url}?list=${party.id}`);
    expect(perList.status).toBe(200);
    expect(parse(perList.text).events.map((e) => e.summary)).toEqual(["Balloons"]);
    expect(parse(perList.text).calendar.getFirstPropertyValue("x-wr-calname")).toBe("Voice Todo: Party");
    expect((await fetchFeed(`${url}?list=${eveParty.id}`)).status).toBe(404);
    expect((await fetchFeed(`${url}?list=not-a-uuid`)).status).toBe(404);

    const renewed = await feedUrl(ada);
    expect(renewed).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(renewed)).status).toBe(200);
    expect((await fetchFeed("http://localhost:3000/api/calendar/c_nonsense.ics")).status).toBe(404);

    const off = await call(secretRoute.DELETE, "DELETE", "/api/calendar/secret", { as: ada });
    expect(off.status).toBe(204);
    expect((await fetchFeed(renewed)).status).toBe(404);
  });
});
