"use client";

import type { VoiceFeedback } from "./use-voice-commands";

type Props = { feedback: VoiceFeedback | null; onUndo: () => void; onDismiss: () => void };

/** What the app understood and did, with Undo; or the question it needs answered first. */
export function VoiceFeedbackView({ feedback, onUndo, onDismiss }: Props) {
  return (
    <div className="voice-feedback" role="status" aria-live="polite" data-testid="voice-feedback">
      {feedback && (
        <div className={`feedback feedback-${feedback.kind}`}>
          <p className="feedback-heard">
            <span className="visually-hidden">You said: </span>“{feedback.transcript}”
          </p>
          {feedback.kind === "working" ? (
            <p>Working…</p>
          ) : (
            <p className="feedback-reply" data-testid="voice-reply">
              {feedback.kind === "done" && feedback.parts
                ? feedback.parts.map((part, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts are positional (title, date, priority...) and never reorder
                    <span key={`${i}-${part}`} className={i === 0 ? "feedback-main" : "chip"}>
                      {part}
                    </span>
                  ))
                : feedback.reply}
            </p>
          )}
          <div className="feedback-actions">
            {feedback.kind === "done" && feedback.canUndo && (
              <button type="button" className="button" onClick={onUndo}>
                Undo
              </button>
            )}
            {feedback.kind === "confirm" && (
              <>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => {
                    onDismiss();
                    feedback.confirm();
                  }}
                >
                  Yes, go ahead
                </button>
                <button type="button" className="button" onClick={onDismiss}>
                  Cancel
                </button>
              </>
            )}
            {feedback.kind === "ask" && (
              <>
                {feedback.candidates.map((c) => (
                  <button key={c.id} type="button" className="button" onClick={() => feedback.choose(c.id)}>
                    {c.title}
                  </button>
                ))}
                <button type="button" className="button" onClick={onDismiss}>
                  Neither
                </button>
              </>
            )}
            {feedback.kind !== "working" && feedback.kind !== "confirm" && feedback.kind !== "ask" && (
              <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
                ✕
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
