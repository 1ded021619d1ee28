// What benchmarks need of src/ that no package entry exports (the static index's writer, say):
// `contents`, an ES module of re-exports from ./src/…, bundled by esbuild and imported.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Imports the module `contents` (re-exports of ./src/… files), bundled from source. */
export async function fromSource(contents) {
  const bundled = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0].text)}`);
}
