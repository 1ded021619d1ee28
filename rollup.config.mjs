// The builds, from one source:
// - dist/ : ESM modules for npm (preserveModules, .d.ts), with lit, zod and tslib external so a
//   page or app that already has them loads one copy (two lits break under Trusted Types);
// - dist/social-directory.min.js : one minified file with everything, for a <script type="module">;
// - dist/cdn/ : for pages: the autoloader (dist/cdn/social-directory.js) and one module per
//   element, lit and zod bundled into shared chunks, so a page fetches only what its tags use;
// - dist/icons/*.png : the network glyphs as PNGs for email signatures;
// - dist/cli.js : the `social-directory` command (Node), with core bundled in, and
//   dist/manifest.schema.json, written by running that command so it is exactly what
//   `social-directory schema` prints.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { optimize } from 'svgo';

/**
 * A glyph's path data with its numbers to two decimals. simple-icons draws on a 24-unit grid
 * with three decimals; a hundredth of a unit is invisible at the sizes the elements show
 * (16–40 px), and the shorter numbers save ~2 KB gzip on every page with social links. svgo's
 * convertPathData rounds against absolute positions, so relative segments do not drift.
 * @param {string} d
 */
export function roundGlyph(d) {
  const { data } = optimize(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${d}"/></svg>`, {
    plugins: [
      {
        name: 'convertPathData',
        params: {
          floatPrecision: 2,
          straightCurves: false,
          convertToQ: false,
          curveSmoothShorthands: false,
          makeArcs: { threshold: 0, tolerance: 0 },
          smartArcRounding: false,
        },
      },
    ],
  });
  const rounded = /<path d="([^"]*)"/.exec(data)?.[1];
  if (rounded === undefined) throw new Error(`roundGlyph: svgo returned no path for ${d.slice(0, 40)}…`);
  return rounded;
}

/**
 * Rounds the simple-icons glyphs a bundle keeps (`path:"M…"` in their objects), before terser.
 * The mappings are kept (`map: null`): only string contents shrink, inside simple-icons' data.
 */
