CREATE TABLE "annex_a_drill_downs" (
	"import_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"area_id" integer NOT NULL,
	"figure" jsonb NOT NULL,
	"kept_until" timestamp with time zone NOT NULL,
	CONSTRAINT "annex_a_drill_downs_import_id_indicator_id_area_id_pk" PRIMARY KEY("import_id","indicator_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "annex_a_settings" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"retain_drill_down_days" integer,
	CONSTRAINT "annex_a_settings_retention_days" CHECK (retain_drill_down_days BETWEEN 1 AND 92)
);
--> statement-breakpoint
ALTER TABLE "annex_a_drill_downs" ADD CONSTRAINT "annex_a_drill_downs_import_id_annex_a_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."annex_a_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_drill_downs" ADD CONSTRAINT "annex_a_drill_downs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_drill_downs" ADD CONSTRAINT "annex_a_drill_downs_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_drill_downs" ADD CONSTRAINT "annex_a_drill_downs_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annex_a_settings" ADD CONSTRAINT "annex_a_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annex_a_drill_downs_kept_until" ON "annex_a_drill_downs" USING btree ("kept_until");--> statement-breakpoint
CREATE INDEX "annex_a_drill_downs_organisation" ON "annex_a_drill_downs" USING btree ("organisation_id");--> statement-breakpoint
-- The retention setting is organisation data: audited and part of the organisation's data version,
-- like the other Annex A tables (0017). The kept drill-down is deliberately neither: the row trigger
-- would copy its child ids into audit_log, which is append-only and would outlive the retention;
-- keeping and deleting it are recorded as audit events (annex_a.drill_down.kept / .deleted) instead,
-- and no cached read depends on it.
SELECT audit_attach('annex_a_settings', ARRAY['organisation_id']);--> statement-breakpoint
SELECT data_version_attach('annex_a_settings');
