// The `hyphen` package ships no types; the two entry points scripts/lib/readability.ts uses.
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module "hyphen/es/index.js" {
  const hyphen: HyphenModule;
  export default hyphen;
}
declare module "hyphen/de/index.js" {
  const hyphen: HyphenModule;
  export default hyphen;
}
