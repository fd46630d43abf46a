import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import { bucketIndex, emptyBuckets } from "./histogram";

// Per-request statistics, cheaply: a request adds to an in-memory map (no I/O
// on the request path); the map is flushed into request_stats, one row per
// minute, method, route pattern and status, every FLUSH_MS. What a process
// holds when it dies unflushed is lost: at most FLUSH_MS of counts.

export const FLUSH_MS = 10_000;
/** A bound on distinct keys between flushes: a scan of random URLs must not grow memory. */
const MAX_KEYS = 2_000;

export type RequestSample = { method: string; path: string; status: number; ms: number; at?: Date };
export type RequestStatRow = {
  minute: Date;
  method: string;
  route: string;
  status: number;
  count: number;
  totalMs: number;
  maxMs: number;
  buckets: number[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The route pattern of a path: segments that are ids (uuids, numbers, long
 * tokens) become ":id", so /api/todos/<uuid> is one route, not one per todo.
 */
export function routePattern(path: string): string {
  const segments = path.split("?")[0]?.split("/") ?? [];
  return (
    segments
      .map((s) => (UUID.test(s) || /^\d+$/.test(s) || /^[A-Za-z0-9_-]{20,}$/.test(s) ? ":id" : s))
      .join("/")
      .slice(0, 200) || "/"
  );
}

export function minuteOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

export class RequestStatsAggregator {
  private rows = new Map<string, RequestStatRow>();

  record(sample: RequestSample): void {
    const minute = minuteOf(sample.at ?? new Date());
    const method = sample.method.toUpperCase().slice(0, 10);
    let route = routePattern(sample.path);
    let key = `${minute.getTime()} ${method} ${route} ${sample.status}`;
    if (!this.rows.has(key) && this.rows.size >= MAX_KEYS) {
      route = "(other)";
      key = `${minute.getTime()} ${method} ${route} ${sample.status}`;
    }
    let row = this.rows.get(key);
    if (!row) {
      row = {
        minute,
        method,
        route,
        status: sample.status,
        count: 0,
        totalMs: 0,
        maxMs: 0,
        buckets: emptyBuckets(),
      };
      this.rows.set(key, row);
    }
    const ms = Math.max(0, sample.ms);
    row.count += 1;
    row.totalMs += ms;
    row.maxMs = Math.max(row.maxMs, ms);
    const i = bucketIndex(ms);
    row.buckets[i] = (row.buckets[i] ?? 0) + 1;
  }

  /** Takes everything counted so far (the next requests start a new map). */
  drain(): RequestStatRow[] {
    const rows = [...this.rows.values()];
    this.rows = new Map();
    return rows;
  }

  /** Puts rows back after a failed flush, so the next flush retries them. */
  restore(rows: readonly RequestStatRow[]): void {
    for (const row of rows) {
      const key = `${row.minute.getTime()} ${row.method} ${row.route} ${row.status}`;
      const existing = this.rows.get(key);
      if (!existing) {
        this.rows.set(key, { ...row, buckets: [...row.buckets] });
        continue;
      }
      existing.count += row.count;
      existing.totalMs += row.totalMs;
      existing.maxMs = Math.max(existing.maxMs, row.maxMs);
      existing.buckets = existing.buckets.map((c, i) => c + (row.buckets[i] ?? 0));
    }
  }
}

type Writer = (rows: RequestStatRow[]) => Promise<void>;

// One aggregator per process, on globalThis: Next bundles this module into
// several server chunks, and they must all count into the same map.
type Holder = {
  aggregator: RequestStatsAggregator;
  timer?: ReturnType<typeof setInterval>;
  lastFlush: number;
};
const holder = globalThis as typeof globalThis & { __voiceTodoRequestStats?: Holder };

function state(): Holder {
  holder.__voiceTodoRequestStats ??= { aggregator: new RequestStatsAggregator(), lastFlush: Date.now() };
  return holder.__voiceTodoRequestStats;
}

async function writeToDb(rows: RequestStatRow[]): Promise<void> {
  const { addRequestStats } = await import("@/db/queries/analytics");
  await addRequestStats(await getDb(), { rows });
}

/** Flushes what this process has counted. Never throws: failed rows are kept for the next flush. */
export async function flushRequestStats(write: Writer = writeToDb): Promise<number> {
  const s = state();
  s.lastFlush = Date.now();
  const rows = s.aggregator.drain();
  if (rows.length === 0) return 0;
  try {
    await write(rows);
    return rows.length;
  } catch (error) {
    s.aggregator.restore(rows);
    log.warn("request stats not flushed", { error, rows: rows.length });
    return 0;
  }
}

/**
 * Counts one finished request. The timer flushes an idle process; a flush is
 * also started from here when one is overdue, because a serverless function
 * may be frozen between requests and its timers not run on time.
 */
export function recordRequest(sample: RequestSample): void {
  const s = state();
  s.aggregator.record(sample);
  if (!s.timer) {
    s.timer = setInterval(() => void flushRequestStats(), FLUSH_MS);
    s.timer.unref?.();
  }
  if (Date.now() - s.lastFlush > FLUSH_MS * 2) void flushRequestStats();
}
