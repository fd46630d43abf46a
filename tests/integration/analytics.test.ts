import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { computeLaunchMetrics, getMetricSeries, refreshMetricRollups } from "@/db/queries/analytics";
import { events, metricDaily, requestStats, users } from "@/db/schema";
import { type MetricFigure, type MetricName, rateFigures } from "@/lib/analytics/metrics";
import type { Db } from "@/lib/db";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";
import {
  AS_OF,
  CRITICAL_SPEC,
  type LaunchSpec,
  OK_SPEC,
  seedLaunch,
  WARNING_SPEC,
  WINDOW,
} from "./analytics-seed";

const byName = (figures: MetricFigure[]) =>
  Object.fromEntries(figures.map((f) => [f.metric, f])) as Record<MetricName, MetricFigure>;

/** What each spec must produce: [numerator, denominator, value]. */
function expected(spec: LaunchSpec, p95: number): Record<MetricName, [number, number, number]> {
  const r = spec.requests;
  return {
    registration_rate: [spec.accounts, spec.cohort, spec.accounts / spec.cohort],
    activation_rate: [spec.activated, spec.cohort, spec.activated / spec.cohort],
    voice_adoption: [spec.voice, spec.cohort, spec.voice / spec.cohort],
    day1_retention: [spec.day1, spec.cohort, spec.day1 / spec.cohort],
    day7_retention: [spec.day7, spec.day7Cohort, spec.day7 / spec.day7Cohort],
    error_rate: [r.errors, r.total, r.errors / r.total],
    p95_response_ms: [p95, r.total, p95],
  };
}

const CASES = [
  { name: "ok", spec: OK_SPEC, p95: 50 + (50 * 950) / 960, rating: "ok" },
  { name: "warning", spec: WARNING_SPEC, p95: 500 + (100 * 10) / 60, rating: "warning" },
  { name: "critical", spec: CRITICAL_SPEC, p95: 5000 + (3000 * 50) / 100, rating: "critical" },
] as const;

describe.each(testDatabaseKinds())("launch metrics on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());
  beforeEach(async () => {
    await db.delete(events);
    await db.delete(requestStats);
    await db.delete(metricDaily);
    await db.delete(users);
  });

  test.each(CASES)(
    "the $name launch: every figure exact, every one rated $rating",
    async ({ spec, p95, rating }) => {
      await seedLaunch(db, spec);
      const figures = byName(await computeLaunchMetrics(db, { ...WINDOW, asOf: AS_OF }));
      for (const [metric, [numerator, denominator, value]] of Object.entries(expected(spec, p95))) {
        const f = figures[metric as MetricName];
        expect({ metric, numerator: f.numerator, denominator: f.denominator }).toEqual({
          metric,
          numerator,
          denominator,
        });
        expect(f.value, metric).toBeCloseTo(value, 9);
      }
      expect(rateFigures(Object.values(figures)).map((f) => [f.metric, f.rating])).toEqual(
        Object.keys(figures).map((m) => [m, rating]),
      );
    },
  );

  test("the daily rollup: each day its own cohort, figures exact, immature cohorts empty", async () => {
    await seedLaunch(db, OK_SPEC);
    await refreshMetricRollups(db, { fromDay: "2026-03-05", toDay: "2026-03-21", asOf: AS_OF });
    const { points, refreshedAt } = await getMetricSeries(db, { fromDay: "2026-03-01", toDay: "2026-03-31" });
    expect(refreshedAt).toBeInstanceOf(Date);
    expect(points).toHaveLength(16 * 7);
    const point = (day: string, metric: MetricName) => {
      const p = points.find((x) => x.day === day && x.metric === metric);
      return p && [p.numerator, p.denominator, p.value === null ? null : Number(p.value.toFixed(6))];
    };
    // Cohort B joined on the 15th.
    expect(point("2026-03-15", "registration_rate")).toEqual([8, 40, 0.2]);
    expect(point("2026-03-15", "activation_rate")).toEqual([28, 40, 0.7]);
    expect(point("2026-03-15", "day1_retention")).toEqual([30, 40, 0.75]);
    expect(point("2026-03-15", "voice_adoption")).toEqual([20, 40, 0.5]);
    // Day 7 of the 15th is the 22nd, after AS_OF: not measured yet.
    expect(point("2026-03-15", "day7_retention")).toEqual([0, 0, null]);
    // On the 16th the 30 retained users are active; the first 20 of them have used voice.
    expect(point("2026-03-16", "voice_adoption")).toEqual([20, 30, Number((20 / 30).toFixed(6))]);
    // Cohort A joined on the 6th.
    expect(point("2026-03-06", "day7_retention")).toEqual([8, 20, 0.4]);
    expect(point("2026-03-06", "registration_rate")).toEqual([0, 20, 0]);
    expect(point("2026-03-18", "error_rate")).toEqual([5, 1000, 0.005]);
    expect(point("2026-03-18", "p95_response_ms")?.[2]).toBeCloseTo(50 + (50 * 950) / 960, 5);
    expect(point("2026-03-17", "error_rate")).toEqual([0, 0, null]);
    expect(point("2026-03-17", "p95_response_ms")).toEqual([0, 0, null]);

    // A refresh recomputes in place (no duplicates), here after more sign-ups.
    await seedLaunch(db, {
      ...OK_SPEC,
      day7Cohort: 0,
      day7: 0,
      requests: { ...OK_SPEC.requests, total: 0, errors: 0, histogram: [] },
    });
    await refreshMetricRollups(db, { fromDay: "2026-03-15", toDay: "2026-03-16", asOf: AS_OF });
    const again = await getMetricSeries(db, { fromDay: "2026-03-15", toDay: "2026-03-16" });
    expect(again.points.find((p) => p.metric === "registration_rate")).toMatchObject({
      numerator: 16,
      denominator: 80,
    });
  });

  test("a guest who signs up is one visitor; a direct sign-up is a visitor too", async () => {
    const [guest, direct] = await db
      .insert(users)
      .values([{ isAnonymous: false }, { isAnonymous: false }])
      .returning();
    if (!guest || !direct) throw new Error("no users");
    const t = new Date("2026-03-15T08:00:00Z");
    await db.insert(events).values([
      { userId: guest.id, name: "visitor_created", createdAt: t },
      { userId: guest.id, name: "account_created", createdAt: t, properties: { upgradedGuest: true } },
      { userId: direct.id, name: "account_created", createdAt: t, properties: { upgradedGuest: false } },
    ]);
    const figures = byName(await computeLaunchMetrics(db, { ...WINDOW, asOf: AS_OF }));
    expect(figures.registration_rate).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
    expect(figures.activation_rate).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
  });
});
