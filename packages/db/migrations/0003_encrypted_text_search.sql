ALTER TABLE "dreams" drop column "search";--> statement-breakpoint
ALTER TABLE "dreams" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (case when text like 'enc:v1:%' then ''::tsvector else to_tsvector(case when language = 'ru' then 'russian'::regconfig else 'english'::regconfig end, text) end) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "dreams_search_idx" ON "dreams" USING gin ("search");
