// Draws the app icons (public/icons/*.png, for the web app manifest) from code:
// a dark blue square with four rising bars, like the evidence meter. Run by
// `npm run build` before Vite copies public/, so no binary file is committed.
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../public/icons");
const BG = [0x1d, 0x3f, 0x6e, 255];
const FG = [255, 255, 255, 255];

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Four bars in the middle 60% (the maskable safe zone), heights 25–100%. */
function icon(size) {
  const unit = size / 100;
  return png(size, (x, y) => {
    const u = x / unit;
    const v = y / unit;
    for (let i = 0; i < 4; i++) {
      const left = 22 + i * 15;
      const top = 72 - (i + 1) * 11;
      if (u >= left && u < left + 10 && v >= top && v < 74) return FG;
    }
    return BG;
  });
}

await mkdir(out, { recursive: true });
for (const size of [192, 512]) await writeFile(path.join(out, `icon-${size}.png`), icon(size));
console.log("icons: public/icons/icon-192.png, icon-512.png");
