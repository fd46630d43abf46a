ALTER TABLE "voice_commands" ADD COLUMN "source" text DEFAULT 'app' NOT NULL;--> statement-breakpoint
ALTER TABLE "voice_commands" ADD COLUMN "undo" jsonb;--> statement-breakpoint
ALTER TABLE "voice_commands" ADD COLUMN "undone_at" timestamp with time zone;