CREATE TYPE "public"."area_kind" AS ENUM('city', 'area', 'ward', 'service');--> statement-breakpoint
CREATE TYPE "public"."benchmark_kind" AS ENUM('national', 'statistical_neighbours', 'regional');--> statement-breakpoint
CREATE TYPE "public"."geographic_level" AS ENUM('national', 'regional', 'local_authority');--> statement-breakpoint
CREATE TYPE "public"."observation_source" AS ENUM('published', 'illustrative');--> statement-breakpoint
CREATE TABLE "area_populations" (
	"area_id" integer NOT NULL,
	"year" integer NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "area_populations_area_id_year_pk" PRIMARY KEY("area_id","year")
);
--> statement-breakpoint
CREATE TABLE "areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "area_kind" NOT NULL,
	"parent_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"kind" "benchmark_kind" NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"period_label" text NOT NULL,
	"effective_from" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "benchmarks_effective_from_month" CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "commentaries" (
	"organisation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"period" text NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "commentaries_organisation_id_indicator_id_period_pk" PRIMARY KEY("organisation_id","indicator_id","period")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"ref" integer NOT NULL,
	"title" text NOT NULL,
	"definition" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" text NOT NULL,
	"measure_kind" text NOT NULL,
	"baseline_kind" text NOT NULL,
	"baseline_label" text NOT NULL,
	"baseline_month" text,
	"tolerance" double precision,
	"trend_threshold" double precision,
	"decimals" integer NOT NULL,
	"numerator_label" text,
	"denominator_label" text,
	"shows_rate_per10k" boolean DEFAULT false NOT NULL,
	"notes" text,
	CONSTRAINT "indicators_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "local_authorities" (
	"code" text PRIMARY KEY NOT NULL,
	"new_code" text,
	"name" text NOT NULL,
	"region_code" text,
	"region_name" text,
	"first_year" integer,
	"last_year" integer
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"area_id" integer NOT NULL,
	"period" text NOT NULL,
	"indicator_id" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"source" "observation_source" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_area_id_period_indicator_id_breakdown_pk" PRIMARY KEY("area_id","period","indicator_id","breakdown"),
	CONSTRAINT "observations_period_month" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"old_la_code" text NOT NULL,
	"new_la_code" text NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organisations_oldLaCode_unique" UNIQUE("old_la_code"),
	CONSTRAINT "organisations_newLaCode_unique" UNIQUE("new_la_code")
);
--> statement-breakpoint
CREATE TABLE "published_baselines" (
	"area_id" integer NOT NULL,
	"period" text NOT NULL,
	"indicator_id" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"label" text NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	CONSTRAINT "published_baselines_area_id_period_indicator_id_breakdown_pk" PRIMARY KEY("area_id","period","indicator_id","breakdown")
);
--> statement-breakpoint
CREATE TABLE "published_statistics" (
	"measure_id" text NOT NULL,
	"year" integer NOT NULL,
	"level" "geographic_level" NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"suppression" text,
	"source_file" text NOT NULL,
	CONSTRAINT "published_statistics_measure_id_year_level_code_pk" PRIMARY KEY("measure_id","year","level","code")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text
);
--> statement-breakpoint
CREATE TABLE "statistical_neighbours" (
	"model" text NOT NULL,
	"la_code" text NOT NULL,
	"position" integer NOT NULL,
	"neighbour_code" text NOT NULL,
	"closeness" text NOT NULL,
	CONSTRAINT "statistical_neighbours_model_la_code_position_pk" PRIMARY KEY("model","la_code","position")
);
--> statement-breakpoint
CREATE TABLE "statistics_imports" (
	"sha256" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"measure_ids" text NOT NULL,
	"rows" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"effective_from" text NOT NULL,
	"value" double precision,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_effective_from_month" CHECK (effective_from ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "area_populations" ADD CONSTRAINT "area_populations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_baselines" ADD CONSTRAINT "published_baselines_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_baselines" ADD CONSTRAINT "published_baselines_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "areas_organisation_slug" ON "areas" USING btree ("organisation_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "benchmarks_indicator_kind_month" ON "benchmarks" USING btree ("organisation_id","indicator_id","kind","effective_from");--> statement-breakpoint
CREATE INDEX "observations_series" ON "observations" USING btree ("indicator_id","area_id","period");--> statement-breakpoint
CREATE INDEX "observations_period_source" ON "observations" USING btree ("period","source");--> statement-breakpoint
CREATE INDEX "published_statistics_year" ON "published_statistics" USING btree ("measure_id","level","year");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_indicator_month" ON "targets" USING btree ("organisation_id","indicator_id","effective_from");