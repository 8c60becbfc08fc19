import type { Claim } from "../schema";

/**
 * Claims that other kratom pages make most often and the reviewed article does not (sellers'
 * pages, blogs, forums): added by us, graded the same way. A claim with no verified source (e.g.
 * that one "strain" or leaf-vein colour is stronger for pain) gets no claim here: the checker says
 * "not graded here". Words: locales/<lng>/claims.json.
 */
export const otherClaimsClaims: readonly Claim[] = [
  {
    id: "opioid-withdrawal-substitute",
    section: "other-claims",
    subsection: "opioids",
    origin: "added",
    grade: "very-low",
    scope: "people",
    start: "observational",
    downgrades: { "risk-of-bias": "serious" },
    sources: [
      "smith-lawson-2017-treatment-sample",
      "swogger-walsh-2018-mental-health-sr",
      "nccih-kratom-page",
      "suriaga-2024-florida-kratom-deaths",
      "kiyokawa-2023-bup-nal-home-induction",
    ],
    values: { treatmentSample: 500, lifetimeUsePct: 20.8 },
    reviewed: "2026-12-07",
  },
  {
    id: "mood-anxiety-depression",
    section: "other-claims",
    subsection: "mood-and-energy",
    origin: "added",
    grade: "very-low",
    scope: "people",
    start: "observational",
    downgrades: { "risk-of-bias": "serious" },
    sources: [
      "swogger-walsh-2018-mental-health-sr",
      "smith-2024-ema-jama-netw-open",
      "johnson-2020-antidepressant-antipsychotic-review",
      "arhin-2023-kratom-use-disorder-case",
      "bowe-kerr-2020-kratom-chronic-pain-oud-case",
    ],
    values: { users: 357 },
    reviewed: "2026-12-07",
  },
  {
    id: "energy-low-amounts",
    section: "other-claims",
    subsection: "mood-and-energy",
    origin: "added",
    grade: "very-low",
    scope: "people",
    start: "observational",
    downgrades: { "risk-of-bias": "serious" },
    sources: [
      "prozialeck-2012-jaoa-pharmacology",
      "hou-gubili-2021-ascopost-integrative-oncology",
      "smith-2024-ema-jama-netw-open",
      "nida-kratom-drugfacts",
      "prozialeck-2020-product-content-contamination",
    ],
    values: { users: 357, foldRange: 16 },
    reviewed: "2026-12-07",
  },
  {
    id: "safer-than-opioids",
    section: "other-claims",
    subsection: "safety-and-testing",
    origin: "added",
    grade: "very-low",
    scope: "people",
    start: "laboratory",
    downgrades: { indirectness: "very-serious", imprecision: "serious" },
    sources: [
      "hill-2022-respiratory-ceiling",
      "eggleston-2019-kratom-toxicities",
      "schimmel-dart-2020-liver-injury-review",
      "olsen-2019-mmwr-overdose-deaths",
      "nida-kratom-drugfacts",
    ],
    values: { plateauMgPerKg: 10 },
    reviewed: "2026-12-07",
  },
  {
    id: "drug-tests-miss-kratom",
    section: "other-claims",
    subsection: "safety-and-testing",
    origin: "added",
    grade: "low",
    scope: "people",
    start: "observational",
    downgrades: {},
    sources: [
      "eldridge-2018-nas-pediatrics",
      "nellhaus-2018-neonatal-withdrawal",
      "striley-2022-polysubstance-review",
      "olsen-2019-mmwr-overdose-deaths",
    ],
    values: { positiveDeaths: 152 },
    reviewed: "2026-12-07",
  },
];
