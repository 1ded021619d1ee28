// Email signatures link to hosted PNG icons (Gmail and Outlook show no SVG): the build writes one
// per network, 40×40 (2× for 20 px), from the same glyphs the elements draw. Each must stay
// visible on a light and on a dark message (WCAG 2.x non-text contrast, 3:1), whether or not
// the mail client inverts it, and its glyph must read on its square.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { NETWORK_IDS } from 'social-directory/core';

const ICONS = 'dist/icons';
const BACKGROUNDS = { light: [0xff, 0xff, 0xff], dark: [0x12, 0x12, 0x12] };
const NON_TEXT_CONTRAST = 3;

/** WCAG 2.x relative luminance of an sRGB color. */
const luminance = (rgb) =>
  rgb
    .map((c) => c / 255)
    .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * What a reader sees of an icon: the color of its outermost opaque ring (the first fully opaque
 * pixel from the middle of each edge inwards: what meets the message's background), the color
 * that fills most of it (the square) and the next most common opaque color inside (the glyph).
 */
function readIcon(file) {
  const { width, height, data } = PNG.sync.read(readFileSync(file));
  const at = (x, y) => {
    const i = (y * width + x) * 4;
    return { rgb: [data[i], data[i + 1], data[i + 2]], alpha: data[i + 3] };
  };
  const edges = [];
  const middle = [width >> 1, height >> 1];
  const walks = [
    (d) => [middle[0], d],
    (d) => [middle[0], height - 1 - d],
    (d) => [d, middle[1]],
    (d) => [width - 1 - d, middle[1]],
  ];
  for (const walk of walks) {
    for (let d = 0; d < Math.min(width, height) / 2; d++) {
      const pixel = at(...walk(d));
      if (pixel.alpha === 255) {
        edges.push(pixel.rgb);
        break;
      }
    }
  }
  const counts = new Map();
  // Inside the outermost 4 px: anti-aliased corners and any ring stay out of the count.
  for (let y = 4; y < height - 4; y++) {
    for (let x = 4; x < width - 4; x++) {
      const { rgb, alpha } = at(x, y);
      if (alpha === 255) counts.set(hex(rgb), (counts.get(hex(rgb)) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([color]) => color);
  const parse = (color) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  const square = parse(ranked[0]);
  // The glyph: the most common color that is clearly not the square (anti-aliasing makes blends).
  const glyph = ranked.map(parse).find((rgb) => rgb.some((c, i) => Math.abs(c - square[i]) > 64));
  return { width, height, edges, square, glyph };
}

test('the build writes a 40×40 PNG icon for every network, and nothing else', () => {
  assert.deepEqual(readdirSync(ICONS).sort(), NETWORK_IDS.map((network) => `${network}.png`).sort());
  for (const network of NETWORK_IDS) {
    const png = readFileSync(`${ICONS}/${network}.png`);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${network}.png is a PNG`);
    const { width, height } = readIcon(`${ICONS}/${network}.png`);
    assert.deepEqual([width, height], [40, 40], `${network}.png is 40×40`);
  }
});

test('every icon stands out 3:1 from a white and a #121212 background, and its glyph 3:1 from its square', () => {
  const failures = [];
  const files = readdirSync(ICONS).filter((file) => file.endsWith('.png'));
  for (const file of files) {
    const { edges, square, glyph } = readIcon(`${ICONS}/${file}`);
    assert.equal(edges.length, 4, `${file}: an opaque edge on every side`);
    for (const [name, background] of Object.entries(BACKGROUNDS)) {
      for (const edge of edges) {
        const ratio = contrast(edge, background);
        if (ratio < NON_TEXT_CONTRAST)
          failures.push(`${file}: edge ${hex(edge)} on ${name} ${hex(background)} is ${ratio.toFixed(2)}:1`);
      }
    }
    assert.ok(glyph, `${file}: a glyph of another color than the square`);
    const ratio = contrast(glyph, square);
    if (ratio < NON_TEXT_CONTRAST)
      failures.push(`${file}: glyph ${hex(glyph)} on square ${hex(square)} is ${ratio.toFixed(2)}:1`);
  }
  const short = new Set(failures.map((failure) => failure.split(':')[0]));
  assert.deepEqual([...new Set(failures)], [], `${short.size} of ${files.length} icons fall short`);
});

// The bundles carry the glyphs rounded to two decimals (rollup.config.mjs, roundGlyph): each must
// draw as the original does at the sizes the elements show, and the rounded copy must be what a
// page fetches.
test('the glyphs rounded to two decimals draw like the originals at 20 and 40 px, and the CDN build carries them', async () => {
  const { Resvg } = await import('@resvg/resvg-js');
  const { roundGlyph } = await import('../../rollup.config.mjs');
  const { ICONS } = await import('../../dist/elements/icons.js');
  const cdn = readdirSync('dist/cdn', { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => readFileSync(`dist/cdn/${file}`, 'utf8'))
    .join('\n');
  const draw = (d, size) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill-rule="evenodd" d="${d}"/></svg>`;
    return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().pixels;
  };
  // Our own glyphs (LinkedIn, Skype, the generic links) are written short already; the rule is for simple-icons'.
  const brands = new Set(Object.values(await import('simple-icons')).map((icon) => icon.path));
  let rounded = 0;
  for (const [network, d] of Object.entries(ICONS)) {
    const short = roundGlyph(d);
    if (!brands.has(d) || short === d) continue;
    rounded += 1;
    for (const size of [20, 40]) {
      const [a, b] = [draw(d, size), draw(short, size)];
      // Coverage (alpha) of each pixel: no pixel changes by more than a quarter, and the changes
      // add up to at most 0.5% of the square (anti-aliasing noise, not a different shape).
      let total = 0;
      let most = 0;
      for (let i = 3; i < a.length; i += 4) {
        total += Math.abs(a[i] - b[i]) / 255;
        most = Math.max(most, Math.abs(a[i] - b[i]));
      }
      assert.ok(
        most <= 64 && total <= (size * size) / 200,
        `${network} at ${size} px: ${total.toFixed(1)} px, most ${most}`,
      );
    }
    assert.ok(cdn.includes(short), `${network}: the CDN build carries the rounded glyph`);
    assert.ok(!cdn.includes(d), `${network}: the CDN build has the original glyph`);
  }
  assert.ok(rounded >= 15, `only ${rounded} glyphs were rounded`);
});
