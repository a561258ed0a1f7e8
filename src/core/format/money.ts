// Money as people read it in news, one convention everywhere (alerts, status, digests, charts): "$14M",
// "¥200B", "£5M", "$3M–$4M", "at least $14M", "under $2B". Amounts keep their own currency; nothing converts.

const SYMBOL: Record<string, string> = { USD: '$', CNY: '¥', EUR: '€', GBP: '£' };

/** 14_000_000 → "$14M", 200e9 CNY → "¥200B", 1.25e9 → "$1.25B", 5e6 GBP → "£5M". */
export function money(amount: number, currency = 'USD'): string {
  const abs = Math.abs(amount);
  const [scaled, unit] = abs >= 1e12 ? [amount / 1e12, 'T'] : abs >= 1e9 ? [amount / 1e9, 'B'] : abs >= 1e6 ? [amount / 1e6, 'M'] : abs >= 1e3 ? [amount / 1e3, 'K'] : [amount, ''];
  const number = String(Number(scaled.toFixed(2)));
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${number}${unit}` : `${currency} ${number}${unit}`;
}

/** A reported amount or range: both ends, one end as a bound, or neither. */
export function moneyRange(low: number | null, high: number | null, currency = 'USD'): string {
  if (low !== null && high !== null) return low === high ? money(low, currency) : `${money(low, currency)}–${money(high, currency)}`;
  if (low !== null) return `at least ${money(low, currency)}`;
  if (high !== null) return `under ${money(high, currency)}`;
  return 'amount not stated';
}

/** The currency an amount is in, for labels and separate chart series: "USD", "GBP", "CNY". */
export function currencyOf(fact: { currency?: string }): string {
  return fact.currency ?? 'USD';
}