function roundGlyphs() {
  return {
    name: 'round-glyphs',
    renderChunk(code) {
      const out = code.replace(/(\bpath:\s*)"([Mm][^"]*)"/g, (_, key, d) => `${key}"${roundGlyph(d)}"`);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Gives each glyph module (src/elements/glyphs/<network>.ts) its own copy of the simple-icons
 * object it imports. Through simple-icons' index, which rollup keeps whole in one module, every
 * glyph would land in one chunk shared by all; this way each is a chunk of its own, which a page
 * fetches only when it draws a profile on that network (src/elements/glyph.ts).
 */
function glyphChunks() {
  const prefix = '\0simple-icon:';
  return {
    name: 'glyph-chunks',
    resolveId(source, importer) {
      return source === 'simple-icons' &&
        importer !== undefined &&
        /[\\/]src[\\/]elements[\\/]glyphs[\\/]/.test(importer)
        ? prefix + importer
        : null;
    },
    async load(id) {
      if (!id.startsWith(prefix)) return null;
      const simpleIcons = await import('simple-icons');
      const names = new Set(readFileSync(id.slice(prefix.length), 'utf8').match(/\bsi[A-Z]\w*/g));
      return [...names]
        .map((name) => `export const ${name} = { path: ${JSON.stringify(simpleIcons[name].path)} };`)
        .join('\n');
    },
  };
}

/**
 * Writes into the autoloader (src/autoloader.ts, `PRELOADS`) the chunks each element's module
 * imports, all levels down, and under `<tag>[index]` the static index reader it imports on demand
 * (`core/static-index-source`, `elements/internal/index-load`) with what that imports, so the
 * autoloader can ask for them beside the module instead of the browser finding them one level at
 * a time. Before terser, with the hash
 * placeholders rollup replaces in the final code; the map is unchanged, as only a string changes.
 */
function modulePreloads() {
  const placeholder = '__social_directory_preloads__';
  return {
    name: 'module-preloads',
    renderChunk(code, autoloader, _options, { chunks }) {
      if (!code.includes(placeholder)) return null;
      const imports = (fileName, into = new Set()) => {
        for (const imported of chunks[fileName]?.imports ?? [])
          if (!into.has(imported)) imports(imported, into.add(imported));
        return into;
      };
      const preloads = {};
      const elementFiles = new Map();
      // The elements' modules are what the autoloader imports, each named by its tag.
      for (const fileName of autoloader.dynamicImports) {
        const tag = /[\\/]elements[\\/](social-[\w-]+)\.ts$/.exec(chunks[fileName]?.facadeModuleId ?? '')?.[1];
        if (tag === undefined) throw new Error(`modulePreloads: the autoloader imports ${fileName}, no element`);
        preloads[tag] = [...imports(fileName)];
        elementFiles.set(tag, fileName);
      }
      // With `index`, the static index reader an element imports on demand, and what it imports.
      const reader = /[\\/](core[\\/]static-index-source|elements[\\/]internal[\\/]index-load)\.ts$/;
      for (const [tag, files] of Object.entries(preloads)) {
        const loaded = new Set([elementFiles.get(tag), ...files]);
        const readers = [...loaded]
          .flatMap((fileName) => chunks[fileName]?.dynamicImports ?? [])
          .filter((fileName) => chunks[fileName]?.moduleIds.some((id) => reader.test(id)));
        const needed = [...new Set(readers.flatMap((fileName) => [fileName, ...imports(fileName)]))];
        if (needed.length > 0) preloads[`${tag}[index]`] = needed.filter((fileName) => !loaded.has(fileName));
      }
      return { code: code.replace(`'${placeholder}'`, JSON.stringify(JSON.stringify(preloads))), map: null };
    },
  };
}

/**
 * Makes dist/cli.js executable, writes the JSON Schemas (manifest and update) the CLI generates from the zod schema,
 * the demo's public manifest and its server-rendered careers page.
 */
function cliArtifacts() {
  return {
    name: 'cli-artifacts',
    writeBundle() {
      chmodSync('dist/cli.js', 0o755);
      writeFileSync('dist/manifest.schema.json', execFileSync(process.execPath, ['dist/cli.js', 'schema']));
      writeFileSync('dist/update.schema.json', execFileSync(process.execPath, ['dist/cli.js', 'schema', '--update']));
      // The careers page of the demo loads what HR would publish: the CLI's public manifest.
      mkdirSync('dist/demo', { recursive: true });
      execFileSync(
        process.execPath,
        ['dist/cli.js', 'public', 'demo/northwind.social.json', '-o', 'dist/demo/northwind.public.json'],
        { stdio: 'ignore' },
      );
      // And its server-rendered twin (the configs above have built dist/ssr.js and the hydrating file).
      execFileSync(
        process.execPath,
        [
          'dist/cli.js',
          'render',
          'dist/demo/northwind.public.json',
          '-o',
          'dist/demo/careers-ssr.html',
          '--template',
          'demo/careers-ssr.template.html',
          '--script',
          '../social-directory-hydrate.min.js',
        ],
        { stdio: 'ignore' },
      );
    },
  };
}

/**
 * Writes dist/icons/<network>.png: the glyphs the elements show (dist/elements/icons.js, so
 * the two cannot differ), as white on a rounded square of the brand's color, 40×40 px: 2× for
 * the 20 px email signatures show, which must be hosted PNGs (no SVG in Gmail or Outlook).
 * The square is the brand color moved toward a mid tone by the signature's own `accentColor`
 * (src/core/color.ts, luminance ~0.18): black squares (X, GitHub, TikTok) vanished on dark
 * messages and orange or green ones (RSS, WhatsApp) on white; at that tone every square contrasts 4.5:1 with white
 * and over 4:1 with #121212, and its white glyph 4.5:1 with it, inverted or not
 * (test/node/icons.test.mjs reads every PNG back).
 */
function signatureIcons() {
  return {
    name: 'signature-icons',
    async writeBundle() {
      const { Resvg } = await import('@resvg/resvg-js');
      const { ICONS } = await import(`./dist/elements/icons.js?${Date.now()}`);
      const { accentColor } = await import(`./dist/core/color.js?${Date.now()}`);
      const simpleIcons = await import('simple-icons');
      const brandColor = (network) =>
        accentColor(Object.values(simpleIcons).find((icon) => icon?.path === ICONS[network])?.hex ?? '4b5563');
      mkdirSync('dist/icons', { recursive: true });
      for (const network of Object.keys(ICONS)) {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="40" height="40">
          <rect width="24" height="24" rx="5" fill="${brandColor(network)}"/>
          <path transform="translate(4.8 4.8) scale(0.6)" fill="#ffffff" fill-rule="evenodd" d="${ICONS[network]}"/>
        </svg>`;
        writeFileSync(`dist/icons/${network}.png`, new Resvg(svg).render().asPng());
      }
    },
  };
}

// The directory worker's script, as src/elements/internal/worker-source.ts names it: the npm build
// keeps this expression as written (preserveModules puts the worker next to it, and an app's
// bundler recognizes `new Worker(new URL(…, import.meta.url))` and bundles the worker).
const WORKER_URL = /new URL\(\s*['"]\.\/directory-worker\.js['"],\s*import\.meta\.url\s*\)/g;
const WORKER_SOURCE = 'src/elements/internal/worker-source.ts';
const WORKER_SCRIPT = 'src/elements/internal/directory-worker.ts';

const WORKER_PLACEHOLDER = '__social_directory_worker_url__';

/**
 * Points worker-source's `new Worker(…)` at the worker script of a bundled build, `file` (relative
 * to the output folder), from wherever worker-source's code lands in that build (the main file,
 * an entry or a chunk in `chunks/`). The script is the self-contained worker the build below
 * writes, not a chunk of this build: a chunk would share this build's chunks, and in the
 * standalone build those are the main file, which defines elements where a worker has no
 * `customElements`; in the CDN build, sharing split the pages' core chunks and cost every
 * directory page ~1.2 KB and two more requests.
 * @param {string} file
 */
export function workerScript(file) {
  return {
    name: 'worker-script',
    transform(code, id) {
      if (!id.endsWith(WORKER_SOURCE)) return null;
      if (!code.match(WORKER_URL)) this.error(`${WORKER_SOURCE} no longer creates its worker as this plugin expects`);
      return {
        code: code.replace(WORKER_URL, `new URL(${JSON.stringify(WORKER_PLACEHOLDER)}, import.meta.url)`),
        map: null,
      };
    },
    renderChunk(code, chunk) {
      if (!code.includes(WORKER_PLACEHOLDER)) return null;
      const relative = posix.relative(posix.dirname(chunk.fileName), file);
      const url = relative.startsWith('.') ? relative : `./${relative}`;
      return { code: code.replaceAll(WORKER_PLACEHOLDER, url), map: null };
    },
  };
}

const nodeBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

const external = (id) => /^(lit|@lit\/|@lit-labs\/|zod|tslib|jsonc-parser|simple-icons|react|uqr)(\/|$)/.test(id);

/** zod ships a misplaced /* @__PURE__ *\/ comment; rollup drops it, which is harmless. */
function ignoreZodAnnotation(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

/** TypeScript for the bundled builds (no declarations), writing to `outDir`. */
function bundledTypescript(outDir) {
  return typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    rootDir: 'src',
    outDir,
    sourceMap: true,
    types: [],
  });
}

/**
 * The self-contained directory worker written to `dir`.
 * @returns {import('rollup').RollupOptions}
 */
function workerBuild(dir, entryFileNames, chunkFileNames) {
  return {
    input: WORKER_SCRIPT,
    onwarn: ignoreZodAnnotation,
    output: { dir, entryFileNames, chunkFileNames, format: 'esm', sourcemap: true },
    plugins: [
      nodeResolve({ browser: true }),
      bundledTypescript(dir),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  };
}

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'core/schema': 'src/core/schema.ts',
      'core/jsonld': 'src/core/jsonld.ts',
      'core/source': 'src/core/source.ts',
      // Until an element imports it on demand, nothing else reaches the worker source; the
      // worker's script is reached by URL only, so it is always an input of its own.
      'elements/internal/worker-source': WORKER_SOURCE,
      'elements/internal/directory-worker': WORKER_SCRIPT,
      react: 'src/react.ts',
      ssr: 'src/ssr.ts',
    },
    external,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        // The CLI and the CDN autoloader are builds of their own below; they need no declarations.
        exclude: ['cli/**', '../test/**', 'autoloader.ts'],
        rootDir: 'src',
        outDir: 'dist',
        sourceMap: true,
        types: [],
      }),
      signatureIcons(),
    ],
  },
  {
    input: 'src/index.ts',
    onwarn: ignoreZodAnnotation,
    // Everything in one file, except what a page may never need, lazily imported siblings: the
    // JSON syntax-error locator that only a broken manifest needs (~3.6 KB gzip), the
    // virtualizer only a directory of more than 24 people needs (~8 KB gzip), and the QR
    // encoder with the card's QR code logic, which only a QR code needs (~3.7 and ~0.9 KB gzip),
    // among others (docs/getting-started.md lists them). They import from the main file itself
    // ('allow-extension'), not from a chunk behind a facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'social-directory.min.js',
      chunkFileNames: 'social-directory-[name].min.js',
      manualChunks: (id) => (id.includes('/node_modules/uqr/') ? 'qr' : undefined),
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      bundledTypescript('dist'),
      workerScript('social-directory-worker.min.js'),
      roundGlyphs(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  },
  {
    // The standalone file for server-rendered pages (`social-directory render`): the same
    // elements with lit's hydration support, a separate file so other pages do not carry it.
    input: { 'social-directory-hydrate': 'src/hydrate.ts' },
    onwarn: ignoreZodAnnotation,
    output: {
      dir: 'dist',
      entryFileNames: '[name].min.js',
      chunkFileNames: 'social-directory-hydrate-[name].min.js',
      manualChunks: (id) => (id.includes('/node_modules/uqr/') ? 'qr' : undefined),
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      bundledTypescript('dist'),
      workerScript('social-directory-worker.min.js'),
      roundGlyphs(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  },
  // The directory worker of the standalone files and of the CDN build, self-contained (core and
  // zod inside; see workerScript). Fetched only by a page whose element loads a large manifest
  // through a worker; its JSON error locator is a sibling, fetched only for a broken manifest.
  workerBuild('dist', 'social-directory-worker.min.js', 'social-directory-worker-[name].min.js'),
  workerBuild('dist/cdn', 'directory-worker.js', 'chunks/directory-worker-[name]-[hash].js'),
  {
    // The CDN build. Each element is an entry of its own, so the code two elements share lands
    // in shared chunks a page fetches once; the autoloader imports an element's entry when its
    // tag appears. The virtualizer, the French catalog and the JSON error locator are imported
    // dynamically by the elements and core, so they are chunks of their own, fetched when used.
    input: {
      'social-directory': 'src/autoloader.ts',
      ...Object.fromEntries(
        [
          'social-directory',
          'social-contact-finder',
          'social-signature',
          'social-profile-editor',
          'social-person-card',
          'social-links',
        ].map((tag) => [`elements/${tag}`, `src/elements/${tag}.ts`]),
      ),
    },
    onwarn: ignoreZodAnnotation,
    // Shared code may live in an element's entry (no one-line facade files to fetch).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // lit and zod get chunks named after them, which every page shares; the rest is cut by
      // which elements use it.
      manualChunks: (id) =>
        /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id)
          ? 'lit'
          : /node_modules\/zod\//.test(id)
            ? 'zod'
            : undefined,
      sourcemap: true,
    },
    plugins: [
      glyphChunks(),
      // The package's "sideEffects" list names the published files; read for src/ it would drop
      // `import './social-person-card.js'`, which is there to define the card.
      nodeResolve({ browser: true, ignoreSideEffectsForRoot: true }),
      bundledTypescript('dist/cdn'),
      modulePreloads(),
      workerScript('directory-worker.js'),
      roundGlyphs(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  },
  {
    input: 'src/cli/index.ts',
    external: (id) => nodeBuiltin(id) || /^(zod|jsonc-parser|papaparse|ldif|pagefind)(\/|$)/.test(id),
    output: { file: 'dist/cli.js', format: 'esm', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        rootDir: 'src',
        outDir: 'dist',
        sourceMap: false,
        types: ['node'],
      }),
      cliArtifacts(),
    ],
  },
];
