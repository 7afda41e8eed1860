import type {
  BenchmarkCatalogueResponse,
  BenchmarkHistoryResponse,
  BenchmarkMeasure,
  BenchmarkRankingResponse,
  BenchmarksResponse,
} from "@scorecard/shared/api-schema";

/** Trimmed copies of the API's answers for Birmingham, re-referrals, 2025; for component tests only. */

export const reReferrals: BenchmarkMeasure = {
  id: "re-referrals",
  title: "Re-referrals within 12 months",
  definition: "Referrals within 12 months of a previous referral, as a percentage of all referrals.",
  method: "DfE's published rereferral_percent.",
  period: "Year ending 31 March (2025 = April 2024 to March 2025; counts at 31 March 2025)",
  yearBasis: "year_ending_march",
  unit: "percent",
  polarity: "lower_is_better",
  decimals: 1,
  sourceFile: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
  sourceUrl:
    "https://explore-education-statistics.service.gov.uk/find-statistics/characteristics-of-children-in-need",
  years: [2023, 2024, 2025],
};

export const cpPlans: BenchmarkMeasure = {
  ...reReferrals,
  id: "cp-plans",
  title: "Children on a child protection plan per 10,000",
  unit: "rate_per_10k",
  polarity: "neutral",
  years: [2024, 2025],
};

export const catalogue: BenchmarkCatalogueResponse = {
  measures: [reReferrals, cpPlans],
  localAuthorities: [
    { code: "330", name: "Birmingham", regionName: "West Midlands", firstYear: 2013, lastYear: 2025 },
    { code: "837", name: "Bournemouth", regionName: "South West", firstYear: 2013, lastYear: 2019 },
    { code: "201", name: "City of London", regionName: "Inner London", firstYear: 2013, lastYear: 2025 },
    { code: "892", name: "Nottingham", regionName: "East Midlands", firstYear: 2013, lastYear: 2025 },
  ],
  models: [
    { model: "2025", label: "DfE statistical neighbours, May 2025 model" },
    { model: "2021", label: "DfE statistical neighbours, April 2021 model" },
  ],
};

export const benchmarks: BenchmarksResponse = {
  indicatorId: "re-referrals",
  measure: reReferrals,
  la: { code: "330", name: "Birmingham", regionCode: "E12000005" },
  year: 2025,
  yearLabel: "year ending March 2025",
  value: 20.7,
  numerator: 3382,
  denominator: 16324,
  suppression: null,
  national: 22.6,
  region: { code: "E12000005", name: "West Midlands", value: 19.5 },
  statisticalNeighbours: {
    model: "2025",
    modelLabel: "DfE statistical neighbours, May 2025 model",
    members: [
      {
        code: "892",
        name: "Nottingham",
        position: 1,
        closeness: "Very close",
        value: 27.2,
        suppression: null,
      },
      {
        code: "352",
        name: "Manchester",
        position: 2,
        closeness: "Very close",
        value: 18.4,
        suppression: null,
      },
      { code: "201", name: "City of London", position: 3, closeness: "Close", value: null, suppression: "c" },
    ],
    mean: 22.8,
    median: 22.8,
    withValues: 2,
  },
  rank: 84,
  rankOf: 153,
  quartile: "C",
};

export const history: BenchmarkHistoryResponse = {
  indicatorId: "re-referrals",
  la: { code: "330", name: "Birmingham" },
  model: "2025",
  regionName: "West Midlands",
  years: [
    {
      year: 2023,
      yearLabel: "year ending March 2023",
      value: 19.7,
      national: 22.4,
      region: 19.4,
      neighboursMean: 22.47,
      neighboursMedian: 22.65,
      rank: 59,
      rankOf: 149,
      quartile: "B",
    },
    {
      year: 2024,
      yearLabel: "year ending March 2024",
      value: null,
      national: 22.4,
      region: 20.7,
      neighboursMean: 23.16,
      neighboursMedian: 24.1,
      rank: null,
      rankOf: 149,
      quartile: null,
    },
    {
      year: 2025,
      yearLabel: "year ending March 2025",
      value: 20.7,
      national: 22.6,
      region: 19.5,
      neighboursMean: 21.37,
      neighboursMedian: 21.3,
      rank: 84,
      rankOf: 153,
      quartile: "C",
    },
  ],
};

export const ranking: BenchmarkRankingResponse = {
  indicatorId: "re-referrals",
  year: 2025,
  yearLabel: "year ending March 2025",
  entries: [
    {
      code: "313",
      name: "Hounslow",
      regionName: "Outer London",
      value: 12.1,
      suppression: null,
      rank: 1,
      quartile: "A",
    },
    {
      code: "330",
      name: "Birmingham",
      regionName: "West Midlands",
      value: 20.7,
      suppression: null,
      rank: 84,
      quartile: "C",
    },
    {
      code: "871",
      name: "Slough",
      regionName: "South East",
      value: 20.7,
      suppression: null,
      rank: 84,
      quartile: "C",
    },
    {
      code: "892",
      name: "Nottingham",
      regionName: "East Midlands",
      value: 27.2,
      suppression: null,
      rank: 144,
      quartile: "D",
    },
    {
      code: "201",
      name: "City of London",
      regionName: "Inner London",
      value: null,
      suppression: "c",
      rank: null,
      quartile: null,
    },
  ],
};
