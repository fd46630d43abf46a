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
  /** Keep prepared statements per connection (postgres.js). "false" for poolers that cannot. */
  DATABASE_PREPARE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
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
  /** Comma-separated emails that become admins when they sign up (the first admin of a new deploy). */
  ADMIN_EMAILS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    ),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Vercel Cron sends "Authorization: Bearer $CRON_SECRET"; unset, the cron routes answer 404. */
  CRON_SECRET: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(16, "CRON_SECRET must be at least 16 characters").optional(),
  ),
  /** Unleash server (flags): its API base, e.g. https://unleash.example.com/api. Unset: the bootstrap file. */
  UNLEASH_URL: optionalUrl,
  UNLEASH_API_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  /** An admin token: lets the launch monitor's kill switch toggle the flag in Unleash itself. */
  UNLEASH_ADMIN_TOKEN: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  /** Where the kill switch toggles; by default the project and environment the API token names. */
  UNLEASH_PROJECT: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  UNLEASH_ENVIRONMENT: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
  /** How often flags are re-read (Unleash polling, override rows): a kill switch lands within this. */
  UNLEASH_REFRESH_MS: z.coerce.number().int().min(250).max(600_000).default(15_000),
  /** The environment flag_overrides rows are read for; else Vercel's VERCEL_ENV, else from NODE_ENV. */
  DEPLOY_ENV: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[a-z0-9_-]+$/, "DEPLOY_ENV must be lower-case letters, digits, - or _")
      .optional(),
  ),
  VERCEL_ENV: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  /** This deploy's own flag overrides, for preview deploys: "voice_commands=off,real_time_sync=on". */
  FLAG_OVERRIDES: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(
        /^\s*[a-z0-9_]+\s*=\s*(on|off|true|false)\s*(,\s*[a-z0-9_]+\s*=\s*(on|off|true|false)\s*)*$/,
        'FLAG_OVERRIDES must look like "voice_commands=off,real_time_sync=on"',
      )
      .optional(),
  ),
  /** OTLP/HTTP collector: traces and metrics are exported only when this is set (lib/telemetry). */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
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
    // Half an Unleash configuration would silently fall back to the bootstrap file.
    .refine((e) => !e.UNLEASH_URL === !e.UNLEASH_API_TOKEN, {
      message: "UNLEASH_URL and UNLEASH_API_TOKEN are set together (or neither, for the bootstrap file)",
      path: ["UNLEASH_API_TOKEN"],
    })
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
