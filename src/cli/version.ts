/**
 * The package version, read from the package.json next to `dist/` at run time (the CLI is
 * bundled without a JSON plugin, and the installed package always has its package.json).
 * @module
 */
import { readFileSync } from 'node:fs';

/** The installed package's version, or `0.0.0` when its package.json cannot be read. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
