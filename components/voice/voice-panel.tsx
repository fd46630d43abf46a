"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { SPEECH_LANGUAGES } from "@/lib/preferences/schemas";
import { PROBLEM_MESSAGES } from "@/lib/speech/recognition";
import { api } from "../todos/api-client";
import { preferencesQuery } from "../todos/queries";
import { queryKeys } from "../todos/query-keys";
import { CommandBox } from "./command-box";
import { useSpeechRecognition } from "./use-speech-recognition";
import { useVoiceCommands } from "./use-voice-commands";
import { VoiceFeedbackView } from "./voice-feedback";

const LANGUAGE_NAMES: Record<(typeof SPEECH_LANGUAGES)[number], string> = {
  "en-US": "English (US)",
  "en-GB": "English (UK)",
  "es-ES": "Español (España)",
  "es-MX": "Español (México)",
  "de-DE": "Deutsch",
};

/** Held longer than this, the mic button (or V key) is push-to-talk; shorter, it toggles. */
const HOLD_MS = 400;

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function VoicePanel() {
  const client = useQueryClient();
  const { data: prefs } = useQuery(preferencesQuery());
  const lang = prefs?.speechLanguage ?? "en-US";
  const spokenAnswers = prefs?.spokenAnswers ?? true;
  const voice = useVoiceCommands({ spokenAnswers });
  const speech = useSpeechRecognition((final) =>
    voice.run(final.text, { lang, tier: final.tier, confidence: final.confidence }),
  );
  const listening = speech.state.status !== "idle";
  const pressedAt = useRef<number | null>(null);

  const savePreference = (patch: { speechLanguage?: string; spokenAnswers?: boolean }) => {
    if (prefs) client.setQueryData(queryKeys.preferences(), { ...prefs, ...patch });
    void api.updatePreferences(patch as Parameters<typeof api.updatePreferences>[0]).catch(() => {
      void client.invalidateQueries({ queryKey: queryKeys.preferences() });
    });
  };

  const press = useCallback(() => {
    pressedAt.current = Date.now();
    if (listening) speech.stop();
    else void speech.start(lang);
  }, [listening, speech, lang]);

  const release = useCallback(() => {
    const held = pressedAt.current !== null && Date.now() - pressedAt.current > HOLD_MS;
    pressedAt.current = null;
    if (held) speech.stop();
  }, [speech]);

  // V anywhere outside a text field: hold to talk, tap to start or stop. Escape cancels.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "Escape" && listening) speech.stop();
      if ((e.key === "v" || e.key === "V") && !e.repeat) {
        e.preventDefault();
        press();
      }
    };
    const up = (e: KeyboardEvent) => {
      if ((e.key === "v" || e.key === "V") && pressedAt.current !== null) release();
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
    };
  }, [press, release, listening, speech]);

  const [supported, setSupported] = useState(true);
  useEffect(() => {
    const w = window as unknown as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
    setSupported(Boolean(w.SpeechRecognition ?? w.webkitSpeechRecognition));
  }, []);

  return (
    <section className="voice-panel" aria-label="Voice commands">
      <div className="voice-row">
        <button
          type="button"
          className={`mic-button ${listening ? "listening" : ""}`}
          aria-pressed={listening}
          aria-keyshortcuts="V"
          aria-label={listening ? "Stop listening" : "Speak a command"}
          title={
            supported ? "Hold to talk, or tap to start and stop (shortcut: V)" : PROBLEM_MESSAGES["no-api"]
          }
          onPointerDown={press}
          onPointerUp={release}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              if (!e.repeat) press();
            }
          }}
          onKeyUp={(e) => {
            if (e.key === "Enter" || e.key === " ") release();
          }}
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path
              fill="currentColor"
              d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z"
            />
          </svg>
        </button>
        <CommandBox
          lang={lang}
          onSubmit={(text) => voice.run(text, { lang, tier: "typed", confidence: null })}
        />
      </div>
      <div className="voice-options">
        <label>
          <span>Language</span>
          <select value={lang} onChange={(e) => savePreference({ speechLanguage: e.target.value })}>
            {SPEECH_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={spokenAnswers}
            onChange={(e) => savePreference({ spokenAnswers: e.target.checked })}
          />
          <span>Read answers aloud</span>
        </label>
        <span className="voice-hint">
          {supported ? "Hold V or the mic to talk" : "Type commands: no speech recognition here"}
        </span>
      </div>
      {listening && (
        <p className="voice-live" aria-live="polite" data-testid="voice-live">
          <span className="pulse" aria-hidden="true" />
          {speech.state.status === "starting" ? "Starting…" : speech.state.interim || "Listening…"}
          {speech.state.tier === "on-device" && <span className="badge">on device</span>}
        </p>
      )}
      {speech.state.problem && (
        <div className="voice-problem" role="alert">
          <p>{PROBLEM_MESSAGES[speech.state.problem]}</p>
          <button type="button" className="button" onClick={speech.dismissProblem}>
            OK
          </button>
        </div>
      )}
      <VoiceFeedbackView
        feedback={voice.feedback}
        onUndo={() => voice.undo(lang)}
        onDismiss={voice.dismiss}
      />
    </section>
  );
}
