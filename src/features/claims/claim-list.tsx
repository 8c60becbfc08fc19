import type { Claim } from "../../content/schema";
import { PrintFootnotes } from "../sources/print-footnotes";
import { ClaimCard } from "./claim-card";

/** A list of claim cards, with their sources as footnotes when printed. */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  return (
    <>
      {claims.map((claim) => (
        <ClaimCard key={claim.id} claim={claim} />
      ))}
      <PrintFootnotes claims={claims} />
    </>
  );
}
