import "server-only";
import { and, asc, gte, lt, type SQL, sql } from "drizzle-orm";
import { metricDaily, requestStats } from "@/db/schema";
import { DURATION_BOUNDS_MS, LOWER_BOUNDS_MS } from "@/lib/analytics/histogram";
import { ACTIVATION_HOURS, type MetricFigure, type MetricName } from "@/lib/analytics/metrics";
import type { RequestStatRow } from "@/lib/analytics/request-stats";
import type { DbOrTx } from "@/lib/db";

// The launch metrics in SQL: every figure is an aggregate computed by the
// database, never rows loaded into JavaScript. One query shape serves both
// the monitor's window (one bucket) and the daily rollup (one bucket per
// day), so a chart and a report cannot disagree on a definition. The
// definitions are documented in lib/analytics/metrics.ts.

/** Rows of db.execute: PGlite answers { rows }, postgres.js an array. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const days = (n: number) => sql`make_interval(days => ${n}::int)`;
const float8Array = (values: readonly number[]) => sql.raw(`array[${values.join(",")}]::float8[]`);

/** A user joins at their first visitor_created, or at account_created when they were never a guest. */
const JOIN_EVENT = sql`(e.name = 'visitor_created'
  or (e.name = 'account_created' and coalesce(e.properties->>'upgradedGuest', 'false') <> 'true'))`;

/**
 * How far back (in days) the cohort metrics reach from a bucket's start. In
 * the window the cohorts are those whose measurement ended recently (day-7
 * retention of people who joined 8 to 15 days ago for a 7-day window); in the
 * daily rollup each day is its own cohort (0).
 */
type CohortLags = { activation: number; day1: number; day7: number };
const WINDOW_LAGS: CohortLags = { activation: 1, day1: 2, day7: 8 };
const DAILY_LAGS: CohortLags = { activation: 0, day1: 0, day7: 0 };

/** Day-k retention of the cohorts that joined in a bucket: only cohorts whose day k is over count. */
function retention(k: number, lag: number, asOf: Date): SQL {
  const day0 = sql`date_trunc('day', j.joined_at, 'UTC')`;
  return sql`
    select b.s, count(j.user_id)::float8 as den,
      count(j.user_id) filter (where exists (
        select 1 from events t where t.user_id = j.user_id
          and t.created_at >= ${day0} + ${days(k)} and t.created_at < ${day0} + ${days(k + 1)}))::float8 as num
    from b left join joins j on j.joined_at >= b.s - ${days(lag)} and j.joined_at < b.e
      and ${day0} + ${days(k + 1)} <= ${ts(asOf)}
    group by b.s`;
}

/** Rows (bucket start, metric, numerator, denominator, value) for every bucket of `buckets` (columns s, e). */
function metricsQuery(buckets: SQL, asOf: Date, lags: CohortLags): SQL {
  const lower = float8Array(LOWER_BOUNDS_MS);
  const upper = float8Array(DURATION_BOUNDS_MS);
  return sql`
    with b as (${buckets}),
    joins as (
      select e.user_id, min(e.created_at) as joined_at from events e
      where e.user_id is not null and ${JOIN_EVENT}
      group by e.user_id
    ),
    reg as (
      select b.s, count(e.id) filter (where e.name = 'account_created')::float8 as num,
        count(e.id) filter (where ${JOIN_EVENT})::float8 as den
      from b left join events e on e.created_at >= b.s and e.created_at < b.e
        and e.name in ('visitor_created', 'account_created')
      group by b.s
    ),
    act as (
      select b.s, count(j.user_id)::float8 as den,
        count(j.user_id) filter (where exists (
          select 1 from events t where t.user_id = j.user_id and t.name = 'todo_created'
            and t.created_at < j.joined_at + make_interval(hours => ${ACTIVATION_HOURS}::int)))::float8 as num
      from b left join joins j on j.joined_at >= b.s - ${days(lags.activation)} and j.joined_at < b.e
        and j.joined_at + make_interval(hours => ${ACTIVATION_HOURS}::int) <= ${ts(asOf)}
      group by b.s
    ),
    ret1 as (${retention(1, lags.day1, asOf)}),
    ret7 as (${retention(7, lags.day7, asOf)}),
    voice as (
      select b.s, count(a.user_id)::float8 as den,
        count(a.user_id) filter (where exists (
          select 1 from events v where v.user_id = a.user_id and v.name = 'voice_command'
            and v.created_at < b.e))::float8 as num
      from b left join lateral (
        select distinct e.user_id from events e
        where e.user_id is not null and e.created_at >= b.s and e.created_at < b.e
      ) a on true
      group by b.s
    ),
    err as (
      select b.s, coalesce(sum(r.count) filter (where r.status >= 500), 0)::float8 as num,
        coalesce(sum(r.count), 0)::float8 as den, max(r.max_ms) as max_ms
      from b left join request_stats r on r.minute >= b.s and r.minute < b.e
      group by b.s
    ),
    hist as (
      select b.s, u.i::int as i, sum(u.c)::float8 as c
      from b join request_stats r on r.minute >= b.s and r.minute < b.e
      cross join lateral unnest(r.buckets) with ordinality as u(c, i)
      group by b.s, u.i
    ),
    cum as (
      select s, i, c, sum(c) over (partition by s order by i) as run, sum(c) over (partition by s) as total
      from hist
    ),
    pick as (
      select distinct on (s) s, i, c, run - c as before, total from cum
      where c > 0 and run >= 0.95 * total
      order by s, i
    ),
    p95 as (
      select err.s, err.den,
        (${lower})[pick.i] + (coalesce((${upper})[pick.i], greatest(err.max_ms, ${LOWER_BOUNDS_MS.at(-1) ?? 0}))
          - (${lower})[pick.i]) * (0.95 * pick.total - pick.before) / pick.c as value
      from err left join pick on pick.s = err.s
    )
    select b.s as bucket, m.metric, m.num as numerator, m.den as denominator,
      case when m.metric = 'p95_response_ms' then p95.value else m.num / nullif(m.den, 0) end as value
    from b
      join reg on reg.s = b.s join act on act.s = b.s join ret1 on ret1.s = b.s join ret7 on ret7.s = b.s
      join voice on voice.s = b.s join err on err.s = b.s join p95 on p95.s = b.s
      cross join lateral (values
        ('registration_rate', reg.num, reg.den),
        ('activation_rate', act.num, act.den),
        ('voice_adoption', voice.num, voice.den),
        ('day1_retention', ret1.num, ret1.den),
        ('day7_retention', ret7.num, ret7.den),
        ('error_rate', err.num, err.den),
        ('p95_response_ms', coalesce(p95.value, 0), p95.den)
      ) as m(metric, num, den)`;
}

