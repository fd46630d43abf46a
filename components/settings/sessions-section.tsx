"use client";

import { useActionState } from "react";
import { type SettingsState, signOutEverywhereElseAction } from "@/app/(app)/settings/actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

type Props = {
  idleDays: number;
  absoluteDays: number;
  /** Pre-formatted on the server, in the account's time zone. */
  signedInAt: string | null;
  endsBy: string | null;
};

export function SessionsSection({ idleDays, absoluteDays, signedInAt, endsBy }: Props) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(signOutEverywhereElseAction, {});
  return (
    <Section id="sessions" title="Sessions">
      <p className={styles.description}>
        A session ends after {idleDays} days without use, and at the latest {absoluteDays} days after signing
        in, however often it is used.
      </p>
      {signedInAt && endsBy && (
        <p className={styles.muted}>
          You signed in on this device on {signedInAt}; this session ends by {endsBy}.
        </p>
      )}
      <form action={action} className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          Sign out everywhere else
        </button>
      </form>
      <FormMessage state={state} />
    </Section>
  );
}
