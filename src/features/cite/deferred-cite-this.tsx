import { deferred } from "../../components/deferred";

/** The "Cite this page" control, hydrated when its code arrives (none of it on a page's first view). */
export const DeferredCiteThis = deferred(async () => (await import("./cite-this")).CiteThis);
