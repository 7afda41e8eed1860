CREATE TABLE "annex_a_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"period" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"extract_date" text NOT NULL,
	"rows_read" integer NOT NULL,
	"rows_excluded" integer NOT NULL,
	"exclusions_by_reason" jsonb NOT NULL,
	"warnings_by_kind" jsonb NOT NULL,
	"figures" integer NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annex_a_imports_period_month" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "annex_a_team_areas" (
	"organisation_id" integer NOT NULL,
	"team_key" text NOT NULL,
	"team" text NOT NULL,
	"area_id" integer NOT NULL,
	CONSTRAINT "annex_a_team_areas_organisation_id_team_key_pk" PRIMARY KEY("organisation_id","team_key")
);
--> statement-breakpoint
ALTER TABLE "annex_a_imports" ADD CONSTRAINT "annex_a_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_team_areas" ADD CONSTRAINT "annex_a_team_areas_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_team_areas" ADD CONSTRAINT "annex_a_team_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annex_a_imports_month" ON "annex_a_imports" USING btree ("organisation_id","period");