type MetricRow = {
  bucket: string | Date;
  metric: MetricName;
  numerator: number;
  denominator: number;
  value: number | null;
};

const toFigure = (r: MetricRow): MetricFigure => ({
  metric: r.metric,
  numerator: Number(r.numerator),
  denominator: Number(r.denominator),
  value: r.value === null ? null : Number(r.value),
});

/** The launch metrics over [from, to), cohorts judged as of `asOf` (normally now = to). */
export async function computeLaunchMetrics(
  db: DbOrTx,
  params: { from: Date; to: Date; asOf?: Date },
): Promise<MetricFigure[]> {
  const bucket = sql`select ${ts(params.from)} as s, ${ts(params.to)} as e`;
  const result = await db.execute(metricsQuery(bucket, params.asOf ?? params.to, WINDOW_LAGS));
  return rowsOf<MetricRow>(result).map(toFigure);
}

/**
 * Recomputes the daily rollup for the UTC days from `from` up to (not
 * including) `to`, in one statement. Recent days are recomputed on every
 * run: their cohorts mature (day 7 ends) after the day itself.
 */
export async function refreshMetricRollups(
  db: DbOrTx,
  params: { fromDay: string; toDay: string; asOf?: Date },
): Promise<void> {
  const buckets = sql`
    select g as s, g + interval '1 day' as e
    from generate_series(${params.fromDay}::timestamptz, ${params.toDay}::timestamptz - interval '1 day',
      interval '1 day') as g`;
  await db.execute(sql`
    insert into ${metricDaily} (day, metric, numerator, denominator, value, refreshed_at)
    select (q.bucket at time zone 'UTC')::date, q.metric, q.numerator, q.denominator, q.value, now()
    from (${metricsQuery(buckets, params.asOf ?? new Date(), DAILY_LAGS)}) as q
    on conflict (day, metric) do update set numerator = excluded.numerator,
      denominator = excluded.denominator, value = excluded.value, refreshed_at = excluded.refreshed_at`);
}

export type MetricPoint = {
  day: string;
  metric: MetricName;
  numerator: number;
  denominator: number;
  value: number | null;
};

/** The rollup for the charts: every metric, per day in [fromDay, toDay), oldest first. */
export async function getMetricSeries(
  db: DbOrTx,
  params: { fromDay: string; toDay: string },
): Promise<{ points: MetricPoint[]; refreshedAt: Date | null }> {
  const rows = await db
    .select()
    .from(metricDaily)
    .where(and(gte(metricDaily.day, params.fromDay), lt(metricDaily.day, params.toDay)))
    .orderBy(asc(metricDaily.day), asc(metricDaily.metric));
  const refreshedAt = rows.reduce<Date | null>((a, r) => (a && a > r.refreshedAt ? a : r.refreshedAt), null);
  return {
    points: rows.map((r) => ({ ...r, metric: r.metric as MetricName })),
    refreshedAt,
  };
}

/**
 * Adds one flush of per-process counts: a key another process (or an
 * earlier flush) already wrote is summed into, histogram bucket by bucket.
 */
export async function addRequestStats(
  db: DbOrTx,
  params: { rows: readonly RequestStatRow[] },
): Promise<void> {
  if (params.rows.length === 0) return;
  await db
    .insert(requestStats)
    .values([...params.rows])
    .onConflictDoUpdate({
      target: [requestStats.minute, requestStats.method, requestStats.route, requestStats.status],
      set: {
        count: sql`${requestStats.count} + excluded.count`,
        totalMs: sql`${requestStats.totalMs} + excluded.total_ms`,
        maxMs: sql`greatest(${requestStats.maxMs}, excluded.max_ms)`,
        buckets: sql`array(select a + b from unnest(${requestStats.buckets}, excluded.buckets)
          with ordinality as u(a, b, i) order by i)`,
      },
    });
}
