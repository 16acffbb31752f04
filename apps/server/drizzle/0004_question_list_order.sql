DROP INDEX "questions_bank_updated_idx";--> statement-breakpoint
CREATE INDEX "questions_bank_updated_idx" ON "questions" USING btree ("bank_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);