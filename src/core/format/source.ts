// Where a fact was reported, as a person reads it: the outlet's name (linked when we have the article), never a
// bare "source" link or an internal seed number.

/** "https://www.reuters.com/x" → "reuters.com". */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The baseline file cites its seed articles as "seed 004 (KrASIA / 36Kr, lowered …)" or "seed 003 (The
 * Information): …": people see the outlet ("KrASIA / 36Kr"), or the article's words in quotes when no outlet is
 * named, or "the baseline file" for a bare seed number.
 */
function seedSource(source: string): string | null {
  const m = /^seed \d+(?:\s*\((.*)\))?(?::.*)?$/s.exec(source.trim());
  if (!m) return null;
  const inner = m[1]?.trim();
  if (!inner) return 'the baseline file';
  const head = inner.split(/,\s|\):/)[0]!.trim();
  const outletLike = head.split(/\s+/).length <= 4 || /\bvia\b|\//.test(head);
  return outletLike ? head : `“${inner}”`;
}

/** The name to show for a source: an outlet name, a host for a bare URL. */
export function sourceName(source: string): string {
  if (/^https?:\/\//i.test(source)) return hostOf(source);
  return seedSource(source) ?? source;
}

/** A source in the neutral inline markup: "[reuters.com](https://…)" for a URL, the name otherwise. */
export function sourceLink(source: string): string {
  return /^https?:\/\//i.test(source) ? `[${hostOf(source)}](${source})` : sourceName(source);
}

/** A story's source (outlet name plus article link) in the neutral inline markup. */
export function sourceText(s: { name: string; link: string | null }): string {
  return s.link ? `[${s.name}](${s.link})` : s.name;
}

/** "1 source" / "3 sources". */
export function sourceCount(n: number): string {
  return `${n} source${n === 1 ? '' : 's'}`;
}
