import { getLatestLaunchReports } from "@/db/queries/launch-reports";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { runLaunchMonitor } from "./monitor";

// The local stand-in for Vercel Cron: every INTERVAL_MS in a long-running
// server (next start, next dev, self-hosting). On Vercel a function may be
// frozen between requests, so there the cron route runs the monitor instead.

export const INTERVAL_MS = 15 * 60_000;
/** The first run waits for the server to settle (migrations, warm-up). */
const FIRST_RUN_MS = 60_000;

const holder = globalThis as typeof globalThis & {
  __voiceTodoLaunchMonitor?: ReturnType<typeof setInterval>;
};

/**
 * Several processes on one database would each run it: a run is skipped when
 * a report younger than half the interval exists, so they share the work.
 */
export async function runIfDue(now = new Date()): Promise<void> {
  try {
    const db = await getDb();
    const [latest] = await getLatestLaunchReports(db, { limit: 1 });
    if (latest && now.getTime() - latest.createdAt.getTime() < INTERVAL_MS / 2) return;
    await runLaunchMonitor(db, { now });
  } catch (error) {
    log.error("launch monitor run failed", { error });
  }
}

/** Starts the timer once per process; a no-op on Vercel. */
export function startLaunchMonitorSchedule(): void {
  if (env().VERCEL_ENV || holder.__voiceTodoLaunchMonitor) return;
  const first = setTimeout(() => void runIfDue(), FIRST_RUN_MS);
  first.unref?.();
  holder.__voiceTodoLaunchMonitor = setInterval(() => void runIfDue(), INTERVAL_MS);
  holder.__voiceTodoLaunchMonitor.unref?.();
}
