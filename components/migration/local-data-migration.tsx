"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { type CSSProperties, useCallback, useEffect, useRef, useState } from "react";
import { migrateLocalData, readLegacyData } from "./migrate-local-data";

// Shown on the very first load of any page when this browser still holds the
// earlier version's localStorage data: Safari may evict a site's storage after
// a week without a visit, so waiting for the user to open a particular page
// could lose it. Mounted once in the root layout, inside <Providers>.

/** After sign-up or sign-in the account pages send the user to `next`, where this runs the move by itself. */
const AFTER_AUTH = "/todos?migrate=1";
// `migrate=1` rides both inside `next` (survives the redirect) and on the auth page's own URL.
const authHref = (page: "/signup" | "/signin") => `${page}?next=${encodeURIComponent(AFTER_AUTH)}&migrate=1`;

const AUTH_PAGES = new Set(["/signup", "/signin"]);

type State =
  | { kind: "hidden" }
  | { kind: "offer"; todoCount: number }
  | { kind: "working" }
  | { kind: "done"; migrated: number }
  | { kind: "failed"; message: string };

const card: CSSProperties = {
  position: "fixed",
  right: "1rem",
  bottom: "1rem",
  zIndex: 50,
  maxWidth: "min(28rem, calc(100vw - 2rem))",
  padding: "1rem 1.1rem",
  background: "var(--bg-raised)",
  color: "var(--text)",
  border: "1px solid var(--border)",
  borderRadius: "var(--radius)",
  boxShadow: "var(--shadow)",
};
const actions: CSSProperties = { display: "flex", flexWrap: "wrap", gap: "0.5rem", marginTop: "0.75rem" };
const plural = (n: number) => `${n} ${n === 1 ? "todo" : "todos"}`;

export function LocalDataMigration() {
  const [state, setState] = useState<State>({ kind: "hidden" });
  const running = useRef(false);
  /** "Not now" holds until the next full page load. */
  const dismissed = useRef(false);
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();

  const run = useCallback(async () => {
    // One move at a time (a double click, React's dev double effects); the server is idempotent anyway.
    if (running.current) return;
    running.current = true;
    setState({ kind: "working" });
    const outcome = await migrateLocalData();
    running.current = false;
    if (!outcome.ok) {
      setState({ kind: "failed", message: outcome.message });
      return;
    }
    setState({ kind: "done", migrated: outcome.migrated });
    await queryClient.invalidateQueries();
    router.refresh();
  }, [queryClient, router]);

  // Runs on the first load and again on every client-side navigation: the
  // return from sign-up or sign-in to /todos?migrate=1 does not reload the layout.
  useEffect(() => {
    if (running.current || !pathname) return;
    if (AUTH_PAGES.has(pathname)) {
      // The choice is made; keep the card off the form.
      setState((s) => (s.kind === "offer" ? { kind: "hidden" } : s));
      return;
    }
    const stored = readLegacyData(window.localStorage);
    if (!stored) return;
    const url = new URL(window.location.href);
    if (url.searchParams.get("migrate") === "1") {
      // Back from sign-up or sign-in: move at once, and keep a reload from asking again.
      url.searchParams.delete("migrate");
      window.history.replaceState(window.history.state, "", url);
      void run();
    } else if (!dismissed.current) {
      setState((s) => (s.kind === "hidden" ? { kind: "offer", todoCount: stored.todoCount } : s));
    }
  }, [pathname, run]);

  const hide = () => {
    dismissed.current = true;
    setState({ kind: "hidden" });
  };

  switch (state.kind) {
    case "hidden":
      return null;
    case "offer":
      return (
        <section
          style={card}
          role="dialog"
          aria-labelledby="local-data-title"
          aria-describedby="local-data-text"
        >
          <h2 id="local-data-title" style={{ margin: 0, fontSize: "1.1rem" }}>
            Your todos from the earlier Voice Todo
          </h2>
          <p id="local-data-text" style={{ margin: "0.5rem 0 0" }}>
            This browser still holds {plural(state.todoCount)} from the earlier version. Browsers may delete
            them after a week without a visit: move them into an account to keep them.
          </p>
          <div style={actions}>
            <Link className="button button-primary" href={authHref("/signup")}>
              Create an account
            </Link>
            <Link className="button" href={authHref("/signin")}>
              Sign in
            </Link>
            <button type="button" className="button" onClick={() => void run()}>
              Continue as a guest
            </button>
            <button type="button" className="button" onClick={hide}>
              Not now
            </button>
          </div>
        </section>
      );
    case "working":
      return (
        <div style={card} role="status" data-testid="local-data-migration">
          Moving your todos…
        </div>
      );
    case "done":
      return (
        <div style={card} role="status" data-testid="local-data-migration">
          Moved {plural(state.migrated)} from this browser into your account.
          <div style={actions}>
            {pathname !== "/todos" && (
              <Link className="button button-primary" href="/todos" onClick={hide}>
                Open my lists
              </Link>
            )}
            <button type="button" className="button" onClick={hide}>
              Close
            </button>
          </div>
        </div>
      );
    case "failed":
      return (
        <div style={card} role="alert" data-testid="local-data-migration">
          <strong>Your todos were not moved.</strong> {state.message}
          <div style={actions}>
            <button type="button" className="button button-primary" onClick={() => void run()}>
              Retry
            </button>
            <button type="button" className="button" onClick={hide}>
              Not now
            </button>
          </div>
        </div>
      );
  }
}
