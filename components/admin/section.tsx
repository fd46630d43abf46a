import type { ReactNode } from "react";
import styles from "./admin.module.css";

/** One titled block of the admin page; the heading names the region. */
export function AdminSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.section}>
      <h2 id={`${id}-title`} className={styles.sectionTitle}>
        {title}
      </h2>
      {description && <p className={styles.muted}>{description}</p>}
      {children}
    </section>
  );
}

export type Tone = "good" | "warn" | "bad" | "neutral";

export function Pill({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={styles.pill} data-tone={tone}>
      {children}
    </span>
  );
}

/** An action's outcome: a status region that is always there (announced when filled), an error as an alert. */
export function FormMessage({ state }: { state: { ok?: string; error?: string } }) {
  return (
    <>
      <p role="status" className={styles.ok}>
        {state.ok}
      </p>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
    </>
  );
}
