import type { InvitationRow } from "@/db/queries/invitations";
import type { LaunchReportRow } from "@/db/queries/launch-reports";
import { formatFigure, isMetricName, type MetricRating } from "@/lib/analytics/metrics";
import { type InvitationState, invitationState } from "@/lib/invitations/token";
import styles from "./admin.module.css";
import { Pill, type Tone } from "./section";

type Format = (d: Date) => string;
type MailRow = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: "queued" | "sent" | "failed";
  error: string | null;
  createdAt: Date;
};

const INVITATION_TONE: Record<InvitationState, Tone> = {
  pending: "warn",
  accepted: "good",
  expired: "neutral",
  revoked: "bad",
};

export function InvitationsTable({
  rows,
  format,
  now,
}: {
  rows: InvitationRow[];
  format: Format;
  now: Date;
}) {
  if (rows.length === 0) return <p className={styles.muted}>No invitations yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Invitations">
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">State</th>
            <th scope="col">Sent</th>
            <th scope="col">Expires / accepted</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const state = invitationState(r, now);
            return (
              <tr key={r.id}>
                <td className={styles.email}>{r.email}</td>
                <td>
                  <Pill tone={INVITATION_TONE[state]}>{state}</Pill>
                </td>
                <td>{format(r.createdAt)}</td>
                <td>{r.acceptedAt ? format(r.acceptedAt) : format(r.expiresAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const MAIL_TONE = { queued: "warn", sent: "good", failed: "bad" } as const;

export function OutboxList({ rows, format }: { rows: MailRow[]; format: Format }) {
  if (rows.length === 0) return <p className={styles.muted}>No mail yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Mail outbox">
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Message</th>
            <th scope="col">State</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <td className={styles.email}>{m.to}</td>
              <td>
                <details>
                  <summary>{m.subject}</summary>
                  <pre className={styles.mailText}>{m.text}</pre>
                </details>
              </td>
              <td>
                <Pill tone={MAIL_TONE[m.status]}>{m.status}</Pill>
                {m.error && <div className={styles.muted}>{m.error}</div>}
              </td>
              <td>{format(m.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const REPORT_TONE: Record<LaunchReportRow["status"], Tone> = { ok: "good", warning: "warn", critical: "bad" };

type StoredFigure = { value: number | null; rating: MetricRating };

/** The figures a report recorded that were not ok, e.g. "Error rate 5.0%". */
function problems(report: LaunchReportRow): string[] {
  const figures = (report.metrics as { figures?: Record<string, StoredFigure> }).figures ?? {};
  return Object.entries(figures).flatMap(([metric, f]) =>
    isMetricName(metric) && (f.rating === "warning" || f.rating === "critical")
      ? [`${metric.replace(/_/g, " ")} ${formatFigure(metric, f.value)} (${f.rating})`]
      : [],
  );
}

export function ReportsList({ rows, format }: { rows: LaunchReportRow[]; format: Format }) {
  if (rows.length === 0) return <p className={styles.muted}>The launch monitor has not run yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label="Launch reports">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Status</th>
            <th scope="col">Off target</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{format(r.createdAt)}</td>
              <td>
                <Pill tone={REPORT_TONE[r.status]}>{r.status}</Pill>
              </td>
              <td>
                <ul className={styles.list}>
                  {problems(r).map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className={styles.list}>
                  {r.actions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
