ALTER TABLE "indicators" DROP CONSTRAINT "indicators_ref_unique";--> statement-breakpoint
ALTER TABLE "benchmarks" DROP CONSTRAINT "benchmarks_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "commentaries" DROP CONSTRAINT "commentaries_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "observations" DROP CONSTRAINT "observations_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "published_baselines" DROP CONSTRAINT "published_baselines_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "targets" DROP CONSTRAINT "targets_indicator_id_indicators_id_fk";
--> statement-breakpoint
-- drizzle-kit cannot name the old primary key; it is PostgreSQL's default name from 0000_init.
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_pkey";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "organisation_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organisation_id_id_pk" PRIMARY KEY("organisation_id","id");--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commentaries" ADD CONSTRAINT "commentaries_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_fk" FOREIGN KEY ("organisation_id","indicator_id") REFERENCES "public"."indicators"("organisation_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_organisation_ref" ON "indicators" USING btree ("organisation_id","ref");