/**
 * The article this site checks, claim by claim. Named (in structured data and
 * on the pages), never linked: we never link sellers.
 */
export const REVIEWED_ARTICLE = {
  title: "Exploring The Health Benefits Of Kratom Capsules For Chronic Pain",
  /** A blog post, published on this date. */
  datePublished: "2025-07-16",
  inLanguage: "en",
} as const;
