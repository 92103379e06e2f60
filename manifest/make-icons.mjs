// Draws the two Teams icons: color.png (192x192, full colour) and outline.png (32x32, white on transparent).
// Run: node manifest/make-icons.mjs  (the PNGs are committed; rerun only to change the design)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const accent = [0x1f, 0x5f, 0x8b, 255];
const white = [255, 255, 255, 255];
const amber = [0xf2, 0xa9, 0x00, 255];

// The glyph on a 16x16 grid: three rising bars (the numbers) and a dot above the tallest (the decision).
const bars = [
  { x: 3, y: 9, w: 2, h: 5 },
  { x: 7, y: 6, w: 2, h: 8 },
  { x: 11, y: 3, w: 2, h: 11 },
];
const dot = { cx: 12, cy: 1.5, r: 1.2 };

function draw(size, background, barColour, dotColour) {
  const px = new Uint8Array(size * size * 4);
  const cell = size / 16;
  const set = (x, y, c) => px.set(c, (y * size + x) * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const gx = (x + 0.5) / cell;
      const gy = (y + 0.5) / cell;
      if (background) set(x, y, background);
      if (bars.some((b) => gx >= b.x && gx < b.x + b.w && gy >= b.y && gy < b.y + b.h)) set(x, y, barColour);
      if ((gx - dot.cx) ** 2 + (gy - dot.cy) ** 2 <= dot.r ** 2) set(x, y, dotColour);
    }
  }
  return encodePng(size, size, px);
}

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
writeFileSync(here('color.png'), draw(192, accent, white, amber));
writeFileSync(here('outline.png'), draw(32, null, white, white));
console.log('wrote manifest/color.png (192x192) and manifest/outline.png (32x32)');
