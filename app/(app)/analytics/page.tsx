import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/analytics/analytics.module.css";
import { LaunchMetrics } from "@/components/analytics/launch-metrics";
import { UserStats } from "@/components/analytics/user-stats";
import { AccountMenu } from "@/components/auth/account-menu";
import { getAccount } from "@/db/queries/accounts";
import { computeLaunchMetrics, getMetricSeries } from "@/db/queries/analytics";
import { getTodoStats, getVoiceStats } from "@/db/queries/analytics-user";
import { rateFigures } from "@/lib/analytics/metrics";
import { resolveUser } from "@/lib/auth/current-user";
import { cached } from "@/lib/cache";
import { getDb } from "@/lib/db";
import { isEnabled } from "@/lib/flags";
import { WINDOW_DAYS } from "@/lib/launch-monitor/monitor";

export const metadata: Metadata = { title: "Analytics · Voice Todo" };

const DAY_MS = 86_400_000;
const CHART_DAYS = 30;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The last CHART_DAYS UTC days, oldest first, today included. */
function chartDays(now: Date): string[] {
  return Array.from({ length: CHART_DAYS }, (_, i) =>
    dayOf(new Date(now.getTime() - (CHART_DAYS - 1 - i) * DAY_MS)),
  );
}

// Behind the analytics_dashboard flag: off answers exactly like a page that
// does not exist. Everyone sees their own figures; admins also the launch metrics.
export default async function AnalyticsPage() {
  const user = await resolveUser(await headers());
  if (!user) notFound();
  const db = await getDb();
  if (!(await isEnabled(db, user, "analytics_dashboard"))) notFound();
  const account = user.isAnonymous ? undefined : await getAccount(db, { userId: user.id });
  const isAdmin = account?.role === "admin";
  const now = new Date();
  const days = chartDays(now);
  const [todos, voice, launch] = await Promise.all([
    // Cached per user; every write of theirs clears it (lib/http/route.ts).
    cached(user.id, "stats:todos", null, () => getTodoStats(db, { userId: user.id })),
    cached(user.id, "stats:voice", null, () => getVoiceStats(db, { userId: user.id })),
    isAdmin
      ? Promise.all([
          computeLaunchMetrics(db, { from: new Date(now.getTime() - WINDOW_DAYS * DAY_MS), to: now }),
          getMetricSeries(db, {
            fromDay: days[0] ?? dayOf(now),
            toDay: dayOf(new Date(now.getTime() + DAY_MS)),
          }),
        ])
      : null,
  ]);
  const name = account?.name ?? account?.email ?? "";

  return (
    <div className="app">
      <header className="app-header">
        <Link href="/todos" className="brand">
          Voice Todo
        </Link>
        <AccountMenu account={account ? { name } : null} />
      </header>
      <main className={styles.page}>
        <Link href="/todos" className={styles.back}>
          <span aria-hidden="true">←</span> Back to my lists
        </Link>
        <h1 className={styles.title}>Analytics</h1>
        <UserStats todos={todos} voice={voice} />
        {launch && (
          <LaunchMetrics
            figures={rateFigures(launch[0])}
            series={launch[1].points}
            days={days}
            refreshedAt={
              launch[1].refreshedAt
                ? `${launch[1].refreshedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`
                : null
            }
          />
        )}
        {isAdmin && (
          <p className={styles.muted}>
            <Link href="/admin">Admin: invitations, launch reports and the voice kill switch</Link>
          </p>
        )}
      </main>
    </div>
  );
}
