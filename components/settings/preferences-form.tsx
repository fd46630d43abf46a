"use client";

import { useActionState, useEffect } from "react";
import { type SettingsState, updatePreferencesAction } from "@/app/(app)/settings/actions";
import type { PreferencesDto } from "@/lib/preferences/schemas";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";
import { themeAttribute } from "./theme";
import { formatTime } from "./time-format";

const LANGUAGES = [
  ["en-US", "English (United States)"],
  ["en-GB", "English (United Kingdom)"],
  ["es-ES", "Español (España)"],
  ["es-MX", "Español (México)"],
  ["de-DE", "Deutsch (Deutschland)"],
] as const;

// ISO numbering, as stored: 1 = Monday ... 7 = Sunday.
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

type Props = { prefs: PreferencesDto; timeZones: string[] };

export function PreferencesForm({ prefs, timeZones }: Props) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(updatePreferencesAction, {});
  // Until every page sets data-theme from the server (root layout), apply the saved theme here at once.
  useEffect(() => {
    const theme = themeAttribute(prefs.theme);
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [prefs.theme]);

  return (
    <Section id="preferences" title="Preferences">
      <form action={action} className={styles.fields}>
        <label className={styles.field}>
          <span>Language for speech and commands</span>
          <select name="speechLanguage" defaultValue={prefs.speechLanguage}>
            {LANGUAGES.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.check}>
          <input type="checkbox" name="spokenAnswers" defaultChecked={prefs.spokenAnswers} />
          <span>Speak answers aloud</span>
        </label>
        <fieldset className={styles.choices}>
          <legend>Theme</legend>
          {(
            [
              ["system", "Same as device"],
              ["light", "Light"],
              ["dark", "Dark"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={styles.check}>
              <input type="radio" name="theme" value={value} defaultChecked={prefs.theme === value} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
        <label className={styles.field}>
          <span>Time zone</span>
          <select name="timeZone" defaultValue={prefs.timeZone} aria-describedby="time-zone-hint">
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
          <small id="time-zone-hint" className={styles.hint}>
            Decides when “today” starts and which todos are overdue.
          </small>
        </label>
        <label className={styles.field}>
          <span>Week starts on</span>
          <select name="weekStart" defaultValue={String(prefs.weekStart)}>
            {WEEKDAYS.map((day, index) => (
              <option key={day} value={index + 1}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <fieldset className={styles.choices}>
          <legend>Time format</legend>
          <label className={styles.check}>
            <input type="radio" name="hour12" value="24" defaultChecked={!prefs.hour12} />
            <span>24-hour ({formatTime("14:30", false)})</span>
          </label>
          <label className={styles.check}>
            <input type="radio" name="hour12" value="12" defaultChecked={prefs.hour12} />
            <span>12-hour ({formatTime("14:30", true)})</span>
          </label>
        </fieldset>
        <fieldset className={styles.choices}>
          <legend>A repeating todo, when completed, comes back</legend>
          <label className={styles.check}>
            <input
              type="radio"
              name="recurrenceBasis"
              value="due"
              defaultChecked={prefs.recurrenceBasis === "due"}
            />
            <span>counted from its due date</span>
          </label>
          <label className={styles.check}>
            <input
              type="radio"
              name="recurrenceBasis"
              value="completion"
              defaultChecked={prefs.recurrenceBasis === "completion"}
            />
            <span>counted from when I complete it</span>
          </label>
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={pending}>
            Save preferences
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </Section>
  );
}
