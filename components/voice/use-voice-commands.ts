"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { type ExecutionResult, executePlan, type InverseOp, succeeded } from "@/lib/commands/execute";
import { parserTodos, toKnownList, toKnownTodo } from "@/lib/commands/known";
import { planCommands } from "@/lib/commands/plan";
import { createdParts, describeOutcomes, langOf, type Outcome } from "@/lib/commands/reply";
import type { KnownList, KnownPeople, KnownTodo, Plan } from "@/lib/commands/types";
import { localDateTimeOf } from "@/lib/dates/zoned";
import type { RecognitionTier } from "@/lib/speech/recognition";
import type { VoiceCommand } from "@/lib/voice/types";
import { type MembersDto, sharingRequest } from "../sharing/sharing-api";
import { api } from "../todos/api-client";
import { allTodosQuery, listsQuery } from "../todos/queries";
import { browserTimeZone } from "../todos/use-time-zone-sync";
import { clientTodoPort } from "./client-port";

// The parser and its locale data load on first use, not with the page.
let parserModule: Promise<typeof import("@/lib/voice")> | undefined;
export const loadParser = () => {
  parserModule ??= import("@/lib/voice");
  return parserModule;
};

/** A pause this long starts a new voice session. */
const SESSION_IDLE_MS = 5 * 60_000;

export type VoiceFeedback =
  | { kind: "working"; transcript: string }
  | { kind: "done"; transcript: string; reply: string; parts: string[] | null; canUndo: boolean; ok: boolean }
  | { kind: "confirm"; transcript: string; reply: string; confirm: () => void }
  | {
      kind: "ask";
      transcript: string;
      reply: string;
      candidates: { id: string; title: string }[];
      choose: (id: string) => void;
    }
  | { kind: "error"; transcript: string; reply: string };

type Context = { todos: KnownTodo[]; lists: KnownList[] };

export type RunMeta = { lang: string; tier: RecognitionTier | "typed"; confidence: number | null };

const CONFIRM_TEXT = {
  en: "This deletes several todos. Go ahead?",
  es: "Esto elimina varias tareas. ¿Continuar?",
  de: "Das löscht mehrere Aufgaben. Fortfahren?",
};

/**
 * "Assign the napkins to Sam" needs the people of the napkins' list. Members
 * are server state: offline, nobody can be matched and the reply says so.
 */
async function peopleForAssignments(commands: VoiceCommand[], todos: KnownTodo[]): Promise<KnownPeople> {
  const listIds = new Set<string>();
  for (const c of commands) {
    if (c.intent !== "assign") continue;
    for (const id of [c.target, ...(c.candidates ?? [])]) {
      const listId = todos.find((t) => t.id === id)?.listId;
      if (listId) listIds.add(listId);
    }
  }
  const people: KnownPeople = {};
  await Promise.all(
    [...listIds].map(async (listId) => {
      const members = await sharingRequest<MembersDto>(`/api/lists/${listId}/members`).catch(() => null);
      if (members) people[listId] = members.people.map((p) => ({ userId: p.userId, name: p.name }));
    }),
  );
  return people;
}

function currentSessionId(session: { current: { id: string; lastAt: number } | null }): string {
  const now = Date.now();
  if (!session.current || now - session.current.lastAt > SESSION_IDLE_MS)
    session.current = { id: crypto.randomUUID(), lastAt: now };
  session.current.lastAt = now;
  return session.current.id;
}

function speak(text: string, lang: string, enabled: boolean) {
  if (!enabled || typeof speechSynthesis === "undefined") return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
}

