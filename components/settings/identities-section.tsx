import { linkIdentityAction } from "@/app/(app)/settings/actions";
import { Section } from "./section";
import styles from "./settings.module.css";

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };
const providerName = (id: string) => PROVIDER_NAMES[id] ?? id;

type Props = {
  identities: { provider: string; providerAccountId: string }[];
  /** Only providers switched on by their environment variables: no buttons that cannot work. */
  providers: { id: string; name: string }[];
};

export function IdentitiesSection({ identities, providers }: Props) {
  const linked = new Set(identities.map((i) => i.provider));
  const linkable = providers.filter((p) => !linked.has(p.id));
  return (
    <Section id="identities" title="Linked identities" description="Other ways to sign in to this account.">
      {identities.length === 0 ? (
        <p className={styles.muted}>No identities are linked: you sign in with your email and password.</p>
      ) : (
        <ul className={styles.rows} aria-label="Linked identities">
          {identities.map((i) => (
            <li key={`${i.provider}:${i.providerAccountId}`} className={styles.row}>
              <span className={styles.rowTitle}>{providerName(i.provider)}</span>
              <span className={styles.muted}>linked</span>
            </li>
          ))}
        </ul>
      )}
      {providers.length === 0 ? (
        <p className={styles.muted}>No sign-in providers (GitHub, Google) are configured on this server.</p>
      ) : (
        linkable.length > 0 && (
          <div className={styles.actions}>
            {linkable.map((p) => (
              <form key={p.id} action={linkIdentityAction}>
                <input type="hidden" name="provider" value={p.id} />
                <button type="submit" className="button">
                  Link {p.name}
                </button>
              </form>
            ))}
          </div>
        )
      )}
    </Section>
  );
}
