// `npm run manifest` (cem analyze) reads this: custom-elements.json from the classes' JSDoc.
// Only the public surface is analysed (the element classes, their base, the registering and
// index entries), so a change inside data/, layout/ or i18n/ does not make the manifest stale.
export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/*/define.ts', 'src/*/eindex-*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
