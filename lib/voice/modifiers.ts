// Task modifiers said around the title: priority, tags and the list.
import type { Locale } from "./locale";
import { fold, type Segment, wordRe } from "./text";
import type { Priority } from "./types";

export function extractPriority(seg: Segment, locale: Locale): Priority | null {
  for (const rule of locale.priorities) if (seg.take(rule.re, "priority")) return rule.value;
  return null;
}

/** Reads a priority from a short phrase ("urgent", "wichtige") said inside a command. */
export function priorityOfWord(word: string | undefined, locale: Locale): Priority | null {
  if (!word) return null;
  const stem = word.replace(/e$/u, "");
  for (const rule of locale.priorities) {
    rule.re.lastIndex = 0;
    if (rule.re.test(stem) || rule.re.test(word)) return rule.value;
  }
  return null;
}

export function extractTags(seg: Segment, locale: Locale): string[] {
  const tags: string[] = [];
  for (const m of seg.takeAll(locale.tags, "tags")) {
    const g = m.groups ?? {};
    const tag = g.tag ?? g.tag2 ?? g.tag3;
    if (tag) tags.push(tag.toLowerCase());
  }
  return [...new Set(tags)];
}

export interface SpokenList {
  /** null: the default list ("put it on my list"). */
  name: string | null;
}

// Names that mean "the default list" rather than a list of that name.
const DEFAULT_LIST_NAMES = new Set([
  "do",
  "to do",
  "to-do",
  "todo",
  "default",
  "main",
  "task",
  "tasks",
  "aufgaben",
  "todo-liste",
  "tareas",
  "pendientes",
]);

/** Singular/plural and "list" suffix variants of a list name, folded. */
function nameVariants(name: string): Set<string> {
  const base = fold(name.toLowerCase())
    .replace(/[\s_-]+/g, " ")
    .trim();
  const out = new Set([base]);
  const noList = base.replace(/\s*(?:list|liste|lista)$/u, "").trim();
  if (noList) out.add(noList);
  for (const v of [...out]) {
    if (v.endsWith("ies")) out.add(`${v.slice(0, -3)}y`);
    if (v.endsWith("es")) out.add(v.slice(0, -2));
    if (v.endsWith("s")) out.add(v.slice(0, -1));
    if (v.endsWith("n")) out.add(v.slice(0, -1));
    if (v.endsWith("e")) out.add(v.slice(0, -1));
  }
  return out;
}

/** The user's list the spoken name refers to, or null when none does. */
export function matchListName(spoken: string, lists: readonly string[]): string | null {
  const said = nameVariants(spoken);
  for (const list of lists) for (const v of nameVariants(list)) if (said.has(v)) return list;
  return null;
}

/** Spoken list name -> the user's list name, or the spoken name itself (SPEC: "garden"). */
function resolveList(spoken: string | undefined, lists: readonly string[], lang: string): string | null {
  const raw = (spoken ?? "").trim().replace(/\s+/g, " ");
  if (!raw || DEFAULT_LIST_NAMES.has(raw.toLowerCase())) return null;
  const words = raw.split(" ");
  // Longest leading run of words that names a known list ("bandeja de entrada").
  for (let n = words.length; n > 0; n--) {
    const match = matchListName(words.slice(0, n).join(" "), lists);
    if (match) return match;
  }
  // Without "list" after it (es/de), only the first word is surely the name.
  return lang === "en" ? raw : (words[0] ?? null);
}

/** German compounds: "einkaufsliste" -> Einkaufsliste, "arbeitsliste" -> Arbeit. */
function resolveCompound(compound: string, lists: readonly string[]): string | null {
  const direct = matchListName(compound, lists);
  if (direct) return direct;
  const stem = compound.replace(/-?liste$/u, "");
  if (!stem || DEFAULT_LIST_NAMES.has(stem) || /^(?:todo|aufgaben|meine)$/u.test(stem)) return null;
  return (
    matchListName(stem, lists) ?? matchListName(stem.replace(/s$/u, ""), lists) ?? stem.replace(/s$/u, "")
  );
}

/** Finds a spoken list ("to my shopping list", "zur Einkaufsliste", "a la lista de compras"). */
export function extractList(
  seg: Segment,
  locale: Locale,
  lists: readonly string[],
  opts: { bareNames?: boolean } = {},
): SpokenList | null {
  for (const re of locale.listPhrases) {
    const m = seg.take(re, "list");
    if (!m) continue;
    const g = m.groups ?? {};
    if (g.compound) return { name: resolveCompound(g.compound, lists) };
    return { name: resolveList(g.name, lists, locale.lang) };
  }
  if (opts.bareNames && lists.length > 0) {
    const names = lists
      .flatMap((l) => [...nameVariants(l)])
      .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const re = wordRe(
      `(?:${locale.listPrepositions})\\s+(?:(?:my|the|mi|la|meine|die)\\s+)?(?<name>${names.join("|")})`,
    );
    const m = seg.take(re, "list");
    if (m) return { name: matchListName(m.groups?.name ?? "", lists) };
  }
  return null;
}
