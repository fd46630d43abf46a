import Link from "next/link";

// The public front door. Signed-in visitors and guests alike open the app from here.
export default function LandingPage() {
  return (
    <main className="landing">
      <section className="landing-hero">
        <p className="landing-kicker">Voice Todo</p>
        <h1>Say it. It&apos;s on your list.</h1>
        <p className="landing-lead">
          &ldquo;Add call the plumber tomorrow at 9, high priority.&rdquo; Your todo list, run by talking to
          it, in English, Spanish or German.
        </p>
        <Link className="button button-primary button-large" href="/todos">
          Open my lists
        </Link>
        <p className="landing-note">No sign-up needed to start: your lists are kept for this browser.</p>
      </section>
    </main>
  );
}
