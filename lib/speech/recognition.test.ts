import { describe, expect, test } from "vitest";
import {
  chooseTier,
  problemFromError,
  type RecognizerConstructor,
  recognizerConstructor,
} from "./recognition";

class Plain {}

describe("recognition tiers by feature detection", () => {
  test("no API at all", async () => {
    expect(recognizerConstructor({})).toBeNull();
    expect(await chooseTier(null, "en-US")).toBe("none");
  });

  test("prefixed cloud recognition", async () => {
    const ctor = recognizerConstructor({ webkitSpeechRecognition: Plain });
    expect(ctor).toBe(Plain);
    expect(await chooseTier(ctor, "en-US")).toBe("cloud");
  });

  test.each([
    ["available", true, "on-device"],
    ["downloadable", true, "on-device"],
    ["downloadable", false, "cloud"],
    ["unavailable", true, "cloud"],
  ] as const)(
    "on-device when available() says %s and install() gives %s -> %s",
    async (status, installs, tier) => {
      const ctor = Object.assign(class {}, {
        available: async () => status,
        install: async () => installs,
      }) as unknown as RecognizerConstructor;
      expect(await chooseTier(ctor, "de-DE")).toBe(tier);
    },
  );

  test("a throwing available() falls back to cloud", async () => {
    const ctor = Object.assign(class {}, {
      available: async () => {
        throw new Error("nope");
      },
    }) as unknown as RecognizerConstructor;
    expect(await chooseTier(ctor, "es-ES")).toBe("cloud");
  });
});

test.each([
  ["network", "network"],
  ["not-allowed", "not-allowed"],
  ["service-not-allowed", "not-allowed"],
  ["language-not-supported", "language-not-supported"],
  ["audio-capture", "no-microphone"],
  ["no-speech", "no-speech"],
  ["aborted", "other"],
])("error %s is the problem %s", (code, problem) => expect(problemFromError(code)).toBe(problem));
