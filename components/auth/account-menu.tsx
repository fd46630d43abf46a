"use client";

import Link from "next/link";
import { useFlag } from "../flags/flags-provider";
import { SignOutButton } from "./sign-out-button";

/** Top-right of the app: a guest is invited to keep their lists; an account can reach settings or leave. */
export function AccountMenu({ account }: { account: { name: string; isAdmin?: boolean } | null }) {
  const analytics = useFlag("analytics_dashboard");
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
      {analytics && (
        <Link href="/analytics" className="button">
          Analytics
        </Link>
      )}
      {account.isAdmin && (
        <Link href="/admin" className="button">
          Admin
        </Link>
      )}
      <Link href="/settings" className="button">
        Settings
      </Link>
      <SignOutButton />
    </nav>
  );
}
