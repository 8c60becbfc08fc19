// The `stopword` package's per-language source modules (it ships no types for them).
declare module "stopword/src/stopwords_eng.js" {
  export const eng: string[];
}
declare module "stopword/src/stopwords_spa.js" {
  export const spa: string[];
}
declare module "stopword/src/stopwords_deu.js" {
  export const deu: string[];
}
declare module "stopword/src/stopwords_ara.js" {
  export const ara: string[];
}
declare module "stopword/src/stopwords_tha.js" {
  export const tha: string[];
}
declare module "stopword/src/stopwords_ind.js" {
  export const ind: string[];
}
