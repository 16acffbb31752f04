CREATE TABLE "sim_check_overrides" (
	"run_id" uuid NOT NULL,
	"check_id" text NOT NULL,
	"awarded" numeric(7, 2) NOT NULL,
	"reason" text NOT NULL,
	"examiner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_check_overrides_run_id_check_id_pk" PRIMARY KEY("run_id","check_id")
);
--> statement-breakpoint
CREATE TABLE "sim_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"format" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"border_white_ratio" real NOT NULL,
	"product_fill_ratio" real NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_images_id_owner" UNIQUE("id","owner_id")
);
--> statement-breakpoint
CREATE TABLE "sim_run_actions" (
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"refusal" jsonb,
	"at_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_run_actions_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "sim_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"marketplace" text NOT NULL,
	"task_id" uuid,
	"task_revision" integer,
	"seed" text NOT NULL,
	"params" jsonb NOT NULL,
	"computed" jsonb NOT NULL,
	"instructions" jsonb,
	"initial_state" jsonb NOT NULL,
	"state" jsonb NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"skill_attempt_id" uuid,
	"weight_item" text,
	"row_points" numeric(7, 2),
	"report" jsonb,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sim_task_revisions" (
	"task_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_task_revisions_task_id_revision_pk" PRIMARY KEY("task_id","revision")
);
--> statement-breakpoint
CREATE TABLE "sim_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"level" smallint NOT NULL,
	"work_type" text NOT NULL,
	"weight_item" text NOT NULL,
	"marketplace" text NOT NULL,
	"current_revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sim_tasks_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "skill_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"seed" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"submit_reason" text,
	"auto_score" numeric(7, 2),
	"score" numeric(7, 2),
	"passed" boolean,
	"finalized_by" uuid,
	"finalized_at" timestamp with time zone,
	CONSTRAINT "skill_attempts_registration_id_unique" UNIQUE("registration_id")
);
--> statement-breakpoint
CREATE TABLE "skill_exam_examiners" (
	"plan_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "skill_exam_examiners_plan_id_user_id_pk" PRIMARY KEY("plan_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "skill_exam_parts" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"blueprint" jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"late_entry_minutes" smallint DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sim_check_overrides" ADD CONSTRAINT "sim_check_overrides_run_id_sim_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sim_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_check_overrides" ADD CONSTRAINT "sim_check_overrides_examiner_id_users_id_fk" FOREIGN KEY ("examiner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_images" ADD CONSTRAINT "sim_images_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_run_actions" ADD CONSTRAINT "sim_run_actions_run_id_sim_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sim_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_runs" ADD CONSTRAINT "sim_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_runs" ADD CONSTRAINT "sim_runs_task_id_sim_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."sim_tasks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_runs" ADD CONSTRAINT "sim_runs_skill_attempt_id_skill_attempts_id_fk" FOREIGN KEY ("skill_attempt_id") REFERENCES "public"."skill_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_task_revisions" ADD CONSTRAINT "sim_task_revisions_task_id_sim_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."sim_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_task_revisions" ADD CONSTRAINT "sim_task_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_tasks" ADD CONSTRAINT "sim_tasks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sim_tasks" ADD CONSTRAINT "sim_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_attempts" ADD CONSTRAINT "skill_attempts_plan_id_skill_exam_parts_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."skill_exam_parts"("plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_attempts" ADD CONSTRAINT "skill_attempts_registration_id_exam_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."exam_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_attempts" ADD CONSTRAINT "skill_attempts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_attempts" ADD CONSTRAINT "skill_attempts_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_exam_examiners" ADD CONSTRAINT "skill_exam_examiners_plan_id_skill_exam_parts_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."skill_exam_parts"("plan_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_exam_examiners" ADD CONSTRAINT "skill_exam_examiners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_exam_parts" ADD CONSTRAINT "skill_exam_parts_plan_id_exam_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."exam_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sim_images_owner_idx" ON "sim_images" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "sim_runs_user_idx" ON "sim_runs" USING btree ("user_id","updated_at");--> statement-breakpoint
CREATE INDEX "sim_runs_attempt_idx" ON "sim_runs" USING btree ("skill_attempt_id");--> statement-breakpoint
CREATE INDEX "sim_tasks_filter_idx" ON "sim_tasks" USING btree ("level","work_type","weight_item");--> statement-breakpoint
CREATE INDEX "skill_attempts_plan_idx" ON "skill_attempts" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "skill_attempts_open_idx" ON "skill_attempts" USING btree ("status","deadline_at");