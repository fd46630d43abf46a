"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import { localDateTimeOf } from "@/lib/dates/zoned";
import { browserTimeZone } from "../todos/use-time-zone-sync";
import { CHIP_LABELS, type Chip, chipsFor, keepLiterally } from "./command-chips";
import { loadParser } from "./use-voice-commands";

type Props = { lang: string; onSubmit: (text: string) => void };

/** Takes the same sentences as the microphone, typed; shows what a create will pick up before it is saved. */
export function CommandBox({ lang, onSubmit }: Props) {
  const [text, setText] = useState("");
  const [chips, setChips] = useState<Chip[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let cancelled = false;
    if (!text.trim()) {
      setChips([]);
      return;
    }
    const timer = setTimeout(async () => {
      const { parseUtterance } = await loadParser();
      const timeZone = browserTimeZone();
      const { commands } = parseUtterance({
        text,
        lang,
        now: localDateTimeOf(new Date(), timeZone),
        timeZone,
        lists: [],
        todos: [],
      });
      if (!cancelled) setChips(chipsFor(commands));
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, lang]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    onSubmit(text);
    setText("");
    setChips([]);
  }

  return (
    <form className="command-box" onSubmit={submit} aria-label="Command">
      <label htmlFor="command-input" className="visually-hidden">
        Type a command
      </label>
      <input
        ref={inputRef}
        id="command-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => void loadParser()}
        placeholder='Say or type: "add call the plumber tomorrow at 9 high priority"'
        autoComplete="off"
        maxLength={1000}
      />
      <button type="submit" className="button" disabled={!text.trim()}>
        Go
      </button>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Recognised in your command">
          {chips.map((chip) => (
            <li key={`${chip.kind}-${chip.start}`} className="chip" data-kind={chip.kind}>
              <span className="chip-kind">{CHIP_LABELS[chip.kind]}</span> {chip.text}
              <button
                type="button"
                className="chip-dismiss"
                aria-label={`Keep "${chip.text}" in the title`}
                onClick={() => {
                  setText(keepLiterally(text, chip));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
