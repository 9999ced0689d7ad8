/**
 * `eindex-widgets/embed.html` is the iframe page (`dist/embed.html`): a file to serve or copy,
 * found with `import.meta.resolve('eindex-widgets/embed.html')` or `require.resolve`, not a
 * module to import. These types say so to TypeScript and to type checkers of the package.
 */
export {};
