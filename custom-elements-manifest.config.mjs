// `npm run manifest` (cem analyze) reads this: custom-elements.json from the classes' JSDoc.
// Only the public surface is analysed (the element classes, their base, the registering and
// index entries), so a change inside data/, layout/ or i18n/ does not make the manifest stale.

/** Drops private and protected members (and the attributes the analyser derives from them): they are not API, and a refactor inside a class must not make the manifest stale. */
const publicMembersOnly = {
  name: 'eindex-public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (!Array.isArray(declaration.members)) continue;
        const hidden = new Set(declaration.members.filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name?.startsWith('#')).map((member) => member.name));
        declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
        // Internal state in lit's `static properties` ({ state: true }) is read as an attribute.
        if (Array.isArray(declaration.attributes)) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    }
  },
};

export default {
  globs: ['src/index.ts', 'src/define.ts', 'src/*/define.ts', 'src/*/eindex-*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [publicMembersOnly],
};
