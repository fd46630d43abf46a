// OpenTelemetry for the Node.js server, called from instrumentation.ts.
// Exports only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the standard OTLP
// variables: OTEL_EXPORTER_OTLP_HEADERS, OTEL_SERVICE_NAME, ... apply): traces
// through @vercel/otel (Next's own spans for requests, rendering and fetch),
// metrics (lib/telemetry/metrics.ts) through a periodic OTLP/HTTP reader.
// On Vercel with an observability integration @vercel/otel finds that itself.

export async function registerTelemetry(endpoint: string | undefined): Promise<boolean> {
  if (!endpoint) return false;
  const [{ registerOTel }, { PeriodicExportingMetricReader }, { OTLPMetricExporter }] = await Promise.all([
    import("@vercel/otel"),
    import("@opentelemetry/sdk-metrics"),
    import("@opentelemetry/exporter-metrics-otlp-http"),
  ]);
  registerOTel({
    serviceName: "voice-todo",
    // The exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (+ /v1/metrics) and its headers from the environment.
    metricReaders: [
      new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter(), exportIntervalMillis: 15_000 }),
    ],
  });
  return true;
}
