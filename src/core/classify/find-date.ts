// Dates as news states them ("September 12, 2023", "Sept. 2023", "2023年9月", "last November"), resolved against
// the item's publication date when the year is left out. Returns "YYYY", "YYYY-MM" or "YYYY-MM-DD".
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const EN_DATE = new RegExp(String.raw`(?<last>last |next )?\b${MONTH}(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>(?:19|20)\d\d))?\b`, 'i');
const ZH_DATE = /(?:(?<year>(?:19|20)\d\d)年)?(?<month>\d{1,2})月(?:(?<day>\d{1,2})[日号])?/;
const YEAR_ONLY = /\b(?:in|by|from|since|during|of) (?<year>(?:19|20)\d\d)\b|(?<zh>(?:19|20)\d\d)年/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The first date a sentence states, or null. `published` (ISO) supplies a missing year. */
export function findDate(sentence: string, published: string | null): string | null {
  const pubYear = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null;
  const en = EN_DATE.exec(sentence);
  // "may" is a verb far more often than a month: take it only with a day or a year.
  if (en && !(en.groups!.month!.toLowerCase() === 'may' && !en.groups!.day && !en.groups!.year)) {
    const g = en.groups!;
    const month = MONTHS.indexOf(g.month!.toLowerCase().slice(0, 3)) + 1;
    let year = g.year ? Number(g.year) : pubYear;
    if (!g.year && year !== null && g.last?.trim().toLowerCase() === 'last') year -= 1;
    if (!g.year && year !== null && g.last?.trim().toLowerCase() === 'next') year += 1;
    if (year === null) return null;
    return g.day && Number(g.day) <= 31 ? `${year}-${pad(month)}-${pad(Number(g.day))}` : `${year}-${pad(month)}`;
  }
  const zh = ZH_DATE.exec(sentence);
  if (zh && Number(zh.groups!.month) >= 1 && Number(zh.groups!.month) <= 12) {
    const year = zh.groups!.year ? Number(zh.groups!.year) : pubYear;
    if (year === null) return null;
    const month = pad(Number(zh.groups!.month));
    return zh.groups!.day ? `${year}-${month}-${pad(Number(zh.groups!.day))}` : `${year}-${month}`;
  }
  const y = YEAR_ONLY.exec(sentence);
  if (y) return y.groups!.year ?? y.groups!.zh ?? null;
  return null;
}