export function useVoiceCommands(options: { spokenAnswers: boolean }) {
  const client = useQueryClient();
  const [feedback, setFeedback] = useState<VoiceFeedback | null>(null);
  const undoStack = useRef<InverseOp[][]>([]);
  const session = useRef<{ id: string; lastAt: number } | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // What commands may refer to: every open or done todo and every list.
  // Read from the local copy: voice works offline.
  const loadContext = useCallback(async (): Promise<Context> => {
    const [todos, lists] = await Promise.all([
      client.fetchQuery(allTodosQuery()),
      client.fetchQuery(listsQuery()),
    ]);
    return { todos: todos.map(toKnownTodo), lists: lists.map(toKnownList) };
  }, [client]);

  const execute = useCallback(
    async (
      plan: Plan,
      context: Context,
      commands: VoiceCommand[],
      transcript: string,
      meta: RunMeta,
      started: number,
    ) => {
      const timeZone = browserTimeZone();
      const local = localDateTimeOf(new Date(), timeZone);
      const today = local.slice(0, 10);
      const lang = langOf(meta.lang);
      const port = clientTodoPort({ timeZone, undoStack: undoStack.current });
      let result: ExecutionResult;
      try {
        result = await executePlan(
          plan,
          {
            todos: context.todos,
            lists: context.lists,
            transcript,
            today,
            now: { date: today, time: local.slice(11, 16) },
          },
          port,
        );
      } catch (error) {
        setFeedback({
          kind: "error",
          transcript,
          reply: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      if (result.inverse.length > 0) undoStack.current.push(result.inverse);
      const reply = describeOutcomes(result.outcomes, lang, today);
      const created = result.outcomes.length === 1 ? result.outcomes[0] : undefined;
      setFeedback({
        kind: "done",
        transcript,
        reply,
        parts:
          created?.kind === "created"
            ? createdParts(created as Extract<Outcome, { kind: "created" }>, lang, today)
            : null,
        canUndo: undoStack.current.length > 0,
        ok: succeeded(result),
      });
      if (result.outcomes.some((o) => o.kind === "answer") || !succeeded(result))
        speak(reply, meta.lang, optionsRef.current.spokenAnswers);
      const confidences = commands.map((c) => c.confidence).concat(meta.confidence ?? []);
      api
        .logVoiceCommand({
          transcript,
          lang: meta.lang,
          intent: commands[0]?.intent ?? "unknown",
          success: succeeded(result),
          processingMs: Math.round((performance.now() - started) * 10) / 10,
          confidence: confidences.length ? Math.min(...confidences) : null,
          todoIds: result.changed.map((t) => t.id),
          sessionId: currentSessionId(session),
          deviceInfo: {
            recognition: meta.tier === "none" ? "typed" : meta.tier,
            platform: navigator.platform,
          },
        })
        .catch(() => {
          // Statistics only: a lost record must not disturb the person.
        });
    },
    [],
  );

  const run = useCallback(
    async (transcript: string, meta: RunMeta) => {
      const text = transcript.trim();
      if (!text) return;
      const started = performance.now();
      setFeedback({ kind: "working", transcript: text });
      try {
        const timeZone = browserTimeZone();
        const [{ parseUtterance }, context] = await Promise.all([loadParser(), loadContext()]);
        const { todos: known, lists: knownLists } = context;
        const { commands } = parseUtterance({
          text,
          lang: meta.lang,
          now: localDateTimeOf(new Date(), timeZone),
          timeZone,
          lists: knownLists.map((l) => l.name),
          todos: parserTodos(known, knownLists),
        });
        const people = await peopleForAssignments(commands, known);
        const planFor = (cmds: VoiceCommand[]) =>
          planCommands(cmds, {
            todos: known,
            lists: knownLists,
            people,
            transcript: text,
            newId: () => crypto.randomUUID(),
          });
        const plan = planFor(commands);
        const ask = plan.steps.find((s) => s.kind === "ask");
        if (ask?.kind === "ask") {
          setFeedback({
            kind: "ask",
            transcript: text,
            reply: describeOutcomes(
              [{ kind: "ask", question: ask.question, count: ask.candidates.length }],
              langOf(meta.lang),
              "",
            ),
            candidates: ask.candidates,
            choose: (id) => {
              const chosen = commands.map((c) =>
                "candidates" in c && c.candidates ? { ...c, target: id, candidates: undefined } : c,
              );
              void execute(planFor(chosen), context, chosen, text, meta, started);
            },
          });
          return;
        }
        if (plan.needsConfirmation) {
          setFeedback({
            kind: "confirm",
            transcript: text,
            reply: CONFIRM_TEXT[langOf(meta.lang)],
            confirm: () => void execute(plan, context, commands, text, meta, started),
          });
          return;
        }
        await execute(plan, context, commands, text, meta, started);
      } catch (error) {
        setFeedback({
          kind: "error",
          transcript: text,
          reply: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [execute, loadContext],
  );

  const undo = useCallback(
    async (lang: string) =>
      execute(
        { steps: [{ kind: "undo" }], needsConfirmation: false },
        await loadContext(),
        [],
        "undo",
        { lang, tier: "typed", confidence: null },
        performance.now(),
      ),
    [execute, loadContext],
  );

  return { feedback, run, undo, dismiss: () => setFeedback(null) };
}
