CREATE TYPE "public"."baseline_kind" AS ENUM('previous_6_months_average', 'previous_6_months_cumulative', 'fixed_month', 'rolling_12_months', 'none');--> statement-breakpoint
CREATE TYPE "public"."measure_kind" AS ENUM('ratio', 'snapshot_count', 'mean');--> statement-breakpoint
CREATE TYPE "public"."polarity" AS ENUM('higher_is_better', 'lower_is_better', 'neutral');--> statement-breakpoint
CREATE TYPE "public"."unit" AS ENUM('percent', 'count', 'rate_per_10k', 'days', 'number');--> statement-breakpoint
ALTER TABLE "benchmarks" ALTER COLUMN "unit" SET DATA TYPE "public"."unit" USING "unit"::"public"."unit";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "unit" SET DATA TYPE "public"."unit" USING "unit"::"public"."unit";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "polarity" SET DATA TYPE "public"."polarity" USING "polarity"::"public"."polarity";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "measure_kind" SET DATA TYPE "public"."measure_kind" USING "measure_kind"::"public"."measure_kind";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "baseline_kind" SET DATA TYPE "public"."baseline_kind" USING "baseline_kind"::"public"."baseline_kind";