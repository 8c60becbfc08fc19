/**
 * react-i18next imports useSyncExternalStore from `use-sync-external-store/shim`,
 * a fallback for React versions before 18. React 19 has the hook: the alias in
 * vite.config.ts points that import here, which saves every page a file (0.45 KiB
 * gzip) of code that only checks for the hook and hands React's own back.
 */
export { useSyncExternalStore } from "react";
