// The HTML 4 named character references. Feeds are XML, but many use HTML entities (&nbsp;, &eacute;, &mdash;)
// without declaring them; a strict XML parser rejects those, so they are turned into characters (or numeric
// references) first. Kept as compact runs of names with a start code point.

const RUNS: [number, string][] = [
  [160, 'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'],
  [913, 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho'],
  [931, 'Sigma Tau Upsilon Phi Chi Psi Omega'],
  [945, 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'],
  [8592, 'larr uarr rarr darr harr'],
  [8656, 'lArr uArr rArr dArr hArr'],
  [8194, 'ensp emsp'],
  [8204, 'zwnj zwj lrm rlm'],
  [8211, 'ndash mdash'],
  [8216, 'lsquo rsquo sbquo'],
  [8220, 'ldquo rdquo bdquo'],
  [8224, 'dagger Dagger bull'],
  [8242, 'prime Prime'],
  [8249, 'lsaquo rsaquo'],
  [8706, 'part exist'],
  [8711, 'nabla isin notin'],
  [8743, 'and or cap cup int'],
  [8800, 'ne equiv'],
  [8804, 'le ge'],
  [8834, 'sub sup nsub'],
  [8838, 'sube supe'],
  [8968, 'lceil rceil lfloor rfloor'],
  [9001, 'lang rang'],
];

const SINGLE: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402,
  circ: 710, tilde: 732, thetasym: 977, upsih: 978, piv: 982, thinsp: 8201, hellip: 8230, permil: 8240, oline: 8254,
  frasl: 8260, euro: 8364, image: 8465, weierp: 8472, real: 8476, trade: 8482, alefsym: 8501, crarr: 8629, forall: 8704,
  empty: 8709, ni: 8715, prod: 8719, sum: 8721, minus: 8722, lowast: 8727, radic: 8730, prop: 8733, infin: 8734,
  ang: 8736, there4: 8756, sim: 8764, cong: 8773, asymp: 8776, oplus: 8853, otimes: 8855, perp: 8869, sdot: 8901,
  loz: 9674, spades: 9824, clubs: 9827, hearts: 9829, diams: 9830,
};

const TABLE: Map<string, number> = (() => {
  const m = new Map<string, number>(Object.entries(SINGLE));
  for (const [start, names] of RUNS) names.split(' ').forEach((n, i) => m.set(n, start + i));
  return m;
})();

/** Code point of an HTML 4 named entity (case-sensitive, without & and ;), or undefined. */
export function htmlEntityCodePoint(name: string): number | undefined {
  return TABLE.get(name);
}

function fromCodePoint(cp: number): string {
  // Invalid or control references (NUL, surrogates, beyond Unicode) become U+FFFD rather than throwing.
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(cp);
}

/** Decodes numeric (&#233; &#xE9;) and HTML 4 named references in text; unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number(dec));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    const cp = TABLE.get(name!);
    // Without the semicolon only a known name counts; "AT&T" or "&copy2024" must not change meaning.
    if (cp === undefined || (!whole.endsWith(';') && cp > 255)) return whole;
    return String.fromCodePoint(cp);
  });
}
