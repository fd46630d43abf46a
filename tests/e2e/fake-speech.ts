import type { Page } from "@playwright/test";

// Chromium here has no speech service: tests install a fake SpeechRecognition
// that "hears" what the test says, with interim results first, like the real one.

export type FakeSpeechOptions = { error?: string; absent?: boolean };

declare global {
  interface Window {
    __speak: (text: string) => void;
    __recognizerLangs: string[];
    __spoken: string[];
  }
}

export async function installFakeSpeech(page: Page, options: FakeSpeechOptions = {}) {
  await page.addInitScript((opts: FakeSpeechOptions) => {
    const w = window as unknown as Record<string, unknown>;
    w.__spoken = [];
    w.__recognizerLangs = [];
    // Record what the app reads aloud instead of playing it.
    if ("speechSynthesis" in window) {
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
        (w.__spoken as string[]).push(u.text);
      };
    }
    if (opts.absent) {
      delete w.SpeechRecognition;
      delete w.webkitSpeechRecognition;
      return;
    }
    let active: FakeRecognition | null = null;
    type Result = { isFinal: boolean; 0: { transcript: string; confidence: number } };
    class FakeRecognition {
      lang = "";
      continuous = false;
      interimResults = false;
      maxAlternatives = 1;
      onresult: ((e: { resultIndex: number; results: Result[] }) => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      onend: (() => void) | null = null;
      onstart: (() => void) | null = null;
      private ended = false;
      start() {
        (w.__recognizerLangs as string[]).push(this.lang);
        active = this;
        setTimeout(() => {
          this.onstart?.();
          if (opts.error) {
            this.onerror?.({ error: opts.error });
            this.stop();
          }
        }, 0);
      }
      stop() {
        if (this.ended) return;
        this.ended = true;
        active = null;
        setTimeout(() => this.onend?.(), 0);
      }
      abort() {
        this.stop();
      }
    }
    w.SpeechRecognition = FakeRecognition;
    w.__speak = (text: string) => {
      const rec = active;
      if (!rec) throw new Error("nobody is listening");
      const words = text.split(" ");
      const half = words.slice(0, Math.ceil(words.length / 2)).join(" ");
      rec.onresult?.({
        resultIndex: 0,
        results: [{ isFinal: false, 0: { transcript: half, confidence: 0 } }],
      });
      setTimeout(
        () =>
          rec.onresult?.({
            resultIndex: 0,
            results: [{ isFinal: true, 0: { transcript: text, confidence: 0.92 } }],
          }),
        50,
      );
    };
  }, options);
}
