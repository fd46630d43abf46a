// Runs once when a server process starts (Next.js instrumentation hook).

export async function register() {
  // Node only: the OTLP metric exporter and the app's env validation are Node code.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // OpenTelemetry: traces and metrics, exported only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const [{ env }, { registerTelemetry }] = await Promise.all([
    import("./lib/env"),
    import("./lib/telemetry/register"),
  ]);
  await registerTelemetry(env().OTEL_EXPORTER_OTLP_ENDPOINT);
  // The launch monitor on a timer (not on Vercel, where Vercel Cron calls /api/cron/launch-monitor).
  (await import("./lib/launch-monitor/schedule")).startLaunchMonitorSchedule();
}
