"use client";

import { useActionState } from "react";
import { type BetaState, setBetaAction } from "@/app/(app)/settings/beta-actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

type Props = {
  inBeta: boolean;
  /** The beta's features with whether each is on for this account now (evaluated on the server). */
  features: { flag: string; label: string; enabled: boolean }[];
};

export function BetaSection({ inBeta, features }: Props) {
  const [state, action, pending] = useActionState<BetaState, FormData>(setBetaAction, {});
  return (
    <Section
      id="beta"
      title="Beta features"
      description="Try features before everyone else. They may change or break; you can leave at any time."
    >
      <ul aria-label="Beta features" className={styles.muted}>
        {features.map((f) => (
          <li key={f.flag} data-testid={`beta-feature-${f.flag}`} data-enabled={f.enabled}>
            {f.label}: {f.enabled ? "on for you" : "off"}
          </li>
        ))}
      </ul>
      <form action={action} className={styles.actions}>
        <input type="hidden" name="choice" value={inBeta ? "leave" : "join"} />
        <button type="submit" className="button" disabled={pending}>
          {inBeta ? "Leave the beta" : "Join the beta"}
        </button>
      </form>
      <FormMessage state={state} />
    </Section>
  );
}
