CREATE TYPE "public"."month_event" AS ENUM('open', 'submit', 'return', 'approve', 'publish', 'reopen', 'figures', 'commentary', 'history');--> statement-breakpoint
CREATE TYPE "public"."month_state" AS ENUM('draft', 'submitted', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "draft_commentaries" (
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"indicator_id" text NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "draft_commentaries_organisation_id_period_indicator_id_pk" PRIMARY KEY("organisation_id","period","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "draft_figures" (
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"note" text,
	CONSTRAINT "draft_figures_organisation_id_period_area_id_indicator_id_breakdown_pk" PRIMARY KEY("organisation_id","period","area_id","indicator_id","breakdown")
);
--> statement-breakpoint
CREATE TABLE "indicator_rule_versions" (
	"organisation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"effective_until" text NOT NULL,
	"polarity" "polarity" NOT NULL,
	"baseline_kind" "baseline_kind" NOT NULL,
	"baseline_label" text NOT NULL,
	"baseline_month" text,
	"tolerance" double precision,
	"trend_threshold" double precision,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_rule_versions_organisation_id_indicator_id_effective_until_pk" PRIMARY KEY("organisation_id","indicator_id","effective_until"),
	CONSTRAINT "indicator_rule_versions_until_month" CHECK (effective_until ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "month_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"revision" integer NOT NULL,
	"event" "month_event" NOT NULL,
	"actor_label" text NOT NULL,
	"actor_user_id" integer,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "month_revisions" (
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"revision" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	"reason" text,
	CONSTRAINT "month_revisions_organisation_id_period_revision_pk" PRIMARY KEY("organisation_id","period","revision")
);
--> statement-breakpoint
CREATE TABLE "months" (
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"state" "month_state" NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"published_revision" integer,
	"submitted_by_user_id" integer,
	"submitted_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "months_organisation_id_period_pk" PRIMARY KEY("organisation_id","period"),
	CONSTRAINT "months_period_month" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "superseded_figures" (
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"revision" integer NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"breakdown" text NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"source" "observation_source" NOT NULL,
	CONSTRAINT "superseded_figures_organisation_id_period_revision_area_id_indicator_id_breakdown_pk" PRIMARY KEY("organisation_id","period","revision","area_id","indicator_id","breakdown")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "dfe_measure_id" text;--> statement-breakpoint
ALTER TABLE "observations" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "draft_commentaries" ADD CONSTRAINT "draft_commentaries_month_fk" FOREIGN KEY ("organisation_id","period") REFERENCES "public"."months"("organisation_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_commentaries" ADD CONSTRAINT "draft_commentaries_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_figures" ADD CONSTRAINT "draft_figures_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_figures" ADD CONSTRAINT "draft_figures_month_fk" FOREIGN KEY ("organisation_id","period") REFERENCES "public"."months"("organisation_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_figures" ADD CONSTRAINT "draft_figures_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rule_versions" ADD CONSTRAINT "indicator_rule_versions_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "month_events" ADD CONSTRAINT "month_events_month_fk" FOREIGN KEY ("organisation_id","period") REFERENCES "public"."months"("organisation_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "month_revisions" ADD CONSTRAINT "month_revisions_month_fk" FOREIGN KEY ("organisation_id","period") REFERENCES "public"."months"("organisation_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "months" ADD CONSTRAINT "months_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "months" ADD CONSTRAINT "months_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "month_events_month" ON "month_events" USING btree ("organisation_id","period","id");