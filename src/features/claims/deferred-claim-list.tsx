import { deferred } from "../../components/deferred";

/** Claim cards below a page's first screen (the explorer's results), hydrated when their code arrives. */
export const DeferredClaimList = deferred(async () => (await import("./claim-list")).ClaimList);
