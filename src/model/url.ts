/** Which links may be shown: the one rule for every link the element writes. */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * `url` if it is an http(s) or mailto URL, or a relative one; else `undefined`. Browsers ignore tabs, newlines
 * and leading control characters in URLs (`java\tscript:`), so those are removed before the scheme is read.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  // eslint-disable-next-line no-control-regex
  const squeezed = trimmed.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  if (scheme && !SAFE_SCHEMES.has(scheme[1].toLowerCase())) return undefined;
  // "&colon;" and friends only mean ":" inside HTML; a raw value with an entity before any "/" is suspicious.
  if (!scheme && /^[^/?#]*&(?:colon|#0*58|#x0*3a)/i.test(squeezed)) return undefined;
  return trimmed;
}
