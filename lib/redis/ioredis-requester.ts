import { createHash } from "node:crypto";
import type { Requester, UpstashRequest, UpstashResponse } from "@upstash/redis";
import type { Redis as IORedis } from "ioredis";

// Runs @upstash/redis (and so @upstash/ratelimit) over a TCP connection in
// process: the Upstash client hands us the command array it would POST to the
// REST API and we send it with ioredis. One client API for Upstash and for a
// self-hosted or CI Redis, so the code tested locally is the code that runs
// against Upstash.

type Arg = string | number;

/**
 * @upstash/ratelimit's Lua scripts start with `#!lua flags=allow-key-locking`,
 * a flag only Upstash knows; Redis 7 refuses the whole script ("Unexpected
 * flag in script shebang"). Drop that flag, and the shebang line with it when
 * no other flag is left (the script then runs as a classic EVAL script, which
 * is how Redis ran these scripts before shebangs existed).
 */
export function stripUpstashShebang(script: string): string {
  const match = /^#!lua([^\n]*)\n/.exec(script);
  if (!match) return script;
  const header = match[1] ?? "";
  const flagsMatch = /flags=(\S*)/.exec(header);
  const flags = (flagsMatch?.[1] ?? "").split(",").filter((f) => f !== "" && f !== "allow-key-locking");
  const rest = script.slice(match[0].length);
  if (flags.length === 0) return rest;
  return `#!lua flags=${flags.join(",")}\n${rest}`;
}

export function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

/**
 * Commands rewritten for Redis 7. The script cache is keyed by the SHA of the
 * text Redis actually ran, so after stripping, the hash the caller knows (of the
 * original text) is not the one Redis knows: remember original -> stripped, so
 * that EVALSHA with the original hash hits the script cache instead of paying
 * NOSCRIPT + EVAL on every call.
 */
export class ScriptTranslator {
  private readonly shas = new Map<string, string>();

  translate(command: Arg[]): Arg[] {
    const [head, ...args] = command;
    const name = String(head ?? "").toLowerCase();
    if ((name === "eval" || name === "eval_ro") && typeof args[0] === "string") {
      return [name, this.remember(args[0]), ...args.slice(1)];
    }
    if (name === "evalsha" || name === "evalsha_ro") {
      return [name, this.sha(String(args[0] ?? "")), ...args.slice(1)];
    }
    if (name === "script") {
      const sub = String(args[0] ?? "").toLowerCase();
      if (sub === "load" && typeof args[1] === "string") return [name, sub, this.remember(args[1])];
      if (sub === "exists") return [name, sub, ...args.slice(1).map((h) => this.sha(String(h)))];
    }
    return command;
  }

  /** SCRIPT LOAD answers with the hash of what Redis ran; the caller expects its own. */
  loadedAs(command: Arg[]): string | null {
    const [head, sub, script] = command;
    const isLoad = String(head).toLowerCase() === "script" && String(sub).toLowerCase() === "load";
    return isLoad && typeof script === "string" ? sha1(script) : null;
  }

  private remember(script: string): string {
    const stripped = stripUpstashShebang(script);
    if (stripped !== script) this.shas.set(sha1(script), sha1(stripped));
    return stripped;
  }

  private sha(hash: string): string {
    return this.shas.get(hash) ?? hash;
  }
}

function asCommand(value: unknown): Arg[] {
  if (!Array.isArray(value)) throw new TypeError("expected a Redis command array");
  return value.map((part: unknown) => (typeof part === "number" ? part : String(part)));
}

// ioredis fails a command with a ReplyError carrying Redis's own text
// ("NOSCRIPT ...", "WRONGTYPE ..."): hand that back the way the REST API
// would, as `error`. Connection errors and timeouts are thrown instead, so
// callers see them as failures of the transport and degrade.
function isReplyError(error: unknown): error is Error {
  return error instanceof Error && error.name === "ReplyError";
}

export type IoredisRequesterOptions = {
  /** Awaited before each request: lets the backend wait (bounded) for the first connection. */
  beforeRequest?: () => Promise<void>;
};

export function createIoredisRequester(redis: IORedis, options: IoredisRequesterOptions = {}): Requester {
  const scripts = new ScriptTranslator();

  async function run(command: Arg[]): Promise<UpstashResponse<unknown>> {
    const [name, ...args] = scripts.translate(command);
    try {
      const result: unknown = await redis.call(String(name), ...args);
      return { result: scripts.loadedAs(command) ?? result };
    } catch (error) {
      if (isReplyError(error)) return { error: error.message };
      throw error;
    }
  }

  async function runPipeline(commands: Arg[][], atomic: boolean): Promise<UpstashResponse<unknown>[]> {
    const translated = commands.map((c) => scripts.translate(c));
    const batch = atomic ? redis.multi() : redis.pipeline();
    for (const [name, ...args] of translated) batch.call(String(name), ...args);
    const replies = (await batch.exec()) ?? [];
    return replies.map(([error, result], i) => {
      if (error) return { error: error.message };
      const original = commands[i];
      return { result: (original && scripts.loadedAs(original)) ?? result };
    });
  }

  return {
    async request<TResult = unknown>(req: UpstashRequest): Promise<UpstashResponse<TResult>> {
      await options.beforeRequest?.();
      const mode = req.path?.[0];
      if (req.isStreaming) return { error: "streaming commands are not supported over TCP" };
      if (mode === "pipeline" || mode === "multi-exec") {
        if (!Array.isArray(req.body)) throw new TypeError("expected an array of commands");
        const replies = await runPipeline(req.body.map(asCommand), mode === "multi-exec");
        // The REST API answers a pipeline with a bare array of {result, error};
        // @upstash/redis reads it so despite the declared single-response type.
        return replies as unknown as UpstashResponse<TResult>;
      }
      if (mode !== undefined) return { error: `unsupported request path: ${mode}` };
      return (await run(asCommand(req.body))) as UpstashResponse<TResult>;
    },
  };
}
