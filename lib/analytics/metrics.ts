// The launch metrics: what each one measures, its target, and how a figure
// is rated. The SQL that computes them is db/queries/analytics.ts; every
// definition there follows the comments here.
//
// Days are UTC calendar days. A "cohort" is the users who joined in a period;
// a user joins at their first visitor_created event, or at account_created
// when they signed up without having been a guest first (an upgraded guest
// joined when the guest was created: same user id, same todos).

export const METRIC_NAMES = [
  "registration_rate",
  "activation_rate",
  "voice_adoption",
  "day1_retention",
  "day7_retention",
  "error_rate",
  "p95_response_ms",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export function isMetricName(value: string): value is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(value);
}

export type Rating = "ok" | "warning" | "critical";
/** "insufficient" = too few observations to rate: never acted on. */
export type MetricRating = Rating | "insufficient";

export type MetricDefinition = {
  label: string;
  /** What numerator and denominator count, for the page and for reviewers. */
  definition: string;
  target: number;
  /** "min": the figure should reach the target; "max": it should stay below it. */
  direction: "min" | "max";
  unit: "ratio" | "ms";
  /** Below this denominator the figure is shown but not rated (a handful of users is noise). */
  minSample: number;
};

/** Users before a user-based metric is rated; requests before a request-based one is. */
export const MIN_USERS = 20;
export const MIN_REQUESTS = 100;
/** A new user counts as activated when their first todo comes within this many hours of joining. */
export const ACTIVATION_HOURS = 24;

export const METRICS: Record<MetricName, MetricDefinition> = {
  registration_rate: {
    label: "Registration rate",
    definition:
      "accounts created (account_created) / new visitors (visitor_created, plus sign-ups that were never a guest) in the window",
    target: 0.15,
    direction: "min",
    unit: "ratio",
    minSample: MIN_USERS,
  },
  activation_rate: {
    label: "Activation rate",
    definition: `share of new users (guests or accounts) who created a todo within ${ACTIVATION_HOURS} hours of joining; only users who joined at least ${ACTIVATION_HOURS} hours ago count`,
    target: 0.6,
    direction: "min",
    unit: "ratio",
    minSample: MIN_USERS,
  },
  voice_adoption: {
    label: "Voice adoption",
    definition:
      "share of active users in the window (any event) who have sent at least one voice command by the window's end",
    target: 0.4,
    direction: "min",
    unit: "ratio",
    minSample: MIN_USERS,
  },
  day1_retention: {
    label: "Day-1 retention",
    definition:
      "share of a cohort active again (any event) on the UTC day after the day they joined; only cohorts whose day 1 is over",
    target: 0.7,
    direction: "min",
    unit: "ratio",
    minSample: MIN_USERS,
  },
  day7_retention: {
    label: "Day-7 retention",
    definition:
      "share of a cohort active (any event) on the 7th UTC day after the day they joined; only cohorts whose day 7 is over",
    target: 0.3,
    direction: "min",
    unit: "ratio",
    minSample: MIN_USERS,
  },
  error_rate: {
    label: "Error rate",
    definition: "responses with status 5xx / all responses of the API (request_stats)",
    target: 0.01,
    direction: "max",
    unit: "ratio",
    minSample: MIN_REQUESTS,
  },
  p95_response_ms: {
    label: "p95 response time",
    definition:
      "95th percentile of API response times, interpolated within the duration histogram of request_stats",
    target: 500,
    direction: "max",
    unit: "ms",
    minSample: MIN_REQUESTS,
  },
};

/**
 * How far from the target a figure may be and still only warrant a warning:
 * 20% of the target. A "min" metric is ok at or above its target, a warning
 * down to 80% of it, critical below; a "max" metric is ok below its target,
 * a warning up to 120% of it, critical above. The band is relative so that
 * one rule fits rates and milliseconds alike.
 */
export const WARNING_BAND = 0.2;
/** 0.4 * 0.8 is 0.32000000000000006 in floating point: a figure exactly on a boundary must rate as on it. */
const EPSILON = 1e-9;

export function rate(metric: MetricName, value: number | null, denominator: number): MetricRating {
  const def = METRICS[metric];
  if (value === null || denominator < def.minSample) return "insufficient";
  if (def.direction === "min") {
    if (value >= def.target) return "ok";
    return value >= def.target * (1 - WARNING_BAND) - EPSILON ? "warning" : "critical";
  }
  if (value < def.target) return "ok";
  return value <= def.target * (1 + WARNING_BAND) + EPSILON ? "warning" : "critical";
}

const SEVERITY: Record<MetricRating, number> = { insufficient: 0, ok: 0, warning: 1, critical: 2 };

/** The worst rating among the figures; figures too thin to rate count as ok. */
export function overallRating(ratings: readonly MetricRating[]): Rating {
  const worst = Math.max(0, ...ratings.map((r) => SEVERITY[r]));
  return worst === 2 ? "critical" : worst === 1 ? "warning" : "ok";
}

export type MetricFigure = {
  metric: MetricName;
  numerator: number;
  denominator: number;
  /** numerator / denominator (p95: ms); null when the denominator is 0. */
  value: number | null;
};

export type RatedFigure = MetricFigure & { target: number; rating: MetricRating };

export function rateFigures(figures: readonly MetricFigure[]): RatedFigure[] {
  return figures.map((f) => ({
    ...f,
    target: METRICS[f.metric].target,
    rating: rate(f.metric, f.value, f.denominator),
  }));
}

/** "15.0%" or "480 ms", for pages and mail. */
export function formatFigure(metric: MetricName, value: number | null): string {
  if (value === null) return "—";
  return METRICS[metric].unit === "ms" ? `${Math.round(value)} ms` : `${(value * 100).toFixed(1)}%`;
}

/** "≥ 15%" or "< 500 ms". */
export function formatTarget(metric: MetricName): string {
  const def = METRICS[metric];
  const sign = def.direction === "min" ? "≥" : "<";
  return `${sign} ${def.unit === "ms" ? `${def.target} ms` : `${def.target * 100}%`}`;
}
