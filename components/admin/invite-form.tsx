"use client";

import { useActionState } from "react";
import { type InviteState, inviteAction } from "@/app/(app)/admin/actions";
import type { InviteStatus } from "@/lib/invitations/send";
import styles from "./admin.module.css";
import { FormMessage, Pill, type Tone } from "./section";

const TONE: Record<InviteStatus, Tone> = {
  sent: "good",
  queued: "good",
  failed: "bad",
  rate_limited: "warn",
  invalid: "bad",
  already_member: "neutral",
  duplicate: "neutral",
};
const LABEL: Record<InviteStatus, string> = {
  sent: "sent",
  queued: "in the outbox",
  failed: "failed",
  rate_limited: "rate limited",
  invalid: "invalid",
  already_member: "already in the beta",
  duplicate: "duplicate",
};

export function InviteForm({ maxAddresses }: { maxAddresses: number }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(inviteAction, {});
  return (
    <form action={action} className={styles.fields}>
      <label className={styles.field}>
        <span>Email addresses</span>
        <textarea
          name="emails"
          rows={3}
          required
          placeholder="ann@example.com, bob@example.com"
          aria-describedby="invite-hint"
        />
        <small id="invite-hint" className={styles.muted}>
          One or many (up to {maxAddresses}), separated by commas, spaces or new lines.
        </small>
      </label>
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={pending}>
          Send invitations
        </button>
      </div>
      <FormMessage state={state} />
      {state.outcomes && state.outcomes.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label="Invitation results">
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Result</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {state.outcomes.map((o, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered, and an address may repeat
                <tr key={i}>
                  <td className={styles.email}>{o.email}</td>
                  <td>
                    <Pill tone={TONE[o.status]}>{LABEL[o.status]}</Pill>
                  </td>
                  <td>{o.detail ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
