// `npm run manifest` (cem analyze) reads this: custom-elements.json from the classes' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/embed/**', 'src/embed-host.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
