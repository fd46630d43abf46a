import { describe, expect, test } from "vitest";
import { evaluate, percentile, type Sample } from "./health-watch";

const ok = (ms: number): Sample => ({ ok: true, ms, at: 0 });
const failed: Sample = { ok: false, ms: 1000, at: 0 };
const thresholds = { maxErrorRate: 0.05, maxP95Ms: 500, minSamples: 10 };

describe("percentile", () => {
  test.each([
    [[], 95, 0],
    [[7], 95, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
  ])("%j p%d = %d", (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe("evaluate", () => {
  test("too few samples decide nothing, even bad ones", () => {
    expect(evaluate([failed, failed], thresholds).status).toBe("undecided");
  });

  test("fast and error-free is healthy", () => {
    const v = evaluate(
      Array.from({ length: 20 }, () => ok(40)),
      thresholds,
    );
    expect(v).toMatchObject({ status: "healthy", errorRate: 0, p95Ms: 40, reasons: [] });
  });

  test("errors over the threshold are unhealthy", () => {
    const samples = [...Array.from({ length: 18 }, () => ok(40)), failed, failed];
    const v = evaluate(samples, thresholds);
    expect(v.status).toBe("unhealthy");
    expect(v.errorRate).toBeCloseTo(0.1);
    expect(v.reasons[0]).toMatch(/error rate 10\.0%/);
  });

  test("a slow p95 is unhealthy; failed probes do not count as latency", () => {
    const slow = [...Array.from({ length: 17 }, () => ok(40)), ok(900), ok(900), ok(900)];
    expect(evaluate(slow, thresholds).reasons).toEqual(["p95 900 ms > 500 ms"]);
    const oneError = [...Array.from({ length: 39 }, () => ok(40)), failed];
    expect(evaluate(oneError, thresholds)).toMatchObject({ status: "healthy", p95Ms: 40 });
  });
});
