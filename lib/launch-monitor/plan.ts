import { formatFigure, formatTarget, METRICS, type RatedFigure, type Rating } from "@/lib/analytics/metrics";

// What the monitor does with a rating, as a pure decision (tested without a database).

export type MonitorPlan = { notify: boolean; killSwitch: boolean };

/**
 * Admins hear about a warning or a critical result when the status changes
 * (ok -> warning, warning -> critical, critical -> warning), not on every
 * run of a lasting problem: the report list shows those. The kill switch is
 * pulled once per critical episode (see killSwitchUsedThisEpisode), so an
 * admin who turns voice back on is not overruled by the next run.
 */
export function planActions(params: {
  status: Rating;
  previousStatus: Rating | null;
  killSwitchUsedThisEpisode: boolean;
}): MonitorPlan {
  const { status, previousStatus } = params;
  return {
    notify: status !== "ok" && status !== previousStatus,
    killSwitch: status === "critical" && !params.killSwitchUsedThisEpisode,
  };
}

/** The mail admins get: each figure against its target, worst first. */
export function reportMail(params: {
  status: Rating;
  figures: readonly RatedFigure[];
  killSwitch: "off" | "failed" | null;
  adminUrl: string;
}): { subject: string; text: string } {
  const order = { critical: 0, warning: 1, ok: 2, insufficient: 3 } as const;
  const lines = [...params.figures]
    .sort((a, b) => order[a.rating] - order[b.rating])
    .map(
      (f) =>
        `- ${METRICS[f.metric].label}: ${formatFigure(f.metric, f.value)} (target ${formatTarget(f.metric)}) — ${
          f.rating === "insufficient" ? "not enough data" : f.rating
        }`,
    );
  const kill =
    params.killSwitch === "off"
      ? [
          "",
          "Voice commands were turned off (kill switch). Turn them back on from the admin page when resolved.",
        ]
      : params.killSwitch === "failed"
        ? ["", "Turning voice commands off FAILED: turn them off by hand."]
        : [];
  return {
    subject: `Voice Todo launch monitor: ${params.status}`,
    text: [
      `The launch monitor rated the last 7 days ${params.status.toUpperCase()}.`,
      "",
      ...lines,
      ...kill,
      "",
      `Reports: ${params.adminUrl}`,
    ].join("\n"),
  };
}
