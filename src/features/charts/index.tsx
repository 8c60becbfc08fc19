import { deferred } from "../../components/deferred";

/*
 * The charts are complete in the prerendered HTML and need no JavaScript to be
 * read or used (the table toggle is a native <details>), so their code is not
 * part of the first view.
 */
export const GradeChart = deferred(async () => (await import("./evidence-charts")).GradeChart);
export const EvidencePyramid = deferred(async () => (await import("./evidence-charts")).EvidencePyramid);
