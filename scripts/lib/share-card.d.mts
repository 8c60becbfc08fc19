// Types for share-card.mjs (the build's card renderer), for the tests that check its layout.
import type { ShareCard } from "../../src/app/share-card";

export const WIDTH: number;
export const HEIGHT: number;

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
  dir: "ltr" | "rtl";
}
/** A shaped glyph: where its character(s) start in the text, and its pen position in pixels. */
export interface PlacedGlyph {
  index: number;
  x: number;
  y: number;
}
export function layoutLine(text: string, style: TextStyle): { glyphs: PlacedGlyph[]; width: number };
export function wrap(text: string, lang: string, style: TextStyle, maxWidth: number): string[];

/** Something the card drew: a line of text or a badge, and the box its ink covers. */
export interface Drawn {
  role: "site" | "kicker" | "title" | "subtitle" | "badge" | "badge-label" | "badge-count";
  text: string;
  box: { x0: number; y0: number; x1: number; y1: number };
}
export function cardLayout(card: ShareCard): { svg: string; drawn: Drawn[] };
export function cardSvg(card: ShareCard): string;
export function rasterize(svg: string): Buffer;
