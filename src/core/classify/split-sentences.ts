// Sentences are the unit the classifier reads: a figure belongs to the platform, market and period named near
// it, not to ones named three paragraphs later. Feed text often lost its spaces ("good news.According"), so a
// full stop directly followed by a capital also ends a sentence, except inside abbreviations such as "U.S.".
export interface Sentence {
  text: string;
  /** Offset in the original text. */
  start: number;
}

// End after . ! ? (not in "U.S." or "1.5") when a space or a capital follows; after Chinese stops always;
// also at line breaks and bullets, which separate headlines and list items.
const BOUNDARY = /(?<=(?<![A-Z]\.[A-Z]|\b[A-Z]|\bMr|\bMs|\bDr|\bNo|\bRs|\bapprox|\bvs|\bSt|\bInc|\bCo|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bSept|\bOct|\bNov|\bDec)[.!?]["”’)]?)(?:\s+|(?=[A-Z“"]))|(?<=[。！？!?；;])|\n+|\s•\s/g;

/** Splits a text into sentences, keeping offsets; empty pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m.index > start) pushTrimmed(out, text, start, m.index);
    start = m.index + m[0].length;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  if (start < text.length) pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ text: trimmed, start: from + lead });
}
