/**
 * Offers a file to the reader as a download: an `<a download>` with a `blob:` URL (a
 * navigation, so a strict CSP's `img-src` and `connect-src` do not apply). The link is put in
 * `root` for the click, because some engines ignore clicks on links outside the document.
 */
export function saveFile(blob: Blob, name: string, root: ParentNode): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
