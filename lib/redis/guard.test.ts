import { afterEach, describe, expect, test, vi } from "vitest";
import { warnThrottled, withTimeout } from "./guard";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("withTimeout", () => {
  test("passes a value through", async () => {
    await expect(withTimeout(Promise.resolve(7), 50)).resolves.toBe(7);
  });

  test("rejects a promise that takes too long", async () => {
    const slow = new Promise((resolve) => setTimeout(resolve, 200));
    await expect(withTimeout(slow, 20, "ping")).rejects.toThrow("ping timed out after 20 ms");
  });

  test("passes a rejection through", async () => {
    await expect(withTimeout(Promise.reject(new Error("boom")), 50)).rejects.toThrow("boom");
  });
});

describe("warnThrottled", () => {
  test("logs one warning per event per 10 s, then how many it skipped", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const event = `test event ${Math.random()}`;
    warnThrottled(event, { n: 1 }, 0);
    warnThrottled(event, { n: 2 }, 1000);
    warnThrottled(event, { n: 3 }, 5000);
    warnThrottled(event, { n: 4 }, 10_001);
    expect(spy).toHaveBeenCalledTimes(2);
    const last = JSON.parse(String(spy.mock.calls[1]?.[0]));
    expect(last).toMatchObject({ level: "warn", msg: event, n: 4, suppressed: 2 });
  });
});
