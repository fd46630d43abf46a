import type { Span, VoiceCommand } from "@/lib/voice/types";

// The recognised parts of a typed create, shown as chips before it is saved.
// Dismissing a chip puts its words in quotes, and quoted text is always kept
// literally in the title: one mechanism for both.

export type Chip = { kind: Span["kind"]; text: string; start: number; end: number };

const CHIP_KINDS = new Set<Span["kind"]>(["date", "time", "priority", "list", "tags", "recurrence"]);

export function chipsFor(commands: VoiceCommand[]): Chip[] {
  const first = commands[0];
  if (commands.length !== 1 || first?.intent !== "create") return [];
  return first.spans
    .filter((s) => CHIP_KINDS.has(s.kind))
    .map(({ kind, text, start, end }) => ({ kind, text, start, end }));
}

/** The input with one chip's words quoted, so they stay in the title. */
export function keepLiterally(input: string, chip: Chip): string {
  const words = input.slice(chip.start, chip.end).trim();
  const lead =
    input.slice(chip.start, chip.end).length - input.slice(chip.start, chip.end).trimStart().length;
  const start = chip.start + lead;
  return `${input.slice(0, start)}"${words}"${input.slice(start + words.length)}`;
}

export const CHIP_LABELS: Record<Chip["kind"], string> = {
  command: "Command",
  filler: "Filler",
  date: "Date",
  time: "Time",
  priority: "Priority",
  list: "List",
  tags: "Tag",
  recurrence: "Repeats",
};
