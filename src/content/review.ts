/** How often every claim is checked again against its sources (the NHS pattern: reviewed, next review due). */
export const REVIEW_INTERVAL_MONTHS = 12;

/** Adds months to an ISO date (YYYY-MM-DD), in UTC. */
export function addMonths(iso: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}

export function nextReviewDue(reviewed: string): string {
  return addMonths(reviewed, REVIEW_INTERVAL_MONTHS);
}
