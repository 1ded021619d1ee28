// Email signatures link to hosted PNG icons (Gmail and Outlook show no SVG): the build writes one
// per network, 40×40 (2× for 20 px), from the same glyphs the elements draw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { NETWORK_IDS } from 'social-directory/core';

test('the build writes a 40×40 PNG icon for every network', () => {
  for (const network of NETWORK_IDS) {
    const png = readFileSync(`dist/icons/${network}.png`);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${network}.png is a PNG`);
    // IHDR: width and height are the first two big-endian 32-bit fields after the chunk header.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [40, 40], `${network}.png is 40×40`);
  }
});
