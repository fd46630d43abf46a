"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { AuthFormState } from "@/app/(auth)/actions";

type Props = {
  mode: "signin" | "signup";
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  next: string;
  oauth: { id: string; name: string }[];
  oauthAction: (form: FormData) => Promise<void>;
  /** A beta invitation link: usable ones are carried by the form and joined at sign-up. */
  invitation?: { token: string; usable: boolean };
};

export function AuthForm({ mode, action, next, oauth, oauthAction, invitation }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const signup = mode === "signup";
  const other = signup ? "/signin" : "/signup";
  return (
    <div className="auth-card">
      <h1>{signup ? "Create your account" : "Welcome back"}</h1>
      <p className="auth-lead">
        {signup
          ? "Keep your lists on every device. Anything you added as a guest comes along."
          : "Sign in to your lists. Anything you added as a guest on this device comes along."}
      </p>
      {signup && invitation && (
        <p className="auth-hint" role="status">
          {invitation.usable
            ? "You're invited to the beta: creating your account joins it."
            : "This invitation link has expired or was already used. You can still create an account."}
        </p>
      )}
      <form action={formAction} className="auth-fields" noValidate={false}>
        <input type="hidden" name="next" value={next} />
        {signup && invitation?.usable && <input type="hidden" name="invite" value={invitation.token} />}
        {signup && (
          <label>
            <span>Name</span>
            <input
              name="name"
              autoComplete="name"
              required
              maxLength={100}
              defaultValue={state.fields?.name}
            />
          </label>
        )}
        <label>
          <span>Email</span>
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={320}
            defaultValue={state.fields?.email}
          />
        </label>
        <label>
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete={signup ? "new-password" : "current-password"}
            required
            minLength={signup ? 10 : 1}
            maxLength={200}
            aria-describedby={signup ? "password-hint" : undefined}
          />
          {signup && (
            <small id="password-hint" className="auth-hint">
              At least 10 characters; common passwords are refused.
            </small>
          )}
        </label>
        {state.error && (
          <p role="alert" className="form-error">
            {state.error}
          </p>
        )}
        <button type="submit" className="button button-primary button-large" disabled={pending}>
          {signup ? "Create account" : "Sign in"}
        </button>
      </form>
      {oauth.length > 0 && (
        <div className="auth-oauth">
          <p>or</p>
          {oauth.map((p) => (
            <form key={p.id} action={oauthAction}>
              <input type="hidden" name="provider" value={p.id} />
              <input type="hidden" name="next" value={next} />
              <button type="submit" className="button">
                Continue with {p.name}
              </button>
            </form>
          ))}
        </div>
      )}
      <p className="auth-switch">
        {signup ? "Already have an account? " : "New here? "}
        <Link href={`${other}?next=${encodeURIComponent(next)}`}>
          {signup ? "Sign in" : "Create an account"}
        </Link>
        {" · "}
        <Link href="/todos">Continue as a guest</Link>
      </p>
    </div>
  );
}
