// Support for the real-time tests (lib/realtime, tests/integration); not used by the app.

/** Reads a text stream until `done(textSoFar)` holds, or fails after `timeoutMs`. */
export async function readUntil(
  stream: ReadableStream<Uint8Array>,
  done: (text: string) => boolean,
  timeoutMs = 2_000,
): Promise<{ text: string; reader: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!done(text)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`stream did not produce the expected text; got:\n${text}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), left);
    });
    const chunk = await Promise.race([reader.read(), timeout]);
    clearTimeout(timer);
    if (chunk === "timeout") continue;
    if (chunk.done) throw new Error(`stream ended before the expected text; got:\n${text}`);
    text += decoder.decode(chunk.value, { stream: true });
  }
  reader.releaseLock();
  return { text, reader };
}

/** The `event:` names in a text/event-stream, in order. */
export function eventNames(text: string): string[] {
  return [...text.matchAll(/^event: (\S+)$/gm)].flatMap((m) => (m[1] ? [m[1]] : []));
}
