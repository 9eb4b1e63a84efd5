-- Row-level security on the dream tables. The API runs every user-scoped query as the role
-- rzd_app with app.user_id set for the transaction (see scoped.ts); the policies then only
-- ever show that user's rows. Maintenance (migrations, re-encryption) runs as the owner.
DO $$
BEGIN
  CREATE ROLE rzd_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- the connecting user must be able to SET ROLE rzd_app (a no-op for superusers)
DO $$
BEGIN
  EXECUTE format('GRANT rzd_app TO %I', current_user);
EXCEPTION WHEN others THEN
  RAISE NOTICE 'could not grant rzd_app to %: %', current_user, SQLERRM;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO rzd_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO rzd_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rzd_app;
--> statement-breakpoint
ALTER TABLE "dreams" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "interpretations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "dream_embeddings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "interpretation_audio" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "dreams_owner" ON "dreams" TO rzd_app
  USING (user_id = nullif(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "dream_embeddings_owner" ON "dream_embeddings" TO rzd_app
  USING (user_id = nullif(current_setting('app.user_id', true), '')::uuid)
  WITH CHECK (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "interpretations_owner" ON "interpretations" TO rzd_app
  USING (EXISTS (SELECT 1 FROM dreams d WHERE d.id = dream_id))
  WITH CHECK (EXISTS (SELECT 1 FROM dreams d WHERE d.id = dream_id));
--> statement-breakpoint
CREATE POLICY "interpretation_audio_owner" ON "interpretation_audio" TO rzd_app
  USING (EXISTS (SELECT 1 FROM interpretations i WHERE i.id = interpretation_id))
  WITH CHECK (EXISTS (SELECT 1 FROM interpretations i WHERE i.id = interpretation_id));
