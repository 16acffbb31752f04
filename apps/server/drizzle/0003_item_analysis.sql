CREATE TABLE "item_analysis_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exam_key" text NOT NULL,
	"question_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"facility" double precision,
	"point_biserial" double precision,
	"upper_lower_27" double precision,
	"distractors" jsonb,
	"flags" text[] NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_responses" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"exam_key" text NOT NULL,
	"candidate_key" text NOT NULL,
	"question_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"response" jsonb,
	"choice_mask" smallint,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bank_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"content" "bytea",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_analysis_results" ADD CONSTRAINT "item_analysis_results_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_analysis_results" ADD CONSTRAINT "item_analysis_results_revision_id_question_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."question_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_responses" ADD CONSTRAINT "item_responses_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_responses" ADD CONSTRAINT "item_responses_revision_id_question_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."question_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_imports" ADD CONSTRAINT "question_imports_bank_id_question_banks_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."question_banks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_imports" ADD CONSTRAINT "question_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_analysis_results_exam_revision" ON "item_analysis_results" USING btree ("exam_key","revision_id");--> statement-breakpoint
CREATE INDEX "item_analysis_results_question_idx" ON "item_analysis_results" USING btree ("question_id","computed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "item_responses_exam_candidate_revision" ON "item_responses" USING btree ("exam_key","candidate_key","revision_id");--> statement-breakpoint
CREATE INDEX "item_responses_exam_revision_idx" ON "item_responses" USING btree ("exam_key","revision_id");