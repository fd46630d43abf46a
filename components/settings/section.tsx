import type { ReactNode } from "react";
import styles from "./settings.module.css";

/** One titled block of the settings page; the heading names the region for screen readers. */
export function Section({
  id,
  title,
  description,
  tone,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  tone?: "danger";
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={tone === "danger" ? `${styles.section} ${styles.danger}` : styles.section}
    >
      <h2 id={`${id}-title`} className={styles.sectionTitle}>
        {title}
      </h2>
      {description && <p className={styles.description}>{description}</p>}
      {children}
    </section>
  );
}

/**
 * The outcome of a form. The status region is always there, so that screen
 * readers announce a success when its text appears; an error is an alert.
 */
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
