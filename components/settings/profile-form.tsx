"use client";

import { useActionState, useState } from "react";
import { type SettingsState, updateProfileAction } from "@/app/(app)/settings/actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

export function ProfileForm({
  name,
  email,
  hasPassword,
}: {
  name: string;
  email: string;
  hasPassword: boolean;
}) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(updateProfileAction, {});
  const shownEmail = state.fields?.email ?? email;
  // The current password is asked for only when the email changes. A draft
  // belongs to the result it was typed after: a new result (the form resets) drops it.
  const [draft, setDraft] = useState<{ after: SettingsState; value: string } | null>(null);
  const typed = draft?.after === state ? draft.value : shownEmail;
  const emailChanged = typed.trim().toLowerCase() !== email.toLowerCase();

  return (
    <Section id="profile" title="Profile">
      <form action={action} className={styles.fields}>
        <label className={styles.field}>
          <span>Name</span>
          <input
            name="name"
            autoComplete="name"
            required
            maxLength={100}
            defaultValue={state.fields?.name ?? name}
          />
        </label>
        <label className={styles.field}>
          <span>Email</span>
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={320}
            defaultValue={shownEmail}
            readOnly={!hasPassword}
            aria-describedby={hasPassword ? undefined : "email-hint"}
            onChange={(e) => setDraft({ after: state, value: e.target.value })}
          />
          {!hasPassword && (
            <small id="email-hint" className={styles.hint}>
              Set a password below before changing the email of this account.
            </small>
          )}
        </label>
        {hasPassword && emailChanged && (
          <label className={styles.field}>
            <span>Current password</span>
            <input
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
              aria-describedby="profile-password-hint"
            />
            <small id="profile-password-hint" className={styles.hint}>
              Needed to change your email.
            </small>
          </label>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={pending}>
            Save profile
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </Section>
  );
}
