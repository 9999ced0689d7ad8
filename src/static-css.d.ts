/**
 * `eindex-widgets/eindex-static.css` is the stylesheet of static renderings
 * (`eindex-widgets render`, dist/eindex-static.css): a file to link or copy, not a module.
 * These types say so to TypeScript and to type checkers of the package.
 */
export {};
