// Run first in `npm run build`: a claim record that fails validation stops the
// build with a message naming it.
import { claims } from "../src/content/claims";
import { designOf } from "./lib/sources-node";
import { validateClaims } from "../src/content/validate";

const problems = validateClaims(claims, designOf);
if (problems.length) {
  console.error(`Content validation failed (${problems.length}):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`content valid: ${claims.length} claims`);
