import { z } from "zod";

// The one place that reads process.env. A missing optional service means its
// local default; a malformed value fails at start with a clear message.
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: optionalUrl,
  POSTGRES_URL: optionalUrl,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: optionalUrl,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  /** How long a Redis call may take before rate limiting and caching give up on it (degrade, not fail). */
  REDIS_TIMEOUT_MS: z.coerce.number().int().min(5).max(5000).default(50),
  /** Limits as "count/window", window in s, m or h: "120/1m". */
  RATE_LIMIT_WRITES: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("120/1m"),
  RATE_LIMIT_VOICE: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("60/1m"),
  RATE_LIMIT_AUTH: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("10/15m"),
  RATE_LIMIT_SIGNUP: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("5/1h"),
  RATE_LIMIT_MIGRATION: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("10/1h"),
  RATE_LIMIT_INVITES: z
    .string()
    .regex(/^\d+\/\d+[smh]$/)
    .default("20/1h"),
  CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Signs session cookies. Required in production; elsewhere a random one is kept in DATA_DIR. */
  AUTH_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ),
  AUTH_GITHUB_ID: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  AUTH_GITHUB_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  AUTH_GOOGLE_ID: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  AUTH_GOOGLE_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** The public address, for absolute links (Open Graph images, emails). Vercel's own is used when unset. */
  APP_URL: optionalUrl,
  VERCEL_PROJECT_PRODUCTION_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** Ably (real-time in production): "appId.keyId:secret". Unset: the built-in Server-Sent Events. */
  ABLY_API_KEY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[^.:\s]+\.[^.:\s]+:\S+$/, 'ABLY_API_KEY must look like "appId.keyId:secret"')
      .optional(),
  ),
  /** smtp(s)://user:pass@host:port for outgoing mail. Unset: mail goes to the outbox the admin page shows. */
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().min(3).default("Voice Todo <no-reply@voice-todo.local>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema
    // Several server processes sharing a database must sign sessions with one
    // secret; a lone embedded-database server may keep a generated one in DATA_DIR.
    .refine(
      (e) =>
        e.NODE_ENV !== "production" ||
        e.AUTH_SECRET ||
        !(e.DATABASE_URL || e.POSTGRES_URL) ||
        process.env.NEXT_PHASE === "phase-production-build",
      {
        message: "AUTH_SECRET is required in production with a server database (openssl rand -base64 33)",
        path: ["AUTH_SECRET"],
      },
    )
    .safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment variables:\n${problems}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Validated environment, read once per process. */
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** The app's public origin: APP_URL, else Vercel's production domain, else the local dev address. */
export function appUrl(): URL {
  const e = env();
  if (e.APP_URL) return new URL(e.APP_URL);
  if (e.VERCEL_PROJECT_PRODUCTION_URL) return new URL(`https://${e.VERCEL_PROJECT_PRODUCTION_URL}`);
  return new URL("http://localhost:3000");
}
