/**
 * Colors of generated signatures (internal: not part of any entry).
 * @module
 */

// WCAG 2.x relative luminance.
const luminance = (rgb: number[]): number =>
  rgb.reduce((sum, c, i) => {
    const s = c / 255;
    return sum + [0.2126, 0.7152, 0.0722][i]! * (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
  }, 0);

/**
 * The brand color moved towards white or black, as little as needed, until its luminance lies
 * in [0.175, 0.183]: there it contrasts at least 4.5:1 (WCAG AA) with white *and* with black, so
 * links and the color bar read in light mode, in dark mode and after a client's inversion.
 */
export function accentColor(brandColor?: string): string {
  const hex =
    /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(brandColor ?? '')?.[1]!.replace(/^(.)(.)(.)$/, '$1$1$2$2$3$3') ?? '2563eb';
  const rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const dark = luminance(rgb) < 0.175;
  const mix = (t: number) => rgb.map((c) => Math.round(c + ((dark ? 255 : 0) - c) * t));
  let [lo, hi] = [0, 1];
  // Bisection on the rounded color, so the hex we return is the one that was measured.
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    const l = luminance(mix(mid));
    if (dark ? l >= 0.175 : l <= 0.183) hi = mid;
    else lo = mid;
  }
  return (
    '#' +
    mix(hi)
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}
