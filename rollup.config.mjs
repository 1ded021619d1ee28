// Two builds from one source:
// - dist/ : ESM modules for npm (preserveModules, .d.ts), with lit, zod and tslib external so a
//   page or app that already has them loads one copy (two lits break under Trusted Types);
// - dist/social-directory.min.js : one minified file with everything, for a <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const external = (id) => /^(lit|@lit\/|@lit-labs\/|zod|tslib|jsonc-parser|simple-icons)(\/|$)/.test(id);

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: { index: 'src/index.ts', 'core/index': 'src/core/index.ts' },
    external,
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        rootDir: 'src',
        outDir: 'dist',
        sourceMap: true,
        types: [],
      }),
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
];
