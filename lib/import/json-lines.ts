// Where each value of a JSON text starts, by path ("lists.0.todos.3"), so
// that an import can say on which line of the file something is wrong. It
// is strict enough to find the line of a syntax error too: V8's JSON.parse
// message names no position in every Node version.

export class JsonSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`JSON syntax error on line ${line}`);
  }
}

export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const fail = (): never => {
    throw new JsonSyntaxError(line);
  };
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] ?? "")) {
      if (text[i] === "\n") line++;
      i++;
    }
  };
  const expect = (c: string) => {
    skip();
    if (text[i] !== c) fail();
    i++;
  };
  const string = (): string => {
    const start = i;
    if (text[i] !== '"') fail();
    i++;
    while (text[i] !== '"') {
      if (i >= text.length || text[i] === "\n") fail();
      i += text[i] === "\\" ? 2 : 1;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      skip();
      if (text[i] === close) return void i++;
      for (let n = 0; ; n++) {
        skip();
        let key = String(n);
        if (c === "{") {
          key = string();
          expect(":");
        }
        value(path ? `${path}.${key}` : key);
        skip();
        if (text[i] === ",") i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return void string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) fail();
    i += literal?.[0].length ?? 0;
  };
  value("");
  skip();
  if (i < text.length) fail();
  return lines;
}

/** The line of the deepest known value on the path (a missing key: its object). */
export function lineOfPath(lines: Map<string, number>, path: readonly (string | number)[]): number {
  for (let n = path.length; n >= 0; n--) {
    const hit = lines.get(path.slice(0, n).join("."));
    if (hit !== undefined) return hit;
  }
  return 1;
}

/** The line of the first syntax error in a text JSON.parse refused. */
export function lineOfSyntaxError(text: string): number {
  try {
    jsonValueLines(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error.line;
  }
  return 1;
}
