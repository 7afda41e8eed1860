CREATE TABLE "dfe_benchmark_figures" (
	"measure_id" text NOT NULL,
	"year" integer NOT NULL,
	"model" text NOT NULL,
	"la_code" text NOT NULL,
	"la_name" text,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"suppression" text,
	"national" double precision,
	"region_code" text,
	"region_name" text,
	"region_figure_name" text,
	"region_value" double precision,
	"neighbours_mean" double precision,
	"neighbours_median" double precision,
	"neighbours_with_values" integer NOT NULL,
	"rank" integer,
	"rank_of" integer NOT NULL,
	"quartile" text,
	CONSTRAINT "dfe_benchmark_figures_measure_id_model_la_code_year_pk" PRIMARY KEY("measure_id","model","la_code","year")
);
--> statement-breakpoint
CREATE INDEX "dfe_benchmark_figures_ranking" ON "dfe_benchmark_figures" USING btree ("measure_id","model","year");