import { type Counter, type Histogram, metrics } from "@opentelemetry/api";

// The app's own metrics. Without a registered meter provider (no
// OTEL_EXPORTER_OTLP_ENDPOINT, tests, local development) the API hands out
// no-op instruments, so recording costs next to nothing and needs no checks.

const meter = () => metrics.getMeter("voice-todo");

let instruments: { duration: Histogram; errors: Counter; voice: Counter } | undefined;

// Created on first use, not at import: the provider is registered in
// instrumentation.ts, and instruments taken before that would stay no-ops.
function get() {
  instruments ??= {
    duration: meter().createHistogram("http.server.request.duration", {
      description: "Duration of API requests handled by the app's route wrappers",
      unit: "s",
      advice: { explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] },
    }),
    errors: meter().createCounter("voice_todo.http.errors", {
      description: "API responses with a 5xx status (server faults, not refusals)",
    }),
    voice: meter().createCounter("voice_todo.voice.commands", {
      description: "Voice commands recorded, by intent and outcome",
    }),
  };
  return instruments;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /api/todos/<uuid>/restore -> /api/todos/:id/restore: one series per route, not per todo. */
export function routeLabel(pathname: string): string {
  return pathname
    .split("/")
    .map((part) => (UUID.test(part) || /^\d+$/.test(part) ? ":id" : part))
    .join("/");
}

export function recordRequest(params: { method: string; route: string; status: number; ms: number }): void {
  const attributes = {
    "http.request.method": params.method,
    "http.route": params.route,
    "http.response.status_code": params.status,
  };
  const m = get();
  m.duration.record(params.ms / 1000, attributes);
  if (params.status >= 500) m.errors.add(1, attributes);
}

export function recordVoiceOutcome(params: {
  intent: string;
  success: boolean;
  language: string;
  source: string;
}): void {
  get().voice.add(1, {
    "voice.intent": params.intent,
    "voice.outcome": params.success ? "success" : "failure",
    "voice.language": params.language,
    "voice.source": params.source,
  });
}
