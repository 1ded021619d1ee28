// Two builds from one source:
// - dist/ : ESM modules for npm (preserveModules, .d.ts), with lit, zod and tslib external so a
//   page or app that already has them loads one copy (two lits break under Trusted Types);
// - dist/social-directory.min.js : one minified file with everything, for a <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const external = (id) => /^(lit|@lit\/|@lit-labs\/|zod|tslib|jsonc-parser)(\/|$)/.test(id);

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
    output: { file: 'dist/social-directory.min.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
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
