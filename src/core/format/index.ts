// The one formatting module: money, periods, platforms, sources and facts in words for people. Alerts, status,
// digests and charts all import from here, so "$14M/day" reads the same everywhere.
export { currencyOf, money, moneyRange } from './money.ts';
export { KIND_WORD, PER, PERIOD_ADJECTIVE, periodLabel } from './period.ts';
export { PLATFORM_NAMES, platformName } from './platform.ts';
export { sourceCount, sourceLink, sourceName, sourceText } from './source.ts';
export { factValue, formatBaselineValue, formatFact, formatGmvValue, gmvSeriesName, subjectLabel, thresholdRule } from './fact.ts';
