/**
 * After a deploy, the host no longer has the files of the build a reader's page
 * runs (its chunks are named by content hash): the next page's code or a
 * language's text fails to load. The page then loads the address again from the
 * host, which gives the new build. Once per address in a tab's session, so a file
 * that stays missing (or a host serving stale pages) can never cause a reload loop;
 * and never while offline, where the browser could only show its own error page.
 */

/** The browser's TypeError for a module that could not be fetched (Chromium, Firefox, WebKit wordings). */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|module script failed/i.test(error.message);
}

/** Loads the current address again, unless it was already done for it this session; says whether it will. */
export function reloadOnce(): boolean {
  const key = `reloaded:${location.pathname}`;
  try {
    if (!navigator.onLine || sessionStorage.getItem(key)) return false;
    sessionStorage.setItem(key, "1");
  } catch {
    // No session storage (blocked): without the guard a reload could repeat, so never reload.
    return false;
  }
  location.reload();
  return true;
}

/** For a promise's catch: a failed load reloads the page (once); any other error is passed on. */
export function reloadIfLoadFailed(error: unknown): void {
  if (!isLoadFailure(error) || !reloadOnce()) throw error;
}
