// `custom-elements.json`, the machine-readable description of every element (attributes,
// properties, events, parts, CSS properties) that editors, Storybook and docs tools read.
// Built from the source and its JSDoc by `npm run build`, never committed.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
