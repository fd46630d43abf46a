import { fold } from "@/lib/voice/text";

// A spoken name against the people of a list: the whole name, the first
// name, or the start of one ("Sam" finds "Samantha Jones" when no one is
// called exactly Sam). Ambiguous or unknown: no one, so nothing is guessed.

type Person = { userId: string; name: string };

const clean = (s: string) =>
  fold(s.toLowerCase())
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .trim();

export function matchPerson(people: readonly Person[], spoken: string): Person | null {
  const said = clean(spoken);
  if (!said) return null;
  const tiers: ((name: string) => boolean)[] = [
    (name) => name === said,
    (name) => name.split(/\s+/)[0] === said,
    (name) => name.split(/\s+/).some((part) => part === said),
    (name) => said.length >= 3 && name.split(/\s+/).some((part) => part.startsWith(said)),
  ];
  for (const matches of tiers) {
    const found = people.filter((p) => matches(clean(p.name)));
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}
