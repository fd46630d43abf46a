"use client";

import { useActionState } from "react";
import { deleteAccountAction, type SettingsState } from "@/app/(app)/settings/actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

/** `confirmation` is what must be typed: the account's email (or a phrase when it has none). */
export function DeleteAccountForm({ confirmation }: { confirmation: string }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(deleteAccountAction, {});
  return (
    <Section
      id="delete"
      title="Delete account"
      tone="danger"
      description="Deletes your account with all your lists, todos, API tokens, preferences and voice history. This cannot be undone."
    >
      <form action={action} className={styles.fields}>
        <label className={styles.field}>
          <span>
            Type <strong className={styles.confirmText}>{confirmation}</strong> to confirm
          </span>
          <input name="confirmation" required autoComplete="off" spellCheck={false} maxLength={320} />
        </label>
        <div className={styles.actions}>
          <button type="submit" className="button button-danger" disabled={pending}>
            Delete my account
          </button>
        </div>
        <FormMessage state={state} />
      </form>
    </Section>
  );
}
