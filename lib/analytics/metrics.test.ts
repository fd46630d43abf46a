import { describe, expect, test } from "vitest";
import {
  formatFigure,
  formatTarget,
  METRIC_NAMES,
  METRICS,
  type MetricName,
  overallRating,
  rate,
} from "./metrics";

describe("rating a figure against its target (warning band: 20% of the target)", () => {
  test.each<[MetricName, number, number, string]>([
    // "min" metrics: ok at the target, warning down to 80% of it, critical below.
    ["registration_rate", 0.15, 100, "ok"],
    ["registration_rate", 0.1499, 100, "warning"],
    ["registration_rate", 0.12, 100, "warning"],
    ["registration_rate", 0.1199, 100, "critical"],
    ["activation_rate", 0.6, 20, "ok"],
    ["activation_rate", 0.48, 20, "warning"],
    ["activation_rate", 0.47, 20, "critical"],
    ["voice_adoption", 0.32, 20, "warning"],
    ["voice_adoption", 0.31, 20, "critical"],
    ["day1_retention", 0.7, 20, "ok"],
    ["day1_retention", 0.56, 20, "warning"],
    ["day7_retention", 0.3, 20, "ok"],
    ["day7_retention", 0.2, 20, "critical"],
    // "max" metrics: ok strictly below the target, warning up to 120% of it.
    ["error_rate", 0.0099, 100, "ok"],
    ["error_rate", 0.01, 100, "warning"],
    ["error_rate", 0.012, 100, "warning"],
    ["error_rate", 0.0121, 100, "critical"],
    ["p95_response_ms", 499, 100, "ok"],
    ["p95_response_ms", 500, 100, "warning"],
    ["p95_response_ms", 600, 100, "warning"],
    ["p95_response_ms", 601, 100, "critical"],
    // Too few observations, or nothing measured: not rated.
    ["registration_rate", 0, 19, "insufficient"],
    ["error_rate", 1, 99, "insufficient"],
  ])("%s = %s (n = %s) is %s", (metric, value, n, expected) => {
    expect(rate(metric, value, n)).toBe(expected);
  });

  test("no value is never rated", () => {
    expect(rate("p95_response_ms", null, 1000)).toBe("insufficient");
  });

  test.each([
    [[], "ok"],
    [["ok", "insufficient"], "ok"],
    [["ok", "warning", "insufficient"], "warning"],
    [["warning", "critical", "ok"], "critical"],
  ] as const)("overall of %j is %s", (ratings, expected) => {
    expect(overallRating(ratings)).toBe(expected);
  });

  test("every metric has the issue's target", () => {
    expect(Object.fromEntries(METRIC_NAMES.map((m) => [m, METRICS[m].target]))).toEqual({
      registration_rate: 0.15,
      activation_rate: 0.6,
      voice_adoption: 0.4,
      day1_retention: 0.7,
      day7_retention: 0.3,
      error_rate: 0.01,
      p95_response_ms: 500,
    });
    expect(formatTarget("error_rate")).toBe("< 1%");
    expect(formatTarget("registration_rate")).toBe("≥ 15%");
    expect(formatFigure("p95_response_ms", 516.6)).toBe("517 ms");
    expect(formatFigure("voice_adoption", 0.125)).toBe("12.5%");
    expect(formatFigure("voice_adoption", null)).toBe("—");
  });
});
