import type { TodoStats, VoiceBreakdown, VoiceStats } from "@/db/queries/analytics-user";
import styles from "./analytics.module.css";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const hours = (v: number | null) =>
  v === null ? "—" : v < 1 ? `${Math.round(v * 60)} min` : `${v.toFixed(1)} h`;

function Breakdown({ title, rows }: { title: string; rows: VoiceBreakdown[] }) {
  const most = Math.max(1, ...rows.map((r) => r.commands));
  return (
    <div>
      <h3 className={styles.subTitle}>{title}</h3>
      {rows.length === 0 ? (
        <p className={styles.muted}>No commands yet.</p>
      ) : (
        <ul className={styles.bars}>
          {rows.map((r) => (
            <li key={r.key} className={styles.bar}>
              <span className={styles.barKey} title={r.key}>
                {r.key}
              </span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.barFill} style={{ width: `${(r.commands / most) * 100}%` }} />
              </span>
              <span className={styles.barValue}>
                {r.commands} · {pct(r.successRate)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The signed-in (or guest) user's own figures. */
export function UserStats({ todos, voice }: { todos: TodoStats; voice: VoiceStats }) {
  return (
    <>
      <section aria-labelledby="todo-stats-title" className={styles.section}>
        <h2 id="todo-stats-title" className={styles.sectionTitle}>
          Your todos
        </h2>
        <p className={styles.muted}>Todos you created, not counting deleted ones.</p>
        <dl className={styles.stats}>
          <Stat label="Total" value={String(todos.total)} />
          <Stat label="Completed" value={String(todos.completed)} />
          <Stat label="Pending" value={String(todos.pending)} />
          <Stat label="Average time to complete" value={hours(todos.avgHoursToComplete)} />
        </dl>
      </section>
      <section aria-labelledby="voice-stats-title" className={styles.section}>
        <h2 id="voice-stats-title" className={styles.sectionTitle}>
          Your voice commands
        </h2>
        <p className={styles.muted}>Spoken and typed commands, with how often they worked.</p>
        <dl className={styles.stats}>
          <Stat label="Commands" value={String(voice.commands)} />
          <Stat label="Success rate" value={pct(voice.successRate)} />
          <Stat label="Average confidence" value={pct(voice.avgConfidence)} />
          <Stat
            label="Average processing"
            value={voice.avgProcessingMs === null ? "—" : `${Math.round(voice.avgProcessingMs)} ms`}
          />
        </dl>
        <div className={styles.columns}>
          <Breakdown title="By language" rows={voice.byLanguage} />
          <Breakdown title="By intent" rows={voice.byIntent} />
        </div>
      </section>
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
