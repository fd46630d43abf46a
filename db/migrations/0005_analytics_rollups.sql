CREATE TABLE "metric_daily" (
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"numerator" double precision NOT NULL,
	"denominator" double precision NOT NULL,
	"value" double precision,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metric_daily_day_metric_pk" PRIMARY KEY("day","metric")
);
--> statement-breakpoint
CREATE TABLE "request_stats" (
	"minute" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"status" integer NOT NULL,
	"count" integer NOT NULL,
	"total_ms" double precision NOT NULL,
	"max_ms" double precision NOT NULL,
	"buckets" integer[] NOT NULL,
	CONSTRAINT "request_stats_minute_method_route_status_pk" PRIMARY KEY("minute","method","route","status")
);
