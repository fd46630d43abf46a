import type { MetricPoint } from "@/db/queries/analytics";
import { formatFigure, formatTarget, METRIC_NAMES, METRICS, type RatedFigure } from "@/lib/analytics/metrics";
import styles from "./analytics.module.css";
import { MetricChart } from "./metric-chart";

const RATING_LABEL = {
  ok: "on target",
  warning: "warning",
  critical: "critical",
  insufficient: "not enough data",
};

/** Every launch metric against its target (last 7 days), with its daily chart. */
export function LaunchMetrics({
  figures,
  series,
  days,
  refreshedAt,
}: {
  figures: RatedFigure[];
  series: MetricPoint[];
  days: string[];
  refreshedAt: string | null;
}) {
  return (
    <section aria-labelledby="launch-title" className={styles.section}>
      <h2 id="launch-title" className={styles.sectionTitle}>
        Launch metrics
      </h2>
      <p className={styles.muted}>
        Last 7 days against the launch targets. Charts: one point per day (cohort metrics by the day people
        joined), {refreshedAt ? `refreshed ${refreshedAt}` : "not computed yet"}; the launch monitor refreshes
        them on its schedule.
      </p>
      <div className={styles.metrics}>
        {METRIC_NAMES.map((metric) => {
          const figure = figures.find((f) => f.metric === metric);
          const rating = figure?.rating ?? "insufficient";
          const byDay = new Map(series.filter((p) => p.metric === metric).map((p) => [p.day, p.value]));
          return (
            <article
              key={metric}
              className={styles.metric}
              data-rating={rating}
              aria-label={METRICS[metric].label}
            >
              <div className={styles.metricHead}>
                <h3 className={styles.metricName}>{METRICS[metric].label}</h3>
                <span className={styles.badge} data-rating={rating}>
                  {RATING_LABEL[rating]}
                </span>
              </div>
              <div>
                <span className={styles.metricValue} data-testid={`metric-${metric}`}>
                  {formatFigure(metric, figure?.value ?? null)}
                </span>{" "}
                <span className={styles.metricTarget}>
                  target {formatTarget(metric)} · n = {figure?.denominator ?? 0}
                </span>
              </div>
              <MetricChart
                label={METRICS[metric].label}
                points={days.map((day) => ({ day, value: byDay.get(day) ?? null }))}
                target={METRICS[metric].target}
                format={(v) => formatFigure(metric, v)}
              />
              <p className={styles.definition}>{METRICS[metric].definition}</p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
