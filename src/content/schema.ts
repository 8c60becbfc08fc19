/**
 * The content model. Everything a page shows about the evidence is typed data here;
 * the words live in locales/<lng>/*.json keyed by the ids defined below.
 */

/** GRADE certainty plus two distinct states: no studies in people, and official record. */
export const GRADES = ["high", "moderate", "low", "very-low", "none", "official"] as const;
export type Grade = (typeof GRADES)[number];

/** Our verdict on what the article asserted. */
export const VERDICTS = ["supported", "partly-supported", "overstated", "not-supported", "contradicted"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** GRADE domains that can lower certainty. */
export const DOWNGRADES = ["risk-of-bias", "inconsistency", "indirectness", "imprecision", "publication-bias"] as const;
export type Downgrade = (typeof DOWNGRADES)[number];

/** How far a downgrade lowers certainty: GRADE's "serious" (one step) and "very serious" (two). */
export const SEVERITY_STEPS = { serious: 1, "very-serious": 2 } as const;
export type Severity = keyof typeof SEVERITY_STEPS;

/** GRADE's reasons to raise the certainty of observational evidence (never of randomized or lab evidence). */
export const UPGRADES = ["large-effect", "dose-response", "opposing-confounding"] as const;
export type Upgrade = (typeof UPGRADES)[number];

/**
 * Where a claim's certainty starts, from the design of the evidence it rests on:
 * - "randomized": randomized trials (or reviews and guidelines built on them): starts high;
 * - "observational": surveys, cohorts, case series, poison-centre and death records, case
 *   reports: starts low, and rises only through a recorded upgrade;
 * - "laboratory": controlled lab or animal experiments: starts high for a lab finding
 *   (scope "lab"); a claim about people resting on it alone needs very serious indirectness;
 * - "no-human-evidence": no study in people tested the question: grade "none", nothing to compute;
 * - "official-record": a fact of law or an agency's position: grade "official", not GRADE.
 */
export const STARTS = ["randomized", "observational", "laboratory", "no-human-evidence", "official-record"] as const;
export type Start = (typeof STARTS)[number];

/** The four GRADE levels, lowest first: the steps the arithmetic moves along. */
export const GRADE_LEVELS = ["very-low", "low", "moderate", "high"] as const;
export type GradeLevel = (typeof GRADE_LEVELS)[number];

/**
 * What a claim is about, which decides the grade ceiling:
 * - "people": an effect in humans (the ceiling rule applies in full);
 * - "lab": a laboratory or product-analysis finding, graded on that evidence,
 *   whose text says it is not an effect shown in people;
 * - "fact": a fact of law or an agency's stated position (grade "official").
 */
export const SCOPES = ["people", "lab", "fact"] as const;
export type Scope = (typeof SCOPES)[number];

/** The article's sections, each a routed page, with their subsections (stable <h2> ids). */
export const SECTIONS = {
  mechanisms: ["opioid-receptors", "neurotransmitters", "anti-inflammatory"],
  evidence: ["clinical-trials", "preclinical-research", "case-reports-and-surveys"],
  "pain-types": ["arthritis", "fibromyalgia", "back-pain", "nerve-pain"],
  dosage: ["dosage-factors", "reported-doses", "product-variability", "side-effects", "precautions"],
  "long-term": ["tolerance", "withdrawal", "liver", "drug-interactions", "pregnancy", "regulation"],
  alternatives: ["complementary-therapies", "lifestyle", "conventional-treatments"],
  /** Not in the article: what other kratom pages claim most often, graded the same way. */
  "other-claims": ["opioids", "mood-and-energy", "safety-and-testing"],
} as const;
export type SectionId = keyof typeof SECTIONS;
export type SubsectionId = (typeof SECTIONS)[SectionId][number];
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];

/** Study designs used in sources.json. */
export const DESIGNS = [
  "systematic-review",
  "meta-analysis",
  "guideline",
  "rct",
  "pharmacokinetic-study",
  "cross-sectional-survey",
  "poison-center-data",
  "case-series",
  "case-report",
  "animal",
  "in-vitro",
  "narrative-review",
  "regulatory",
  "official-consumer-info",
] as const;
export type Design = (typeof DESIGNS)[number];

export interface Source {
  id: string;
  authors: string | null;
  title: string;
  container: string | null;
  year: number | null;
  pmid: string | null;
  doi: string | null;
  url: string | null;
  seen_at: string;
  design: Design;
  population: string;
  finding: string;
  claims: number[];
  note: string | null;
}

/** The fields of a source that the site shows (the rest stay in sources.json for the team). */
export const SOURCE_DETAIL_FIELDS = [
  "id",
  "authors",
  "title",
  "container",
  "year",
  "pmid",
  "doi",
  "url",
  "design",
  "population",
] as const satisfies readonly (keyof Source)[];
export type SourceDetails = Pick<Source, (typeof SOURCE_DETAIL_FIELDS)[number]>;

interface ClaimBase {
  /** Stable kebab-case id; never derived from text; the key of the claim's words in locales. */
  id: string;
  section: SectionId;
  subsection: SubsectionId;
  grade: Grade;
  scope: Scope;
  /** Ids of sources.json entries; at least one. */
  sources: readonly string[];
  /** The design of the evidence the certainty rests on, which sets where the grade starts. */
  start: Start;
  /**
   * GRADE domains that lowered certainty, each with its severity; the reason for each is in
   * locales (claims.json, <id>.steps.<domain>). Empty for "none" and official records.
   */
  downgrades: Readonly<Partial<Record<Downgrade, Severity>>>;
  /** Reasons that raised the certainty of observational evidence; reasons in <id>.steps.<upgrade>. */
  upgrades?: readonly Upgrade[];
  /** ISO date (YYYY-MM-DD) this claim was last checked against its sources. */
  reviewed: string;
  /** For grade "official": the date (YYYY-MM or YYYY-MM-DD) the record was true. */
  asOf?: string;
  /** Shown on the home page as a "bottom line" key message. */
  keyMessage?: boolean;
  /** Numbers quoted in the claim's text, formatted per language through Intl ({{name, number}}). */
  values?: Readonly<Record<string, number>>;
}

/** A claim the article makes: we record its assertion (in locales) and our verdict. */
export interface ArticleClaim extends ClaimBase {
  origin: "article";
  verdict: Verdict;
}

/** A claim a reader needs that the article leaves out. */
export interface AddedClaim extends ClaimBase {
  origin: "added";
}

export type Claim = ArticleClaim | AddedClaim;
