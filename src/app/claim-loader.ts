import type { LoaderFunctionArgs } from "react-router";
import { claimById, loadClaims } from "../content/selectors";

/** A claim page's id must name a claim; anything else is a 404 that points to the explorer. */
export async function claimLoader({ params }: LoaderFunctionArgs): Promise<{ id: string }> {
  await loadClaims();
  const id = params.id ?? "";
  if (!claimById(id)) throw new Response(null, { status: 404, statusText: "Unknown claim" });
  return { id };
}
