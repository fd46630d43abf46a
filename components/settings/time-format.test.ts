import { describe, expect, test } from "vitest";
import { formatTime } from "./time-format";

describe("formatTime", () => {
  test.each([
    ["00:00", true, "12:00 AM"],
    ["00:30", false, "00:30"],
    ["09:05", true, "9:05 AM"],
    ["12:00", true, "12:00 PM"],
    ["13:45", true, "1:45 PM"],
    ["13:45", false, "13:45"],
    ["23:59:00", true, "11:59 PM"],
    ["23:59:00", false, "23:59"],
    ["25:00", true, "25:00"],
    ["noon", false, "noon"],
  ])("%s with hour12=%s reads %s", (input, hour12, expected) => {
    expect(formatTime(input, hour12)).toBe(expected);
  });
});
