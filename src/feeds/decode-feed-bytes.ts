// Bytes → text before any XML parsing, because rss-parser (xml2js) only takes strings and would otherwise read
// every feed as UTF-8. Order of evidence: byte order mark, UTF-16/32 byte pattern, HTTP charset, XML declaration,
// then UTF-8 with a windows-1252 fallback. Legacy encodings (big5, gbk, euc-kr, koi8-r, …) go through iconv-lite.
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding actually used, e.g. "utf-8", "big5". */
  encoding: string;
  problems: string[];
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// "<?" (or "<" and any first char) in each wide encoding, for documents without a BOM.
const SNIFFS: [number[], string][] = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
  [[0x00, 0x3c, 0x00], 'utf-16be'],
  [[0x3c, 0x00], 'utf-16le'],
];

// Labels that decode better as a superset, the way browsers do (WHATWG Encoding Standard).
const SUPERSETS: Record<string, string> = {
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252', 'gb2312': 'gbk', 'x-gbk': 'gbk', 'euc-cn': 'gbk', utf8: 'utf-8', 'x-sjis': 'shift_jis', 'ks_c_5601-1987': 'euc-kr',
};

function startsWith(body: Buffer, bytes: number[]): boolean {
  return body.length >= bytes.length && bytes.every((b, i) => body[i] === b);
}

/** The charset parameter of a Content-Type header, lower-cased and unquoted, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function declaredEncoding(head: string): string | null {
  const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function canonical(label: string): string {
  return SUPERSETS[label] ?? label;
}

function decodeUtf8(body: Buffer, declared: boolean, problems: string[]): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body), encoding: 'utf-8', problems };
  } catch {
    if (!declared) {
      problems.push('the document is not valid UTF-8 and declares no encoding; decoded as windows-1252');
      return { text: iconv.decode(body, 'windows-1252'), encoding: 'windows-1252', problems };
    }
    problems.push('the document declares UTF-8 but contains invalid UTF-8 bytes; they were replaced with U+FFFD');
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', problems };
  }
}

/** Decodes a feed body to text, recording anything doubtful (unknown or conflicting encodings) as problems. */
export function decodeFeedBytes(body: Buffer, contentType: string | null): DecodedText {
  const problems: string[] = [];
  const bom = BOMS.find(([bytes]) => startsWith(body, bytes));
  const sniffed = bom ? undefined : SNIFFS.find(([bytes]) => startsWith(body, bytes));
  const wide = bom?.[1] ?? sniffed?.[1];
  if (wide && wide !== 'utf-8') {
    const payload = bom ? body.subarray(bom[0].length) : body;
    return { text: stripBom(iconv.decode(payload, wide)), encoding: wide, problems };
  }
  if (bom) return decodeUtf8(body.subarray(3), true, problems);

  const http = charsetFromContentType(contentType);
  const xml = declaredEncoding(body.subarray(0, 512).toString('latin1'));
  const candidates: [string, string][] = [];
  if (http) candidates.push([http, 'the HTTP Content-Type']);
  if (xml) candidates.push([xml, 'the XML declaration']);
  for (const [label, source] of candidates) {
    const name = canonical(label);
    // A document sent as UTF-8 over the wire cannot really be UTF-16 without a BOM or a wide byte pattern.
    if (/^utf-?16|^utf-?32|^ucs-?[24]/.test(name)) {
      problems.push(`${source} says ${label}, but the bytes are not ${label}; ignored`);
      continue;
    }
    if (name === 'utf-8') return decodeUtf8(body, true, problems);
    if (iconv.encodingExists(name)) return { text: stripBom(iconv.decode(body, name)), encoding: name, problems };
    problems.push(`unknown character encoding "${label}" in ${source}; decoded as UTF-8 instead`);
  }
  return decodeUtf8(body, false, problems);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
