// Draws a page's share card (src/app/share-card.ts says what is on it) as a 1200×630 PNG, at build time.
//
// Text is shaped by HarfBuzz (harfbuzzjs) with Noto Sans, Noto Sans Arabic and Noto Sans Thai from npm
// (@expo-google-fonts: TTF files, nothing downloaded at build), ordered by the Unicode bidirectional
// algorithm (bidi-js), drawn as glyph outlines into an SVG, and rasterised by resvg (@resvg/resvg-js).
// Why not satori: it does not lay out right-to-left text (vercel/satori#74). Why not resvg's own
// text: its shaping of Thai SARA AM after a tone mark overlapped the next letter ("ต่ำมาก"), and
// HarfBuzz here both measures and draws, so a line is never wider than the width it was wrapped to.
//
// The look follows the site's own (src/styles.css): the header bar in the brand colour, the title in
// ink, and the evidence badge as on the page: a pill with the four-step meter and the grade's words
// (dashed for "no studies in people", a square-cornered box with a document mark for an official record).
import { Resvg } from "@resvg/resvg-js";
import bidiFactory from "bidi-js";
import * as hb from "harfbuzzjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const bidi = bidiFactory();

export const WIDTH = 1200;
export const HEIGHT = 630;
const MARGIN = 72;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;

// The site's light palette (src/styles.css :root).
const INK = "#1a1d21";
const INK_SOFT = "#4a5260";
const PAPER = "#ffffff";
const PAPER_SOFT = "#f4f6f9";
const BRAND = "#1d3f6e";
const GRADE_FILL = ["#a9c1e2", "#6f95c9", "#3a679f", "#1d3f6e"];

// One font per script and weight. Everything that is neither Arabic nor Thai is drawn with Noto Sans.
const FAMILIES = {
  latin: ["noto-sans", "NotoSans"],
  arabic: ["noto-sans-arabic", "NotoSansArabic"],
  thai: ["noto-sans-thai", "NotoSansThai"],
};
const WEIGHTS = { 400: "400Regular", 600: "600SemiBold", 700: "700Bold" };

