import { addRequestStats } from "@/db/queries/analytics";
import { events, users } from "@/db/schema";
import type { EventName } from "@/lib/analytics/events";
import { emptyBuckets } from "@/lib/analytics/histogram";
import type { Db } from "@/lib/db";

// Seeds a launch with known figures. Times are fixed relative to AS_OF so
// that every metric's numerator and denominator are exact:
// - cohort B joins (visitor_created) on 2026-03-15 08:00, inside the 7-day
//   window: registration, activation, voice adoption and day-1 retention
//   are measured on them; user i of B does X when i < count of X;
// - cohort A joins on 2026-03-06 10:00: day-7 retention is measured on them,
//   and their events all fall before the window;
// - request counts go into one minute, 2026-03-18 10:00.

export const AS_OF = new Date("2026-03-20T12:00:00Z");
export const WINDOW = { from: new Date("2026-03-13T12:00:00Z"), to: AS_OF };

export type Histogram = { bucket: number; count: number }[];

export type LaunchSpec = {
  cohort: number;
  accounts: number;
  activated: number;
  voice: number;
  day1: number;
  day7Cohort: number;
  day7: number;
  requests: { total: number; errors: number; histogram: Histogram; maxMs: number };
};

const at = (iso: string) => new Date(iso);

async function newUsers(db: Db, n: number, tag: string): Promise<string[]> {
  if (n === 0) return [];
  const rows = await db
    .insert(users)
    .values(Array.from({ length: n }, (_, i) => ({ isAnonymous: true, name: `${tag}-${i}` })))
    .returning({ id: users.id });
  return rows.map((r) => r.id);
}

type Ev = { userId: string; name: EventName; createdAt: Date; properties?: Record<string, unknown> };

export async function seedLaunch(db: Db, spec: LaunchSpec): Promise<void> {
  const b = await newUsers(db, spec.cohort, "b");
  const a = await newUsers(db, spec.day7Cohort, "a");
  const rows: Ev[] = [];
  b.forEach((userId, i) => {
    rows.push({ userId, name: "visitor_created", createdAt: at("2026-03-15T08:00:00Z") });
    if (i < spec.accounts)
      rows.push({
        userId,
        name: "account_created",
        createdAt: at("2026-03-15T08:30:00Z"),
        properties: { upgradedGuest: true },
      });
    if (i < spec.activated)
      rows.push({ userId, name: "todo_created", createdAt: at("2026-03-15T09:00:00Z") });
    if (i < spec.voice) rows.push({ userId, name: "voice_command", createdAt: at("2026-03-15T10:00:00Z") });
    if (i < spec.day1) rows.push({ userId, name: "active", createdAt: at("2026-03-16T08:00:00Z") });
  });
  a.forEach((userId, i) => {
    rows.push({ userId, name: "visitor_created", createdAt: at("2026-03-06T10:00:00Z") });
    if (i < spec.day7) rows.push({ userId, name: "active", createdAt: at("2026-03-13T10:00:00Z") });
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(events).values(rows.slice(i, i + 500));

  const { total, errors, histogram, maxMs } = spec.requests;
  const split = (share: number) => {
    const buckets = emptyBuckets();
    let left = share;
    for (const h of histogram) {
      // Errors take their share of each bucket in order; exact counts matter, not which status.
      const n = Math.min(left, h.count);
      buckets[h.bucket] = (buckets[h.bucket] ?? 0) + n;
      left -= n;
    }
    return buckets;
  };
  const okBuckets = split(total - errors);
  const errBuckets = emptyBuckets().map((_, i) => {
    const all = histogram.filter((h) => h.bucket === i).reduce((s, h) => s + h.count, 0);
    return all - (okBuckets[i] ?? 0);
  });
  const minute = at("2026-03-18T10:00:00Z");
  const row = (status: number, buckets: number[], count: number) => ({
    minute,
    method: "GET",
    route: "/api/todos",
    status,
    count,
    totalMs: 0,
    maxMs,
    buckets,
  });
  await addRequestStats(db, {
    rows: [row(200, okBuckets, total - errors), ...(errors > 0 ? [row(500, errBuckets, errors)] : [])],
  });
}

/** Figures that meet every target. */
export const OK_SPEC: LaunchSpec = {
  cohort: 40,
  accounts: 8, // 20% >= 15%
  activated: 28, // 70% >= 60%
  voice: 20, // 50% >= 40%
  day1: 30, // 75% >= 70%
  day7Cohort: 20,
  day7: 8, // 40% >= 30%
  // 0.5% errors; p95 rank 950 falls in [50, 100) holding 960: 50 + 50 * 950 / 960
  requests: {
    total: 1000,
    errors: 5,
    histogram: [
      { bucket: 2, count: 960 },
      { bucket: 4, count: 40 },
    ],
    maxMs: 290,
  },
};

/** Every figure within 20% of its target on the wrong side. */
export const WARNING_SPEC: LaunchSpec = {
  cohort: 40,
  accounts: 5, // 12.5%: >= 12%
  activated: 22, // 55%: >= 48%
  voice: 14, // 35%: >= 32%
  day1: 26, // 65%: >= 56%
  day7Cohort: 20,
  day7: 5, // 25%: >= 24%
  // 1.1% errors (<= 1.2%); p95 in [500, 600) holding 60 after 940: 500 + 100 * 10 / 60
  requests: {
    total: 1000,
    errors: 11,
    histogram: [
      { bucket: 2, count: 940 },
      { bucket: 7, count: 60 },
    ],
    maxMs: 590,
  },
};

/** Every figure beyond the warning band. */
export const CRITICAL_SPEC: LaunchSpec = {
  cohort: 40,
  accounts: 2, // 5%
  activated: 10, // 25%
  voice: 4, // 10%
  day1: 10, // 25%
  day7Cohort: 20,
  day7: 2, // 10%
  // 5% errors; p95 in the overflow bucket [5000, 8000) holding 100 after 900: 5000 + 3000 * 50 / 100
  requests: {
    total: 1000,
    errors: 50,
    histogram: [
      { bucket: 2, count: 900 },
      { bucket: 12, count: 100 },
    ],
    maxMs: 8000,
  },
};
