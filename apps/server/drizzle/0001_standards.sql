CREATE TABLE "standard_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"standard_key" text NOT NULL,
	"label" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"base_version_id" uuid,
	"effective_date" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"notes" text,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "standard_versions" ADD CONSTRAINT "standard_versions_base_version_id_standard_versions_id_fk" FOREIGN KEY ("base_version_id") REFERENCES "public"."standard_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_versions" ADD CONSTRAINT "standard_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_versions" ADD CONSTRAINT "standard_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "standard_versions_key_label" ON "standard_versions" USING btree ("standard_key","label");--> statement-breakpoint
CREATE INDEX "standard_versions_status_idx" ON "standard_versions" USING btree ("standard_key","status");