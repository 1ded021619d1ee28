// The builds, from one source:
// - dist/ : ESM modules for npm (preserveModules, .d.ts), with lit, zod and tslib external so a
//   page or app that already has them loads one copy (two lits break under Trusted Types);
// - dist/social-directory.min.js : one minified file with everything, for a <script type="module">;
// - dist/icons/*.png : the network glyphs as PNGs for email signatures;
// - dist/cli.js : the `social-directory` command (Node), with core bundled in, and
//   dist/manifest.schema.json, written by running that command so it is exactly what
//   `social-directory schema` prints.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Makes dist/cli.js executable, writes the JSON Schema the CLI generates from the zod schema,
 * and the demo's public manifest.
 */
function cliArtifacts() {
  return {
    name: 'cli-artifacts',
    writeBundle() {
      chmodSync('dist/cli.js', 0o755);
      writeFileSync('dist/manifest.schema.json', execFileSync(process.execPath, ['dist/cli.js', 'schema']));
      // The careers page of the demo loads what HR would publish: the CLI's public manifest.
      mkdirSync('dist/demo', { recursive: true });
      execFileSync(process.execPath, ['dist/cli.js', 'public', 'demo/northwind.social.json', '-o', 'dist/demo/northwind.public.json'], { stdio: 'ignore' });
    },
  };
}

/**
 * Writes dist/icons/<network>.png: the glyphs the elements show (dist/elements/icons.js, so
 * the two cannot differ), as white on a rounded square of the brand's color, 40×40 px: 2× for
 * the 20 px email signatures show, which must be hosted PNGs (no SVG in Gmail or Outlook).
 * A colored square keeps each icon visible when a mail client inverts for dark mode.
 */
function signatureIcons() {
  return {
    name: 'signature-icons',
    async writeBundle() {
      const { Resvg } = await import('@resvg/resvg-js');
      const { ICONS } = await import(`./dist/elements/icons.js?${Date.now()}`);
      const simpleIcons = await import('simple-icons');
      const brandColor = (network) =>
        Object.values(simpleIcons).find((icon) => icon?.path === ICONS[network])?.hex ?? '4b5563';
      mkdirSync('dist/icons', { recursive: true });
      for (const network of Object.keys(ICONS)) {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="40" height="40">
          <rect width="24" height="24" rx="5" fill="#${brandColor(network)}"/>
          <path transform="translate(4.8 4.8) scale(0.6)" fill="#ffffff" fill-rule="evenodd" d="${ICONS[network]}"/>
        </svg>`;
        writeFileSync(`dist/icons/${network}.png`, new Resvg(svg).render().asPng());
      }
    },
  };
}

const nodeBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

const external = (id) => /^(lit|@lit\/|@lit-labs\/|zod|tslib|jsonc-parser|simple-icons|react)(\/|$)/.test(id);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: { index: 'src/index.ts', 'core/index': 'src/core/index.ts', 'core/schema': 'src/core/schema.ts', react: 'src/react.ts' },
    external,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        // The CLI is its own build below; its modules need no declarations in the package.
        exclude: ['cli/**', '../test/**'],
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
    // zod ships a misplaced /* @__PURE__ */ comment; rollup drops it, which is harmless.
    onwarn(warning, warn) {
      if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
      warn(warning);
    },
    // Everything in one file, except the JSON syntax-error locator that only a broken manifest
    // needs: it stays a lazily imported sibling (~3.6 KB gzip no page pays for otherwise).
    output: {
      dir: 'dist',
      entryFileNames: 'social-directory.min.js',
      chunkFileNames: 'social-directory-[name].min.js',
      format: 'esm',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        rootDir: 'src',
        outDir: 'dist',
        sourceMap: true,
        types: [],
      }),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
    ],
  },
  {
    input: 'src/cli/index.ts',
    external: (id) => nodeBuiltin(id) || /^(zod|jsonc-parser|papaparse)(\/|$)/.test(id),
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