const fonts = new Map();
function font(script, weight) {
  const key = `${script}${weight}`;
  let entry = fonts.get(key);
  if (!entry) {
    const [pkg, name] = FAMILIES[script];
    const file = require.resolve(`@expo-google-fonts/${pkg}/${WEIGHTS[weight]}/${name}_${WEIGHTS[weight]}.ttf`);
    const face = new hb.Face(new hb.Blob(readFileSync(file)));
    entry = { font: new hb.Font(face), upem: face.upem, paths: new Map() };
    fonts.set(key, entry);
  }
  return entry;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const THAI = /[\u0e00-\u0e7f]/;
const scriptOf = (ch) => (ARABIC.test(ch) ? "arabic" : THAI.test(ch) ? "thai" : "latin");

/**
 * One line of text as runs of one font and one direction, in visual order (left to right), each shaped.
 * Returns the glyphs with their pen positions (in pixels from the line's left edge) and the line's width.
 */
export function layoutLine(text, { size, weight, dir }) {
  const { levels } = bidi.getEmbeddingLevels(text, dir);
  // Split into runs (UTF-16 indices): a new run where the script's font or the bidi level changes.
  // Spaces and marks with no script of their own stay in the run they are in.
  const runs = [];
  let previousScript = null;
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const script = /\s/.test(ch) && previousScript ? previousScript : scriptOf(ch);
    const last = runs.at(-1);
    if (last && last.script === script && last.level === levels[i]) last.end = i + ch.length;
    else runs.push({ start: i, end: i + ch.length, script, level: levels[i] });
    previousScript = script;
    i += ch.length;
  }
  // Unicode's rule L2: from the highest level down to the lowest odd one, reverse every sequence of
  // runs at that level or higher.
  const maxLevel = Math.max(0, ...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  for (let level = maxLevel; level >= minOdd; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  const glyphs = [];
  let x = 0;
  for (const run of runs) {
    const f = font(run.script, weight);
    const scale = size / f.upem;
    const buffer = new hb.Buffer();
    buffer.addText(text.slice(run.start, run.end));
    buffer.guessSegmentProperties();
    buffer.setDirection(run.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
    hb.shape(f.font, buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    infos.forEach((info, k) => {
      const p = positions[k];
      // index: where in `text` the glyph's character(s) start.
      glyphs.push({
        f,
        gid: info.codepoint,
        index: run.start + info.cluster,
        x: x + p.xOffset * scale,
        y: -p.yOffset * scale,
        scale,
      });
      x += p.xAdvance * scale;
    });
    buffer.destroy?.();
  }
  return { glyphs, width: x };
}

const width = (text, style) => layoutLine(text, style).width;

/**
 * Breaks text into lines no wider than maxWidth. Lines break at spaces, and in Thai (written without
 * spaces between words) also between words, as Intl.Segmenter finds them; never before punctuation.
 * A single word wider than the line is left whole (the caller shrinks the type instead).
 */
export function wrap(text, lang, style, maxWidth) {
  const segments = [...new Intl.Segmenter(lang, { granularity: "word" }).segment(text)];
  const lines = [];
  let line = "";
  let space = "";
  segments.forEach(({ segment, isWordLike }, i) => {
    if (/^\s+$/.test(segment)) {
      space += segment;
      return;
    }
    const breakable = line !== "" && (space !== "" || (isWordLike && segments[i - 1]?.isWordLike));
    if (breakable && width(line + space + segment, style) > maxWidth) {
      lines.push(line);
      line = segment;
    } else line += space + segment;
    space = "";
  });
  if (line) lines.push(line);
  return lines;
}

/** Cuts a line down to fit with an ellipsis after it. */
function ellipsize(line, style, maxWidth) {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(line)].map((s) => s.segment);
  while (graphemes.length && width(graphemes.join("").trimEnd() + "…", style) > maxWidth) graphemes.pop();
  return graphemes.join("").trimEnd() + "…";
}

/** At most maxLines lines; what does not fit ends in an ellipsis. */
function fitLines(text, lang, style, maxWidth, maxLines) {
  const lines = wrap(text, lang, style, maxWidth);
  if (lines.length <= maxLines && lines.every((l) => width(l, style) <= maxWidth)) return lines;
  const kept = lines.slice(0, maxLines);
  kept[kept.length - 1] = ellipsize(lines.slice(maxLines - 1).join(" "), style, maxWidth);
  return kept;
}

function glyphPath({ f, gid }) {
  let d = f.paths.get(gid);
  if (d === undefined) {
    d = f.font.glyphToPath(gid);
    f.paths.set(gid, d);
  }
  return d;
}

/** Where a laid-out line's ink lies: the union of its glyphs' outlines' boxes, in pixels. */
function inkBox(glyphs, left, baseline) {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const g of glyphs) {
    const e = g.f.font.glyphExtents(g.gid);
    if (!e || !e.width) continue;
    const x0 = left + g.x + e.xBearing * g.scale;
    const y0 = baseline + g.y - e.yBearing * g.scale;
    box.x0 = Math.min(box.x0, x0, x0 + e.width * g.scale);
    box.x1 = Math.max(box.x1, x0, x0 + e.width * g.scale);
    box.y0 = Math.min(box.y0, y0, y0 - e.height * g.scale);
    box.y1 = Math.max(box.y1, y0, y0 - e.height * g.scale);
  }
  return box;
}

/**
 * SVG for one line of text, its start edge at `x` (the right edge in right-to-left text), baseline at
 * `y`. What was drawn, and where its ink lies, is added to `drawn` (the tests check nothing is clipped).
 */
function textSvg(text, { x, y, size, weight, dir, fill, role, drawn }) {
  const { glyphs, width: w } = layoutLine(text, { size, weight, dir });
  const left = dir === "rtl" ? x - w : x;
  drawn?.push({ role, text, box: inkBox(glyphs, left, y) });
  const paths = glyphs
    .map((g) => {
      const d = glyphPath(g);
      if (!d) return "";
      const gx = (left + g.x).toFixed(2);
      const gy = (y + g.y).toFixed(2);
      return `<path transform="translate(${gx} ${gy}) scale(${g.scale.toFixed(5)} ${(-g.scale).toFixed(5)})" d="${d}"/>`;
    })
    .join("");
  return { svg: `<g fill="${fill}">${paths}</g>`, width: w };
}

const TITLE_SIZES = [64, 58, 52, 46, 40];
const TALL_SCRIPTS = new Set(["th", "ar"]);
const LABEL = { size: 34, weight: 600 };
/** A section card's chips: the largest type that fits them in two rows. */
const CHIP_SIZES = [28, 25, 22];

/** The badge: a pill with the meter and the words (and, on a section card, a count). */
function badgeSvg(badge, { start, top, dir, text, height, pad, count, drawn }) {
  const rtl = dir === "rtl";
  const meterWidth = badge.grade === "official" ? 24 : 4 * 9 + 3 * 3;
  const labelWidth = width(badge.label, { ...text, dir });
  const countText = count ? `${badge.count}` : "";
  const countWidth = count ? width(countText, { size: text.size, weight: 700, dir }) + 16 : 0;
  const total = pad + meterWidth + 14 + labelWidth + countWidth + pad;
  const left = rtl ? start - total : start;
  // Positions measured from the inline start edge, turned into x for either direction.
  const at = (offset, w) => (rtl ? left + total - offset - w : left + offset);
  const mid = top + height / 2;
  const border =
    badge.grade === "none"
      ? `stroke="${INK_SOFT}" stroke-dasharray="10 6"`
      : badge.grade === "official"
        ? `stroke="${INK_SOFT}"`
        : `stroke="${BRAND}"`;
  const radius = badge.grade === "official" ? 6 : height / 2;
  const fillBg = badge.grade === "official" ? PAPER_SOFT : PAPER;
  let meter = "";
  if (badge.grade === "official") {
    const mx = at(pad, 24);
    const my = mid - 14;
    meter = `<g fill="none" stroke="${INK_SOFT}" stroke-width="2.4" transform="translate(${mx} ${my}) scale(1.75)"><path d="M3 1.5h7l3 3v10H3z"/><path d="M5.5 7h5M5.5 9.5h5M5.5 12h3"/></g>`;
  } else {
    meter = [1, 2, 3, 4]
      .map((step) => {
        const h = [0.4, 0.6, 0.8, 1][step - 1] * 32;
        const on = badge.steps !== null && step <= badge.steps;
        const fill = on ? GRADE_FILL[badge.steps - 1] : PAPER;
        const stroke = badge.steps === null ? `stroke="${INK_SOFT}" stroke-dasharray="3 2"` : `stroke="${BRAND}"`;
        return `<rect x="${at(pad + (step - 1) * 12, 9)}" y="${mid + 16 - h}" width="9" height="${h}" fill="${fill}" ${stroke} stroke-width="2"/>`;
      })
      .join("");
  }
  const baseline = mid + text.size * 0.36;
  const labelX = rtl ? left + total - pad - meterWidth - 14 : left + pad + meterWidth + 14;
  drawn?.push({
    role: "badge",
    text: badge.label,
    box: { x0: left - 2, y0: top - 2, x1: left + total + 2, y1: top + height + 2 },
  });
  const label = textSvg(badge.label, {
    x: labelX,
    y: baseline,
    ...text,
    dir,
    fill: INK,
    role: "badge-label",
    drawn,
  }).svg;
  const countSvg = count
    ? textSvg(countText, {
        x: rtl ? labelX - labelWidth - 16 : labelX + labelWidth + 16,
        y: baseline,
        size: text.size,
        weight: 700,
        dir,
        fill: BRAND,
        role: "badge-count",
        drawn,
      }).svg
    : "";
  return {
    svg: `<rect x="${left}" y="${top}" width="${total}" height="${height}" rx="${radius}" fill="${fillBg}" stroke-width="4" ${border}/>${meter}${label}${countSvg}`,
    width: total,
  };
}

/**
 * The card as SVG (glyph outlines only: no fonts needed to rasterise it), and what it drew where:
 * each line of text and each badge, with the box its ink covers.
 */
export function cardLayout(card) {
  const { lang, dir } = card;
  const drawn = [];
  // Thai and Arabic marks reach further above and below the line than Latin letters: more space between lines.
  const leading = TALL_SCRIPTS.has(lang) ? 1.6 : 1.3;
  const rtl = dir === "rtl";
  const start = rtl ? WIDTH - MARGIN : MARGIN;
  const parts = [];
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>`);
  parts.push(`<rect width="${WIDTH}" height="104" fill="${BRAND}"/>`);
  parts.push(`<rect y="${HEIGHT - 14}" width="${WIDTH}" height="14" fill="${BRAND}"/>`);
  parts.push(textSvg(card.site, { x: start, y: 66, size: 36, weight: 700, dir, fill: PAPER, role: "site", drawn }).svg);

  // Badges sit at the bottom: one pill on a claim card, chips that wrap onto rows on a section card.
  const bottom = HEIGHT - 56;
  let badgesTop = bottom;
  const badgeParts = [];
  if (card.badges.length === 1 && card.badges[0].count === undefined) {
    const height = 72;
    badgesTop = bottom - height;
    badgeParts.push(badgeSvg(card.badges[0], { start, top: badgesTop, dir, text: LABEL, height, pad: 26, drawn }).svg);
  } else if (card.badges.length) {
    // Chips in rows, at most two: with many grades and long labels (German), the type gets smaller.
    const gap = 14;
    const layoutRows = (chip) => {
      const rows = [[]];
      let used = 0;
      for (const badge of card.badges) {
        const { width: w } = badgeSvg(badge, {
          start: 0,
          top: 0,
          dir: "ltr",
          text: chip,
          height: 0,
          pad: 20,
          count: true,
        });
        if (used && used + gap + w > TEXT_WIDTH) {
          rows.push([]);
          used = 0;
        }
        rows.at(-1).push({ badge, w });
        used += (used ? gap : 0) + w;
      }
      return rows;
    };
    const chip = CHIP_SIZES.map((size) => ({ size, weight: 600 })).find((c) => layoutRows(c).length <= 2) ?? {
      size: CHIP_SIZES.at(-1),
      weight: 600,
    };
    const rows = layoutRows(chip);
    const height = Math.round(chip.size * 2.07);
    badgesTop = bottom - rows.length * height - (rows.length - 1) * gap;
    rows.forEach((row, r) => {
      let offset = 0;
      for (const { badge, w } of row) {
        const x = rtl ? start - offset : start + offset;
        const top = badgesTop + r * (height + gap);
        badgeParts.push(badgeSvg(badge, { start: x, top, dir, text: chip, height, pad: 20, count: true, drawn }).svg);
        offset += w + gap;
      }
    });
  }

  let y = 104 + 40;
  if (card.kicker) {
    const style = { size: 30, weight: 400, dir };
    const [line] = fitLines(card.kicker, lang, style, TEXT_WIDTH, 1);
    parts.push(textSvg(line, { x: start, y: y + 30, ...style, fill: INK_SOFT, role: "kicker", drawn }).svg);
    // Below it, room for the title's tallest marks (Arabic hamza with a vowel sign, Thai stacked marks).
    y += 30 + (TALL_SCRIPTS.has(lang) ? 40 : 26);
  }
  const subtitleStyle = { size: 30, weight: 400, dir };
  const subtitleLines = card.subtitle ? fitLines(card.subtitle, lang, subtitleStyle, TEXT_WIDTH, 3) : [];
  const subtitleLeading = Math.round(30 * leading);
  const subtitleHeight = subtitleLines.length ? 20 + subtitleLines.length * subtitleLeading : 0;
  const titleSpace = badgesTop - 28 - y - subtitleHeight;
  // The largest type the title fits in; at the smallest, what does not fit ends in an ellipsis.
  let titleLines = [];
  let titleSize = TITLE_SIZES.at(-1);
  for (const size of TITLE_SIZES) {
    const lines = wrap(card.title, lang, { size, weight: 700, dir }, TEXT_WIDTH);
    const fits = lines.every((l) => width(l, { size, weight: 700, dir }) <= TEXT_WIDTH);
    if (fits && lines.length * size * leading <= titleSpace) {
      titleLines = lines;
      titleSize = size;
      break;
    }
  }
  if (!titleLines.length) {
    const style = { size: titleSize, weight: 700, dir };
    titleLines = fitLines(
      card.title,
      lang,
      style,
      TEXT_WIDTH,
      Math.max(1, Math.floor(titleSpace / (titleSize * leading))),
    );
  }
  const lineHeight = titleSize * leading;
  titleLines.forEach((line, i) => {
    parts.push(
      textSvg(line, {
        x: start,
        y: y + titleSize + i * lineHeight,
        size: titleSize,
        weight: 700,
        dir,
        fill: INK,
        role: "title",
        drawn,
      }).svg,
    );
  });
  y += titleLines.length * lineHeight;
  subtitleLines.forEach((line, i) => {
    parts.push(
      textSvg(line, {
        x: start,
        y: y + 20 + 30 + i * subtitleLeading,
        ...subtitleStyle,
        fill: INK_SOFT,
        role: "subtitle",
        drawn,
      }).svg,
    );
  });
  parts.push(...badgeParts);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join("")}</svg>`;
  return { svg, drawn };
}

export const cardSvg = (card) => cardLayout(card).svg;

/** A card's SVG as PNG bytes. */
export function rasterize(svg) {
  return new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
}
