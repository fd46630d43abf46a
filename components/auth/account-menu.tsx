import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

/** Top-right of the app: a guest is invited to keep their lists; an account can reach settings or leave. */
export function AccountMenu({ account }: { account: { name: string } | null }) {
  if (!account) {
    return (
      <nav className="account-menu" aria-label="Account">
        <span className="account-guest">Guest</span>
        <Link href="/signin?next=/todos" className="button">
          Sign in
        </Link>
        <Link href="/signup?next=/todos" className="button button-primary">
          Create account
        </Link>
      </nav>
    );
  }
  return (
    <nav className="account-menu" aria-label="Account">
      <span className="account-name">{account.name}</span>
      <Link href="/settings" className="button">
        Settings
      </Link>
      <SignOutButton />
    </nav>
  );
}
