"use client";

import { useActionState } from "react";
import { type AdminState, runMonitorAction, setVoiceAction } from "@/app/(app)/admin/actions";
import styles from "./admin.module.css";
import { FormMessage } from "./section";

/** The voice_commands kill switch as it stands: pull it in an emergency, or put voice back on. */
export function VoiceSwitch({ enabled, detail }: { enabled: boolean; detail: string | null }) {
  const [state, action, pending] = useActionState<AdminState, FormData>(setVoiceAction, {});
  return (
    <form action={action} className={styles.fields}>
      <div className={styles.switch}>
        <span className={styles.state} data-testid="voice-switch-state">
          Voice commands are {enabled ? "on" : "off"}
        </span>
        <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
        <button
          type="submit"
          className={enabled ? "button button-danger" : "button button-primary"}
          disabled={pending}
        >
          {enabled ? "Turn voice commands off for everyone" : "Turn voice commands back on"}
        </button>
      </div>
      {detail && <p className={styles.muted}>{detail}</p>}
      <label className={styles.field}>
        <span>Reason (optional)</span>
        <input name="reason" maxLength={300} placeholder={enabled ? "What is wrong" : "What was fixed"} />
      </label>
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
