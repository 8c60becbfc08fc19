import { deferred } from "../../components/deferred";

/** The part of a claim page below its first screen, hydrated when its code arrives. */
export const DeferredClaimMore = deferred(async () => (await import("./claim-more")).ClaimMore);
