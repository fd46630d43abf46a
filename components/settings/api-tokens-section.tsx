"use client";

import { useActionState, useState } from "react";
import {
  createTokenAction,
  revokeTokenAction,
  type SettingsState,
  type TokenState,
} from "@/app/(app)/settings/actions";
import { FormMessage, Section } from "./section";
import styles from "./settings.module.css";

export type TokenRow = { id: string; name: string; created: string; lastUsed: string | null };

type Props = { tokens: TokenRow[]; origin: string };

export function ApiTokensSection({ tokens, origin }: Props) {
  const [created, create, creating] = useActionState<TokenState, FormData>(createTokenAction, {});
  const [revoked, revoke, revoking] = useActionState<SettingsState, FormData>(revokeTokenAction, {});
  // The new token stays on screen until it is revoked or another one is made.
  const fresh = created.created && tokens.some((t) => t.id === created.created?.id) ? created.created : null;
  return (
    <Section
      id="tokens"
      title="API tokens"
      description="Personal tokens let scripts and shortcuts use your lists through the API. Treat them like passwords."
    >
      <form action={create} className={styles.inline}>
        <label className={styles.field}>
          <span>Token name</span>
          <input name="name" required maxLength={80} placeholder="e.g. Phone shortcut" />
        </label>
        <button type="submit" className="button button-primary" disabled={creating}>
          Create token
        </button>
      </form>
      <FormMessage state={created} />
      {fresh && <NewToken name={fresh.name} token={fresh.token} origin={origin} />}
      {tokens.length === 0 ? (
        <p className={styles.muted}>You have no API tokens.</p>
      ) : (
        <ul className={styles.rows} aria-label="Your API tokens">
          {tokens.map((t) => (
            <li key={t.id} className={styles.row}>
              <div>
                <span className={styles.rowTitle}>{t.name}</span>
                <span className={styles.muted}>
                  Created {t.created} · {t.lastUsed ? `last used ${t.lastUsed}` : "never used"}
                </span>
              </div>
              <form action={revoke}>
                <input type="hidden" name="id" value={t.id} />
                <button
                  type="submit"
                  className="button button-danger"
                  disabled={revoking}
                  aria-label={`Revoke "${t.name}"`}
                >
                  Revoke
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={revoked} />
    </Section>
  );
}

function NewToken({ name, token, origin }: { name: string; token: string; origin: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const curl = `curl -X POST ${origin}/api/voice \\
  -H "Authorization: Bearer ${token}" \\
  -H "Content-Type: application/json" \\
  -d '{"text": "add call the plumber tomorrow at 9", "lang": "en"}'`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("yes");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the field stays selectable.
      setCopied("failed");
    }
  }
  return (
    <div className={styles.newToken} data-testid="new-token">
      <p>
        <strong>Copy your new token “{name}” now.</strong> It is shown only once.
      </p>
      <div className={styles.inline}>
        <input
          aria-label="New API token"
          className={styles.tokenValue}
          value={token}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p role="status" className={styles.ok}>
        {copied === "yes"
          ? "Copied."
          : copied === "failed"
            ? "Could not copy: select the token and copy it."
            : ""}
      </p>
      <p className={styles.muted}>Try it:</p>
      <pre className={styles.code}>
        <code>{curl}</code>
      </pre>
    </div>
  );
}
