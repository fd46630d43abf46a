// The Web Speech API as this app uses it, chosen by feature detection (never
// by browser name): on-device recognition where the browser offers it
// (processLocally after available()/install()), the browser's cloud
// recognition otherwise, and the typed command box always.

export type RecognitionTier = "on-device" | "cloud" | "none";

/** The parts of SpeechRecognition we use; lib.dom has no types for it. */
export interface Recognizer {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  processLocally?: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string; message?: string }) => void) | null;
  onend: (() => void) | null;
  onstart: (() => void) | null;
}

export type RecognitionResultEvent = {
  resultIndex: number;
  results: ArrayLike<{ isFinal: boolean; 0: { transcript: string; confidence: number } }>;
};

type Availability = "available" | "downloadable" | "downloading" | "unavailable";

export interface RecognizerConstructor {
  new (): Recognizer;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<Availability>;
  install?: (options: { langs: string[]; processLocally: boolean }) => Promise<boolean>;
}

export function recognizerConstructor(scope: unknown = globalThis): RecognizerConstructor | null {
  const w = scope as {
    SpeechRecognition?: RecognizerConstructor;
    webkitSpeechRecognition?: RecognizerConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * The best tier for a language. On-device needs the browser to say the
 * language pack is available, or to install it when it is downloadable.
 */
export async function chooseTier(ctor: RecognizerConstructor | null, lang: string): Promise<RecognitionTier> {
  if (!ctor) return "none";
  if (typeof ctor.available !== "function") return "cloud";
  try {
    const status = await ctor.available({ langs: [lang], processLocally: true });
    if (status === "available") return "on-device";
    if (status === "downloadable" && typeof ctor.install === "function") {
      return (await ctor.install({ langs: [lang], processLocally: true })) ? "on-device" : "cloud";
    }
  } catch {
    // A browser that has available() but refuses the question: cloud recognition still works.
  }
  return "cloud";
}

export type SpeechProblem =
  | "no-api"
  | "network"
  | "not-allowed"
  | "language-not-supported"
  | "no-microphone"
  | "no-speech"
  | "other";

/** The recognizer's error codes, folded into the problems we explain to people. */
export function problemFromError(code: string): SpeechProblem {
  switch (code) {
    case "network":
      return "network";
    case "not-allowed":
    case "service-not-allowed":
      return "not-allowed";
    case "language-not-supported":
      return "language-not-supported";
    case "audio-capture":
      return "no-microphone";
    case "no-speech":
      return "no-speech";
    default:
      return "other";
  }
}

/** Each problem has its own plain message and a way forward. */
export const PROBLEM_MESSAGES: Record<SpeechProblem, string> = {
  "no-api":
    "This browser has no speech recognition. Type your command in the box instead; it understands the same sentences.",
  network:
    "This browser can't reach its speech service (some browsers ship without one). Type your command instead, or try Chrome or Safari.",
  "not-allowed":
    "The microphone is blocked for this site. Allow it in the address bar's site settings, then try again, or type your command.",
  "language-not-supported":
    "This browser can't recognise the chosen language. Pick another one or type your command.",
  "no-microphone":
    "No microphone was found. Plug one in or check your system settings, or type your command.",
  "no-speech": "I didn't hear anything. Try again and speak after the tone, or type your command.",
  other: "Speech recognition stopped unexpectedly. Try again, or type your command.",
};
