/**
 * A link target from the data, only when it is an absolute http(s) URL. Anything else
 * (`javascript:`, `data:`, relative paths, garbage) is never turned into a link.
 */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
