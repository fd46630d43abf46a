import styles from "./analytics.module.css";

type Point = { day: string; value: number | null };

const W = 300;
const H = 90;
const PAD = { left: 4, right: 4, top: 8, bottom: 16 };

/**
 * A small line chart of one metric per day, with its target as a dashed
 * line. Plain SVG: days without a measurement leave a gap in the line.
 */
export function MetricChart({
  label,
  points,
  target,
  format,
}: {
  label: string;
  points: Point[];
  target: number;
  format: (v: number) => string;
}) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const max = Math.max(target * 1.25, ...values) || 1;
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, points.length - 1);
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  // One path segment per run of measured days.
  let d = "";
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
    pen = true;
  });
  const measured = points.filter((p) => p.value !== null);
  const last = measured.at(-1);
  const summary = last
    ? `${label}: ${measured.length} days measured, latest ${format(last.value ?? 0)} on ${last.day}; target ${format(target)}`
    : `${label}: no days measured yet; target ${format(target)}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-label={summary}>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(target)} y2={y(target)} className={styles.chartTarget} />
      {d && <path d={d} className={styles.chartLine} />}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle key={p.day} cx={x(i)} cy={y(p.value)} r={2} className={styles.chartDot} />
        ),
      )}
      {points.length > 0 && (
        <>
          <text x={PAD.left} y={H - 3} className={styles.chartAxis}>
            {points[0]?.day.slice(5)}
          </text>
          <text x={W - PAD.right} y={H - 3} textAnchor="end" className={styles.chartAxis}>
            {points.at(-1)?.day.slice(5)}
          </text>
        </>
      )}
    </svg>
  );
}
