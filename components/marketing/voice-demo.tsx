"use client";

import { type CSSProperties, useCallback, useEffect, useState } from "react";
import { DEMO_SCENES, type DemoRow, type DemoScene, HOLD_MS, sceneTimeline } from "./demo-scenes";
import { CheckIcon, MicIcon, PauseIcon, PlayIcon } from "./icons";
import styles from "./voice-demo.module.css";

// The animation itself is CSS, so the first command plays from the first paint
// (and without JavaScript). This component only moves on to the next command,
// pauses, and settles on the final frame for people who prefer reduced motion.

const ms = (n: number) => `${n}ms`;
const cssVars = (vars: Record<`--${string}`, string | number>) => vars as CSSProperties;

/** Without animation, each command stays up long enough to read. */
const STILL_HOLD_MS = 5000;

export function VoiceDemo() {
  const [index, setIndex] = useState(0);
  // Bumped on every start so re-choosing the same command replays it.
  const [run, setRun] = useState(0);
  const [done, setDone] = useState(false);
  const [paused, setPaused] = useState(false);
  const [still, setStill] = useState(false);

  useEffect(() => {
    const query = window.matchMedia("(prefers-reduced-motion: reduce)");
    const update = () => {
      setStill(query.matches);
      if (query.matches) {
        setDone(true);
        setPaused(true);
      }
    };
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);

  const show = useCallback(
    (next: number) => {
      setIndex(next);
      setRun((r) => r + 1);
      setDone(still);
    },
    [still],
  );

  useEffect(() => {
    if (!done || paused) return;
    const timer = window.setTimeout(
      () => show((index + 1) % DEMO_SCENES.length),
      still ? STILL_HOLD_MS : HOLD_MS,
    );
    return () => window.clearTimeout(timer);
  }, [done, paused, still, index, show]);

  const scene = DEMO_SCENES[index] ?? DEMO_SCENES[0];
  if (!scene) return null;

  return (
    <figure
      className={styles.demo}
      data-testid="voice-demo"
      data-scene={scene.id}
      data-state={done ? "done" : "playing"}
    >
      <figcaption className="visually-hidden">
        A short demo of Voice Todo on a phone. In English, someone says “add call the plumber tomorrow at 9
        high priority”; the app picks out the date (tomorrow 09:00), the priority (high) and the list (Inbox),
        and “Call the plumber” lands on the list. In Spanish, “<span lang="es">añade comprar pan mañana</span>
        ” adds “<span lang="es">Comprar pan</span>” for tomorrow. In German, “
        <span lang="de">was ist überfällig</span>” (what is overdue) picks out the two overdue todos.
      </figcaption>
      <div className={styles.phone} aria-hidden="true" data-paused={paused}>
        <Screen key={run} scene={scene} onEnd={() => setDone(true)} />
      </div>
      <fieldset className={styles.controls}>
        <legend className="visually-hidden">Demo command</legend>
        {DEMO_SCENES.map((s, i) => (
          <button
            key={s.id}
            type="button"
            lang={s.id}
            className={styles.choice}
            aria-pressed={i === index}
            onClick={() => {
              show(i);
              if (!still) setPaused(false);
            }}
          >
            {s.language}
          </button>
        ))}
        <button
          type="button"
          className={styles.pause}
          aria-label={paused ? "Play the demo" : "Pause the demo"}
          onClick={() => setPaused((p) => !p)}
        >
          {paused ? <PlayIcon size={16} /> : <PauseIcon size={16} />}
        </button>
      </fieldset>
    </figure>
  );
}

function Screen({ scene, onEnd }: { scene: DemoScene; onEnd: () => void }) {
  const t = sceneTimeline(scene);
  const listen = t.final - t.start;
  return (
    <div
      className={styles.screen}
      style={cssVars({
        "--start": ms(t.start),
        "--final": ms(t.final),
        "--listen": ms(listen),
        "--rings": Math.ceil(listen / 1100),
        "--result": ms(t.result),
        "--end": ms(t.end),
      })}
    >
      <span className={styles.timeline} onAnimationEnd={onEnd} />
      <div className={styles.statusBar}>
        <span>9:41</span>
        <span className={styles.island} />
        <span className={styles.battery} />
      </div>
      <div className={styles.appBar}>
        <span className={styles.appTitle}>Inbox</span>
        <span className={styles.appMenu} />
      </div>
      <ul className={styles.list}>
        {scene.rows.map((row, i) => (
          <Row
            key={row.title}
            row={row}
            state={scene.matches ? (scene.matches.includes(i) ? "match" : "dim") : "plain"}
          />
        ))}
        {scene.added && <Row row={scene.added} state="added" />}
      </ul>
      <div className={styles.voice}>
        <p className={styles.transcript}>
          <span className={styles.langTag}>{scene.id.toUpperCase()}</span>
          <span lang={scene.id}>
            {t.words.map(({ word, at }) => (
              <span key={at} className={styles.word} style={cssVars({ "--in": ms(at) })}>
                {word}{" "}
              </span>
            ))}
          </span>
          <span className={styles.caret} />
        </p>
        <ul className={styles.chips}>
          {t.chips.map((chip) => (
            <li key={chip.label} className={styles.chip} style={cssVars({ "--in": ms(chip.at) })}>
              <span className={styles.chipLabel}>{chip.label}</span> {chip.value}
            </li>
          ))}
        </ul>
        <p className={styles.reply}>
          <CheckIcon size={16} />
          <span lang={scene.id}>{scene.reply}</span>
        </p>
        <div className={styles.micRow}>
          <span className={styles.mic}>
            <MicIcon size={22} />
          </span>
          <span className={styles.micStatus}>
            <span className={styles.listening}>Listening… ({scene.language})</span>
            <span className={styles.idle}>Tap the mic and speak</span>
          </span>
        </div>
      </div>
    </div>
  );
}

function Row({ row, state }: { row: DemoRow; state: "plain" | "added" | "match" | "dim" }) {
  return (
    <li className={styles.row} data-state={state}>
      <span className={styles.check} data-priority={row.priority} />
      <span className={styles.rowBody}>
        <span className={styles.rowTitle}>{row.title}</span>
        {(row.due || row.priority) && (
          <span className={styles.rowMeta}>
            {row.due && (
              <span className={styles.badge} data-tone={row.tone}>
                {row.due}
              </span>
            )}
            {row.priority && (
              <span className={styles.badge} data-tone="high">
                High
              </span>
            )}
          </span>
        )}
      </span>
    </li>
  );
}
