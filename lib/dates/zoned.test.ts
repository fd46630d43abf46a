import { describe, expect, test } from "vitest";
import { addDays, endOfWeek, isoWeekday, localDateOf, localTimeOf, zonedToInstant } from "./zoned";

describe("zoned dates", () => {
  test.each([
    ["2026-11-26", "09:00", "Europe/Berlin", "2026-11-26T08:00:00.000Z"],
    ["2026-07-01", "09:00", "Europe/Berlin", "2026-07-01T07:00:00.000Z"],
    ["2026-11-26", "23:30", "America/Los_Angeles", "2026-11-27T07:30:00.000Z"],
    // Spring forward in Berlin: 02:30 does not exist and becomes 03:30 local.
    ["2026-03-29", "02:30", "Europe/Berlin", "2026-03-29T01:30:00.000Z"],
    // Fall back: 02:30 exists twice, the earlier one wins.
    ["2026-10-25", "02:30", "Europe/Berlin", "2026-10-25T00:30:00.000Z"],
  ])("%s %s in %s is %s", (date, time, tz, iso) => {
    expect(zonedToInstant(date, time, tz).toISOString()).toBe(iso);
  });

  test("local date and time of an instant", () => {
    const instant = new Date("2026-11-27T07:30:00Z");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2026-11-26");
    expect(localTimeOf(instant, "America/Los_Angeles")).toBe("23:30");
    expect(localDateOf(instant, "Asia/Tokyo")).toBe("2026-11-27");
  });

  test("day arithmetic and weeks", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(isoWeekday("2026-11-26")).toBe(4);
    expect(endOfWeek("2026-11-26", 1)).toBe("2026-11-29");
    expect(endOfWeek("2026-11-29", 1)).toBe("2026-11-29");
    expect(endOfWeek("2026-11-26", 7)).toBe("2026-11-28");
  });
});
