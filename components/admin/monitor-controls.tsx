"use client";

import { useActionState } from "react";
import { type AdminState, enableVoiceAction, runMonitorAction } from "@/app/(app)/admin/actions";
import styles from "./admin.module.css";
import { FormMessage } from "./section";

/** The voice_commands kill switch as it stands, and the way back on after the monitor pulled it. */
export function VoiceSwitch({ enabled, detail }: { enabled: boolean; detail: string | null }) {
  const [state, action, pending] = useActionState<AdminState, FormData>(enableVoiceAction, {});
  return (
    <form action={action} className={styles.fields}>
      <div className={styles.switch}>
        <span className={styles.state} data-testid="voice-switch-state">
          Voice commands are {enabled ? "on" : "off"}
        </span>
        {!enabled && (
          <button type="submit" className="button button-primary" disabled={pending}>
            Turn voice commands back on
          </button>
        )}
      </div>
      {detail && <p className={styles.muted}>{detail}</p>}
      {!enabled && (
        <label className={styles.field}>
          <span>Reason (optional)</span>
          <input name="reason" maxLength={300} placeholder="What was fixed" />
        </label>
      )}
      <FormMessage state={state} />
    </form>
  );
}

export function RunMonitorButton() {
  const [state, action, pending] = useActionState<AdminState>(runMonitorAction, {});
  return (
    <form action={action} className={styles.actions}>
      <button type="submit" className="button" disabled={pending}>
        Run the launch monitor now
      </button>
      <FormMessage state={state} />
    </form>
  );
}
