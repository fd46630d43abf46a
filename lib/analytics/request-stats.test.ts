import { describe, expect, test } from "vitest";
import { BUCKET_COUNT, bucketIndex, DURATION_BOUNDS_MS } from "./histogram";
import {
  flushRequestStats,
  minuteOf,
  RequestStatsAggregator,
  recordRequest,
  routePattern,
} from "./request-stats";

describe("route patterns", () => {
  test.each([
    ["/api/todos", "/api/todos"],
    ["/api/todos/0b7e4c1e-2a8f-4a3b-9c1d-1f2e3d4c5b6a", "/api/todos/:id"],
    ["/api/lists/42/todos", "/api/lists/:id/todos"],
    [
      "/api/calendar/c_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg.ics",
      "/api/calendar/c_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg.ics",
    ],
    ["/api/invitations/i_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg", "/api/invitations/:id"],
    ["/api/todos?x=1", "/api/todos"],
  ])("%s -> %s", (path, pattern) => {
    expect(routePattern(path)).toBe(pattern);
  });
});

describe("duration histogram", () => {
  test.each([
    [0, 0],
    [24.9, 0],
    [25, 1],
    [499.9, 6],
    [500, 7],
    [4999, 11],
    [5000, 12],
    [60_000, 12],
  ])("%s ms falls in bucket %s", (ms, bucket) => {
    expect(bucketIndex(ms)).toBe(bucket);
  });
  test("one bucket per bound plus overflow", () => {
    expect(BUCKET_COUNT).toBe(DURATION_BOUNDS_MS.length + 1);
  });
});

describe("the in-memory aggregator", () => {
  const at = new Date("2026-03-18T10:00:30Z");

  test("counts per minute, method, route and status, with a histogram", () => {
    const agg = new RequestStatsAggregator();
    agg.record({
      method: "get",
      path: "/api/todos/0b7e4c1e-2a8f-4a3b-9c1d-1f2e3d4c5b6a",
      status: 200,
      ms: 30,
      at,
    });
    agg.record({
      method: "GET",
      path: "/api/todos/1b7e4c1e-2a8f-4a3b-9c1d-1f2e3d4c5b6a",
      status: 200,
      ms: 700,
      at,
    });
    agg.record({ method: "GET", path: "/api/todos", status: 500, ms: 10, at });
    agg.record({
      method: "GET",
      path: "/api/todos",
      status: 500,
      ms: 10,
      at: new Date("2026-03-18T10:01:00Z"),
    });
    const rows = agg.drain();
    expect(rows).toHaveLength(3);
    const byId = rows.find((r) => r.route === "/api/todos/:id");
    expect(byId).toMatchObject({
      method: "GET",
      status: 200,
      count: 2,
      totalMs: 730,
      maxMs: 700,
      minute: minuteOf(at),
    });
    expect(byId?.buckets[1]).toBe(1);
    expect(byId?.buckets[8]).toBe(1);
    expect(agg.drain()).toEqual([]);
  });

  test("a failed flush puts its counts back for the next one", async () => {
    recordRequest({ method: "GET", path: "/api/x", status: 200, ms: 5, at });
    expect(await flushRequestStats(async () => Promise.reject(new Error("db down")))).toBe(0);
    recordRequest({ method: "GET", path: "/api/x", status: 200, ms: 5, at });
    const written: number[] = [];
    expect(await flushRequestStats(async (rows) => void written.push(...rows.map((r) => r.count)))).toBe(1);
    expect(written).toEqual([2]);
  });
});
