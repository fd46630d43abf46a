"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  chooseTier,
  problemFromError,
  type RecognitionTier,
  type Recognizer,
  recognizerConstructor,
  type SpeechProblem,
} from "@/lib/speech/recognition";

/** How long a pause ends an utterance: long enough for a breath, short enough to feel live. */
const SILENCE_MS = 1500;

function clearTimer(timer: { current: ReturnType<typeof setTimeout> | null }) {
  if (timer.current) clearTimeout(timer.current);
  timer.current = null;
}

export type ListenState = {
  status: "idle" | "starting" | "listening";
  interim: string;
  tier: RecognitionTier | null;
  problem: SpeechProblem | null;
};

export type FinalTranscript = { text: string; confidence: number | null; tier: RecognitionTier };

export function useSpeechRecognition(onFinal: (result: FinalTranscript) => void) {
  const [state, setState] = useState<ListenState>({ status: "idle", interim: "", tier: null, problem: null });
  const recognizer = useRef<Recognizer | null>(null);
  const silenceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onFinalRef = useRef(onFinal);
  onFinalRef.current = onFinal;

  const stop = useCallback(() => {
    clearTimer(silenceTimer);
    recognizer.current?.stop();
  }, []);

  const start = useCallback(async (lang: string) => {
    if (recognizer.current) return;
    const ctor = recognizerConstructor(window);
    if (!ctor) {
      setState({ status: "idle", interim: "", tier: "none", problem: "no-api" });
      return;
    }
    setState({ status: "starting", interim: "", tier: null, problem: null });
    const tier = await chooseTier(ctor, lang);
    const rec = new ctor();
    rec.lang = lang;
    rec.continuous = true;
    rec.interimResults = true;
    rec.maxAlternatives = 1;
    if (tier === "on-device") rec.processLocally = true;
    let finalText = "";
    let confidence: number | null = null;
    rec.onstart = () => setState((s) => ({ ...s, status: "listening", tier }));
    rec.onresult = (event) => {
      let interim = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (!result) continue;
        if (result.isFinal) {
          finalText = `${finalText} ${result[0].transcript}`.trim();
          confidence = result[0].confidence || confidence;
        } else interim += result[0].transcript;
      }
      setState((s) => ({ ...s, interim: `${finalText} ${interim}`.trim() }));
      clearTimer(silenceTimer);
      silenceTimer.current = setTimeout(() => rec.stop(), SILENCE_MS);
    };
    rec.onerror = (event) => {
      if (event.error === "aborted") return;
      setState((s) => ({ ...s, problem: problemFromError(event.error) }));
    };
    rec.onend = () => {
      clearTimer(silenceTimer);
      recognizer.current = null;
      setState((s) => ({ ...s, status: "idle", interim: "" }));
      if (finalText) onFinalRef.current({ text: finalText, confidence, tier });
    };
    recognizer.current = rec;
    try {
      rec.start();
    } catch {
      recognizer.current = null;
      setState({ status: "idle", interim: "", tier, problem: "other" });
    }
  }, []);

  useEffect(() => () => recognizer.current?.abort(), []);

  return { state, start, stop, dismissProblem: () => setState((s) => ({ ...s, problem: null })) };
}
