CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_label" text,
	"organisation_id" integer,
	"action" text NOT NULL,
	"table_name" text,
	"row_key" jsonb,
	"before" jsonb,
	"after" jsonb,
	"detail" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE INDEX "audit_log_organisation_time" ON "audit_log" USING btree ("organisation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_time" ON "audit_log" USING btree ("occurred_at");