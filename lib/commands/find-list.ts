import type { KnownList } from "./types";

// "my groceries list", "Einkaufsliste", "la lista de compras": the list a
// person names, matched case-insensitively and tolerant of plural endings
// and of the word "list" itself.

const LIST_WORDS = /\s*\b(list|lists|liste|listen|lista|listas)\b\s*/giu;

function stem(word: string): string {
  return word.replace(/ies$/u, "y").replace(/(es|s|n|e)$/u, "");
}

export function normalizeListName(name: string): string {
  return name
    .toLocaleLowerCase()
    .normalize("NFC")
    .replace(/^(the|my|la|el|mi|die|der|das|meine|meiner)\s+/u, "")
    .replace(LIST_WORDS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function findList(lists: KnownList[], spoken: string): KnownList | undefined {
  const wanted = normalizeListName(spoken);
  if (!wanted) return undefined;
  const exact = lists.find((l) => normalizeListName(l.name) === wanted);
  if (exact) return exact;
  return lists.find((l) => stem(normalizeListName(l.name)) === stem(wanted));
}

/** A new list's name as a person would write it: "garden" -> "Garden". */
export function displayListName(spoken: string): string {
  const name = normalizeListName(spoken) || spoken.trim();
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}
