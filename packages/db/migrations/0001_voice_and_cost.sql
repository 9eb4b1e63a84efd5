CREATE TABLE "interpretation_audio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interpretation_id" uuid NOT NULL,
	"voice" text NOT NULL,
	"mime" text NOT NULL,
	"audio" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interpretation_audio_voice_unique" UNIQUE("interpretation_id","voice")
);
--> statement-breakpoint
ALTER TABLE "interpretations" ADD COLUMN "cost_usd" numeric(12, 6) DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interpretation_audio" ADD CONSTRAINT "interpretation_audio_interpretation_id_interpretations_id_fk" FOREIGN KEY ("interpretation_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;