// Finds the todo a command refers to, by meaning rather than exact words: content
// words are compared after folding accents and light stemming, with prefix matches
// ("electric" ~ "electricity", "booking" ~ "book"), German compound heads
// ("geschenk" ~ "Geburtstagsgeschenk") and split compounds ("pickup" ~ "pick up").
import { fuzzyWordSimilarity, type WordSimilarity } from "./fuzzy-target";
import { fold } from "./text";
import type { Intent, TodoRef } from "./types";

export interface TargetMatch {
  target: string | null;
  candidates: string[];
  /** 0..1: share of the spoken content words found in the chosen todo. */
  score: number;
}

interface PreparedTodo {
  todo: TodoRef;
  tokens: string[];
  /** Adjacent pairs joined, so "pickup" finds "pick up". */
  joined: string[];
}

const norm = (w: string): string => {
  const f = fold(w.toLowerCase());
  return f.length > 3 && f.endsWith("s") && !f.endsWith("ss") ? f.slice(0, -1) : f;
};

export function contentTokens(text: string, stopwords: ReadonlySet<string>): string[] {
  return fold(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !stopwords.has(w))
    .map(norm);
}

function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return 0;
  if (long.startsWith(short)) {
    if (long.length - short.length <= 3) return 0.9;
    return short.length >= 4 ? 0.7 : 0;
  }
  if (short.length >= 4 && long.endsWith(short)) return 0.8;
  // Same stem with a different ending: "watering" ~ "water", "washed" ~ "wash".
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  if (common >= 5 && common >= short.length - 2) return 0.75;
  return 0;
}

function prepare(todos: readonly TodoRef[], stopwords: ReadonlySet<string>): PreparedTodo[] {
  return todos.map((todo) => {
    const all = fold(todo.title.toLowerCase())
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const joined = all.slice(1).map((w, i) => norm(`${all[i]}${w}`));
    return { todo, tokens: all.filter((w) => !stopwords.has(w)).map(norm), joined };
  });
}

function coverage(
  query: string[],
  todo: PreparedTodo,
  similarity: WordSimilarity = tokenSimilarity,
): { q: number; t: number } {
  if (query.length === 0 || todo.tokens.length === 0) return { q: 0, t: 0 };
  const pool = [...todo.tokens, ...todo.joined];
  let matched = 0;
  const used = new Set<number>();
  for (const w of query) {
    let best = 0;
    let bestIdx = -1;
    pool.forEach((t, i) => {
      const s = similarity(w, t);
      if (s > best) {
        best = s;
        bestIdx = i;
      }
    });
    matched += best;
    if (bestIdx >= 0 && bestIdx < todo.tokens.length) used.add(bestIdx);
  }
  return { q: matched / query.length, t: used.size / todo.tokens.length };
}

const MIN_SCORE = 0.5;
/** The typo fallback may accept less coverage ("the dentis appointment"), but only with a long word matched. */
const FUZZY_MIN_SCORE = 0.4;
const STRONG_WORD = 0.7;

interface Scored {
  p: PreparedTodo;
  index: number;
  q: number;
  t: number;
}

/** Second chance for recognizer errors: the same coverage, with fuse.js word similarity added. */
function fuzzyScores(query: string[], prepared: PreparedTodo[]): Scored[] {
  const fuzzy = fuzzyWordSimilarity(
    query,
    prepared.flatMap((p) => p.tokens),
  );
  const similarity: WordSimilarity = (a, b) => Math.max(tokenSimilarity(a, b), fuzzy(a, b));
  return prepared
    .map((p, index) => ({ p, index, ...coverage(query, p, similarity) }))
    .filter(
      ({ p, q }) =>
        q >= FUZZY_MIN_SCORE &&
        query.some((w) => w.length >= 4 && p.tokens.some((t) => similarity(w, t) >= STRONG_WORD)),
    );
}

/** Best todo for the spoken words; prefers a pending todo, or a completed one for uncomplete. */
export function matchTarget(
  spoken: string,
  todos: readonly TodoRef[],
  intent: Intent,
  stopwords: ReadonlySet<string>,
): TargetMatch {
  const query = contentTokens(spoken, stopwords);
  if (query.length === 0) return { target: null, candidates: [], score: 0 };
  const prepared = prepare(todos, stopwords);
  let scored: Scored[] = prepared.map((p, index) => ({ p, index, ...coverage(query, p) }));
  let best = Math.max(0, ...scored.map((s) => s.q));
  if (best < MIN_SCORE) {
    scored = fuzzyScores(query, prepared);
    if (scored.length === 0) return { target: null, candidates: [], score: best };
    best = Math.max(...scored.map((s) => s.q));
  }
  const wantCompleted = intent === "uncomplete";
  const tier = scored
    .filter((s) => s.q >= best - 0.1)
    .sort(
      (a, b) =>
        Number(b.p.todo.completed === wantCompleted) - Number(a.p.todo.completed === wantCompleted) ||
        b.q * 0.7 + b.t * 0.3 - (a.q * 0.7 + a.t * 0.3) ||
        a.index - b.index,
    );
  const chosen = tier[0];
  if (!chosen) return { target: null, candidates: [], score: 0 };
  // Ask the user only when the top todos differ in wording, not for duplicate copies.
  const close = tier.filter(
    (s) =>
      s.p.todo.completed === chosen.p.todo.completed &&
      Math.abs(s.q * 0.7 + s.t * 0.3 - (chosen.q * 0.7 + chosen.t * 0.3)) < 0.05,
  );
  return {
    target: chosen.p.todo.id,
    candidates: close.length > 1 ? close.map((s) => s.p.todo.id) : [],
    score: chosen.q,
  };
}

/** Score of the best match, used to choose among readings ("rename A to B to C"). */
export function bestMatchScore(
  spoken: string,
  todos: readonly TodoRef[],
  stopwords: ReadonlySet<string>,
): number {
  const query = contentTokens(spoken, stopwords);
  if (query.length === 0) return 0;
  return Math.max(
    0,
    ...prepare(todos, stopwords).map((p) => {
      const c = coverage(query, p);
      return c.q * 0.7 + c.t * 0.3;
    }),
  );
}
