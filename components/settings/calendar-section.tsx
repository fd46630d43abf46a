"use client";

import { useState } from "react";
import { Section } from "./section";
import styles from "./settings.module.css";

// The secret calendar feed: subscribe to it in any calendar app. The URL is
// shown once when it is made (only its hash is stored); making a new one
// turns the old one off, as does turning the feed off.

type Props = { enabled: boolean; lists: { id: string; name: string }[] };

export function CalendarSection({ enabled: initiallyEnabled, lists }: Props) {
  const [enabled, setEnabled] = useState(initiallyEnabled);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function call(method: "POST" | "DELETE") {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/calendar/secret", { method });
      if (!response.ok) throw new Error("The calendar feed could not be changed. Please try again.");
      if (method === "POST") {
        const body = (await response.json()) as { url: string };
        setUrl(body.url);
        setEnabled(true);
      } else {
        setUrl(null);
        setEnabled(false);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section
      id="calendar"
      title="Calendar feed"
      description="Your todos with a due date in Google Calendar, Apple Calendar or Outlook: subscribe to this private address. Anyone who has it can read them."
    >
      <div className={styles.inline}>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => call("POST")}>
          {enabled ? "Make a new address" : "Create calendar address"}
        </button>
        {enabled && (
          <button type="button" className="button" disabled={busy} onClick={() => call("DELETE")}>
            Turn off
          </button>
        )}
      </div>
      {enabled && !url && (
        <p className={styles.muted}>
          The feed is on. Its address was shown when it was made; a new one replaces it (the old one stops
          working).
        </p>
      )}
      {url && (
        <div>
          <p>Copy it now, it is shown once:</p>
          <output aria-label="Calendar address">{url}</output>
          {lists.length > 0 && (
            <details>
              <summary>One list only</summary>
              <ul>
                {lists.map((l) => (
                  <li key={l.id}>
                    {l.name}: <code>{`${url}?list=${l.id}`}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </Section>
  );
}
