// Makes a decoded feed digestible for a strict XML parser without changing what it says: undeclared HTML entities
// become characters, stray ampersands become &amp;, and inline (X)HTML inside text elements (titles, summaries,
// content) becomes escaped text, so it reaches us as one HTML string in document order instead of a tree that
// xml2js would scatter. CDATA sections and comments are left untouched.
import { htmlEntityCodePoint } from './html-entities.ts';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const PROTECTED = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/;
const TEXT_ELEMENTS = 'title|subtitle|tagline|summary|content|rights|copyright|info|description|encoded';
const TEXT_ELEMENT = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?(?:${TEXT_ELEMENTS}))(\\s[^<>]*?)?(?<!/)>([\\s\\S]*?)</\\1\\s*>`, 'g');
/** Attribute added to a text element whose inline markup was escaped: its content is HTML whatever its type says. */
export const INLINE_MARKER = 'tts-inline';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fixEntities(segment: string, declared: Map<string, string>): string {
  return segment.replace(/&(?:(#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)?/g, (whole, ref?: string) => {
    if (ref === undefined) return '&amp;';
    if (ref.startsWith('#') || XML_ENTITIES.has(ref)) return whole;
    const value = declared.get(ref);
    if (value !== undefined) return escapeText(value);
    const cp = htmlEntityCodePoint(ref);
    return cp !== undefined ? `&#${cp};` : `&amp;${ref};`;
  });
}

function escapeInline(inner: string): string {
  return inner.split(PROTECTED).map((part) => {
    const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(part);
    return escapeText(cdata ? escapeText(cdata[1]!) : part);
  }).join('');
}

/** Prepares decoded, DOCTYPE-free XML text for rss-parser (see the file comment). */
export function prepareFeedXml(xml: string, declared: Map<string, string>): string {
  const fixed = xml.split(PROTECTED).map((part, i) => (i % 2 === 1 ? part : fixEntities(part, declared))).join('');
  const inlined = fixed.replace(TEXT_ELEMENT, (whole, name: string, attrs: string | undefined, inner: string) => {
    const outsideCdata = inner.replace(PROTECTED, '');
    if (!/<[A-Za-z_/!?]/.test(outsideCdata)) return whole;
    return `<${name}${attrs ?? ''} ${INLINE_MARKER}="1">${escapeInline(inner)}</${name}>`;
  });
  // A document cut off right after its last "</rss" or "</feed" is complete in all but one character.
  return /<\/[A-Za-z_][\w.:-]*\s*$/.test(inlined) ? `${inlined.trimEnd()}>` : inlined;
}
