import type { Metadata } from "next";
import Link from "next/link";
import { alt as imageAlt, size as imageSize } from "@/app/opengraph-image";
import { CalendarIcon, DevicesIcon, KeyboardIcon, LanguagesIcon } from "@/components/marketing/icons";
import styles from "@/components/marketing/landing.module.css";
import { VoiceDemo } from "@/components/marketing/voice-demo";

const title = "Voice Todo — talk to your todo list";
const description =
  "Add, finish and find todos by speaking in English, Spanish or German. Dates, priorities and lists from one sentence, on desktop or phone. No sign-up to start.";

// Setting openGraph here replaces the one inherited from app/opengraph-image.tsx, image
// included, so the image is named again.
const image = { url: "/opengraph-image", ...imageSize, alt: imageAlt };

export const metadata: Metadata = {
  title,
  description,
  openGraph: { title, description, type: "website", siteName: "Voice Todo", images: [image] },
  twitter: { card: "summary_large_image", title, description, images: [image] },
};

const EXAMPLES = [
  { lang: "en", said: "mark the milk one as done", note: "Finds “Buy milk” without the exact title." },
  { lang: "en", said: "add take out the bins every Monday", note: "A todo that comes back every week." },
  { lang: "en", said: "what’s due today", note: "Shows what is due, and reads it out." },
  {
    lang: "es",
    said: "recuérdame llamar a mamá cada domingo",
    note: "“Remind me to call mum every Sunday.”",
  },
  {
    lang: "de",
    said: "füge Reifen wechseln am Freitag zur Liste Auto hinzu",
    note: "“Add change the tyres on Friday to the Car list.”",
  },
  { lang: "en", said: "undo", note: "Takes back the last change." },
] as const;

const FEATURES = [
  {
    Icon: LanguagesIcon,
    title: "English, Spanish or German",
    text: "Speak the way you would to a friend, in any of three languages. Switch between them whenever you like.",
  },
  {
    Icon: CalendarIcon,
    title: "One sentence, every detail",
    text: "“Tomorrow at 9”, “every Monday”, “high priority”, “to the Groceries list”: each part shows up as a chip before it is saved, and repeating todos come back on their own.",
  },
  {
    Icon: KeyboardIcon,
    title: "Typing works too",
    text: "On a train or in a meeting? Type the same sentence into the command box. Every change can be undone, with a tap or by saying “undo”.",
  },
  {
    Icon: DevicesIcon,
    title: "Works on every device",
    text: "Made for your desk and your pocket, with a dark mode that follows your system. Start as a guest, with no account and no email.",
  },
] as const;

// Static apart from the demo, which is a small client component.
export default function LandingPage() {
  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-title">
        <div className={styles.heroText}>
          <p className={styles.kicker}>A todo list you talk to</p>
          <h1 id="hero-title" className={styles.title}>
            Say it. <span className={styles.titleAccent}>It’s on your list.</span>
          </h1>
          <p className={styles.lead}>
            Voice Todo turns one spoken sentence into a todo with the date, time, priority and list already
            filled in. Ask what’s due, tick things off, undo a slip, in English, Spanish or German.
          </p>
          <div className={styles.actions}>
            <Link className="button button-primary button-large" href="/todos">
              Start talking — no sign-up
            </Link>
            <Link className="button button-large" href="/signin">
              Sign in
            </Link>
          </div>
          <p className={styles.note}>No account needed to start: your lists are kept for this browser.</p>
        </div>
        <div className={styles.heroDemo}>
          <VoiceDemo />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="examples-title">
        <h2 id="examples-title" className={styles.sectionTitle}>
          Say it the way you would say it to a person
        </h2>
        <ul className={styles.examples}>
          {EXAMPLES.map((example) => (
            <li key={example.said} className={styles.example}>
              <span className={styles.exampleLang} aria-hidden="true">
                {example.lang.toUpperCase()}
              </span>
              <q lang={example.lang}>{example.said}</q>
              <span className={styles.exampleNote}>{example.note}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="features-title">
        <h2 id="features-title" className={styles.sectionTitle}>
          Less tapping, more done
        </h2>
        <ul className={styles.features}>
          {FEATURES.map(({ Icon, title: heading, text }) => (
            <li key={heading} className={styles.feature}>
              <span className={styles.featureIcon}>
                <Icon />
              </span>
              <h3>{heading}</h3>
              <p>{text}</p>
            </li>
          ))}
        </ul>
        <p className={styles.soon}>
          <span className={styles.soonTag}>Coming soon</span> Shared lists for the people you live and work
          with.
        </p>
      </section>

      <section className={styles.finale} aria-labelledby="finale-title">
        <h2 id="finale-title">Your next todo is one sentence away</h2>
        <p>Open the app, tap the mic and say what needs doing.</p>
        <div className={styles.actions}>
          <Link className="button button-primary button-large" href="/todos">
            Start talking — no sign-up
          </Link>
          <Link className="button button-large" href="/signin">
            Sign in
          </Link>
        </div>
      </section>
    </>
  );
}
