import { computeLaunchMetrics, refreshMetricRollups } from "@/db/queries/analytics";
import {
  getAdminEmails,
  getLatestLaunchReports,
  insertLaunchReport,
  killSwitchUsedThisEpisode,
  type LaunchReportRow,
} from "@/db/queries/launch-reports";
import { overallRating, type RatedFigure, type Rating, rateFigures } from "@/lib/analytics/metrics";
import { flushRequestStats } from "@/lib/analytics/request-stats";
import type { Db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { setKillSwitch } from "@/lib/flags";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/mail";
import { planActions, reportMail } from "./plan";

// The launch monitor: computes the launch metrics over the last WINDOW_DAYS,
// rates them, records a launch_reports row, mails the admins on a warning,
// and on a critical result turns the voice_commands kill switch off.
// Run by the cron route (Vercel) or the local timer (schedule.ts).

export const WINDOW_DAYS = 7;
/** Days of daily rollup recomputed per run: cohorts keep maturing for 8 days after they join. */
export const ROLLUP_DAYS = 30;
const DAY_MS = 86_400_000;

export type MonitorResult = {
  report: LaunchReportRow;
  status: Rating;
  figures: RatedFigure[];
  actions: string[];
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Whether to skip the request-stats flush: tests seed their own figures and want only those. */
type Options = { now?: Date; flush?: boolean };

export async function runLaunchMonitor(db: Db, options: Options = {}): Promise<MonitorResult> {
  const now = options.now ?? new Date();
  if (options.flush !== false) await flushRequestStats();
  await refreshMetricRollups(db, {
    fromDay: dayOf(new Date(now.getTime() - ROLLUP_DAYS * DAY_MS)),
    toDay: dayOf(new Date(now.getTime() + DAY_MS)),
    asOf: now,
  });
  const from = new Date(now.getTime() - WINDOW_DAYS * DAY_MS);
  const figures = rateFigures(await computeLaunchMetrics(db, { from, to: now, asOf: now }));
  const status = overallRating(figures.map((f) => f.rating));
  const [previous] = await getLatestLaunchReports(db, { limit: 1 });
  const plan = planActions({
    status,
    previousStatus: previous?.status ?? null,
    killSwitchUsedThisEpisode: status === "critical" && (await killSwitchUsedThisEpisode(db)),
  });

  const actions: string[] = [];
  let killSwitch: "off" | "failed" | null = null;
  if (plan.killSwitch) {
    const bad = figures.filter((f) => f.rating === "critical").map((f) => f.metric);
    try {
      const { via } = await setKillSwitch(db, {
        flag: "voice_commands",
        enabled: false,
        reason: `launch monitor: critical ${bad.join(", ")}`,
        setBy: "launch-monitor",
      });
      actions.push(`kill_switch_off:voice_commands via ${via}`);
      killSwitch = "off";
    } catch (error) {
      log.error("launch monitor could not turn voice commands off", { error });
      actions.push(
        `kill_switch_failed:voice_commands ${error instanceof Error ? error.message : String(error)}`,
      );
      killSwitch = "failed";
    }
  }
  if (plan.notify) actions.push(...(await notifyAdmins(db, { status, figures, killSwitch })));

  const report = await insertLaunchReport(db, {
    status,
    metrics: {
      window: { from: from.toISOString(), to: now.toISOString() },
      figures: Object.fromEntries(figures.map(({ metric, ...rest }) => [metric, rest])),
    },
    actions,
    createdAt: now,
  });
  log.info("launch monitor", { status, actions });
  return { report, status, figures, actions };
}

/** One mail per admin; each outcome is an action of the report, a failure included. */
async function notifyAdmins(
  db: Db,
  params: { status: Rating; figures: RatedFigure[]; killSwitch: "off" | "failed" | null },
): Promise<string[]> {
  const admins = await getAdminEmails(db);
  if (admins.length === 0) return ["notify_skipped: no admin has an email address"];
  const mail = reportMail({ ...params, adminUrl: new URL("/admin", appUrl()).toString() });
  const outcomes: string[] = [];
  for (const to of admins) {
    try {
      const result = await sendMail(db, { to, ...mail });
      outcomes.push(
        result.status === "failed"
          ? `notify_failed:${to} ${result.error ?? ""}`.trim()
          : `notified:${to} (${result.status})`,
      );
    } catch (error) {
      outcomes.push(`notify_failed:${to} ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outcomes;
}
