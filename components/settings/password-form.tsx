"use client";

import { useActionState } from "react";
import { changePasswordAction, type SettingsState } from "@/app/(app)/settings/actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(changePasswordAction, {});
  return (
    <Section
      id="password"
      title="Password"
      description="Changing it signs you out on every other device; this one stays signed in."
    >
      <form action={action} className={styles.fields}>
        {hasPassword && (
          <label className={styles.field}>
            <span>Current password</span>
            <input
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
              maxLength={200}
            />
          </label>
        )}
        <label className={styles.field}>
          <span>New password</span>
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            aria-describedby="new-password-hint"
          />
          <small id="new-password-hint" className={styles.hint}>
            At least 10 characters; common passwords are refused.
          </small>
        </label>
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={pending}>
            {hasPassword ? "Change password" : "Set password"}
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </Section>
  );
}
