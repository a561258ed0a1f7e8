// What a launch verb launches: the shop or one of its lines (cross-border, full-service, live shopping, the Shop
// tab), a stage of a launch (a beta, a pilot, registration), or only a feature of the shop, which by TAXONOMY's
// Labeling rules is no launch ("rolled out faster refunds to buyers in Spain", "launched a loyalty programme").
// Verbs that take what they launch as their direct object.
const FEATURE_VERB = /^(?:launch(?:es|ed|ing)|introduc(?:es|ed|ing)|roll(?:s|ed|ing) out|debut(?:s|ed|ing)|unveil(?:s|ed|ing)|expand(?:s|ed|ing))$/i;
// The bare form is a verb after a modal or "to" ("plans to debut its operations"), else often a noun ("launch date").
const BARE_VERB = /^(?:launch|introduce|roll ?out|debut|unveil|expand)$/i;
const MODAL_BEFORE = /\b(?:to|will|would|could|may|might|shall|can)\s+$/i;
// Where the object of a launch verb ends: a preposition, a conjunction, a date or an adverb.
const OBJECT_STOP = new Set(('in to for across on at into with from by as after before and or but this next last today tomorrow yesterday '
  + 'earlier later nationwide countrywide there here globally worldwide soon early late officially formally quietly fully finally also first back '
  + 'again now that which when where while amid despite starting beginning under over through via of is was will would has had '
  + 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec '
  + 'monday tuesday wednesday thursday friday saturday sunday').split(' '));
const OBJECT_SKIP = new Set('a an its the their his her this new own official local first brand-new dedicated'.split(' '));
// "a series of betas": the words after "of" are what is launched.
const QUANTITY = new Set('series range set number host pair suite slew batch wave handful'.split(' '));
// The shop and its lines, and the stages of a launch: "TikTok Shop", "its e-commerce business", "a beta", "live shopping".
const LINE_WORD = /^(?:tiktok|shop|shops|shopping|e-?commerce|stores?|storefronts?|marketplaces?|malls?|cross-border|full-service|fully-managed|full-managed|self-operated|semi-managed|live|livestream\w*|live-?shopping|tabs?|feeds?|checkout|in-app|selling|sales|betas?|pilots?|trials?|tests?|registration|sign-?ups?|applications?|invite-only|invitation-only)$/i;
// A head noun alone ("its service", "the platform", "the feature" of a sentence about the shop) is the shop itself.
const BARE_HEAD = /^(?:services?|programmes?|programs?|models?|platforms?|business|operations?|app|version|site|channels?|features?|offering|presence|footprint|reach|push|entry|expansion)$/i;

/**
 * Whether a launch verb match launches a feature of the shop ("introduced a new returns feature", "expanded its
 * affiliate programme") rather than the shop or one of its lines (TAXONOMY): its object, read up to the first
 * preposition, date or adverb, names neither the shop, a line, a stage nor a bare head ("its service").
 */
export function isFeatureLaunch(t: string, m: RegExpExecArray): boolean {
  const before = t.slice(Math.max(0, m.index - 30), m.index);
  // "\bdebut" and "\brelaunch" match word starts: read the whole word.
  const end = m.index + m[0].length + /^\w*/.exec(t.slice(m.index + m[0].length))![0].length;
  const word = t.slice(m.index, end);
  return (FEATURE_VERB.test(word) || (BARE_VERB.test(word) && MODAL_BEFORE.test(before))) && launchesFeature(t.slice(end, end + 100));
}

/** Whether the words after a launch verb name a feature launched rather than the shop or a line ("a loyalty programme"). */
function launchesFeature(after: string): boolean {
  const words: string[] = [];
  for (const w of after.split(/\s+/).slice(0, 10)) {
    if (!w) continue;
    const bare = w.replace(/[’']s$/, '').toLowerCase();
    const word = bare.replace(/[^\w-]/g, '');
    if (word === 'of' && QUANTITY.has(words[words.length - 1] ?? '')) { words.pop(); continue; }
    // A preposition, a date or an adverb ends the object; a name ("its U.S. operations", "Indonesian") is no feature.
    if (OBJECT_STOP.has(word) || /ly$/.test(word) || /^\d/.test(word)) break;
    if (!/^[A-Z]/.test(w)) words.push(bare.replace(/[,.;:()"“”]+$/, ''));
    if (/[,.;:()"“”]$/.test(w)) break;
  }
  const content = words.filter((w) => w && !OBJECT_SKIP.has(w));
  if (!content.length) return false;
  if (content.some((w) => LINE_WORD.test(w))) return false;
  return !(content.length === 1 && BARE_HEAD.test(content[0]!));
}

// "need only 100 followers to start a livestream", "主播开启购物直播需拥有5000粉丝", "须满足…才能开通": what people must
// meet to start something is a requirement (a threshold), not the shop or a line starting. So is a law or a rule
// taking effect ("法案落地", "the new rules roll out"): what starts is the rule, not the shop.
const REQUIRED_TO_BEFORE = /\b(?:needs?|needed|must|requir\w*|ha(?:ve|s) to|minimum|at least|eligible|allowed)\b[^.;]{0,60}?\bto\s+$/i;
const ZH_REQUIRED_AFTER = /^[^，。；,（(]{0,8}?(?:需要?|须|必须|要求|应当?具备|才能|才可|方可)/;
// Who does it: people starting something ("主播开启购物直播"), not the shop opening to them ("向中国企业开放入驻").
const ZH_PEOPLE_BEFORE = /(?<!向|对|为|面向)(?:主播|商家|卖家|达人|创作者|用户|账号|商户)[^，。；,向对]{0,4}$/;
const ZH_REQUIRED_BEFORE = /(?:需要?|须|必须|满足|达到|拥有)[^，。；,]{0,16}?(?:才能|才可|方可|即可)\s*$/;
const RULE_SUBJECT_BEFORE = /\b(?:laws?|bills?|acts?|bans?|rules?|polic(?:y|ies)|regulations?|requirements?|restrictions?|guidelines?|fees?|measures?)\s+(?:will\s+|to\s+|has\s+|have\s+|officially\s+|now\s+|finally\s+)?$|(?:法案|法律|法规|政策|新规|规定|规则|禁令|条例|措施|细则)[」”"’]?\s*(?:正式|已经?|将|即将|终于)?\s*$/i;
// What a requirement bars on: a number, followers, age, documents, a deposit, a rating ("needs more time to launch"
// is no requirement).
const BAR_WORD = /\d|\bfollowers?\b|\bfans\b|\byears? old\b|\bage\b|licen[cs]e|\bdeposit|\bregistered\b|\baccount\b|\brating\b|\bscore\b|invit/i;
// "opens to established sellers only": a store open only to sellers who meet a bar (an invitation-only stage stays).
const ONLY_TO_AFTER = /^[^.;,]{0,50}?\bonly\b/i;

/** Whether a launch verb match is what people must meet a requirement to do, or a rule taking effect. */
export function isRequirementPurpose(t: string, m: RegExpExecArray): boolean {
  const before = t.slice(Math.max(0, m.index - 80), m.index);
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const required = REQUIRED_TO_BEFORE.exec(before);
  if ((required && BAR_WORD.test(before.slice(required.index))) || RULE_SUBJECT_BEFORE.test(before.slice(-30))) return true;
  if (/[\u4e00-\u9fff]/.test(m[0]) && ((ZH_PEOPLE_BEFORE.test(before) && ZH_REQUIRED_AFTER.test(after)) || ZH_REQUIRED_BEFORE.test(before.slice(-30)))) return true;
  return /^open/i.test(m[0]) && /\bto\b/i.test(m[0] + after.slice(0, 4)) && ONLY_TO_AFTER.test(after) && !/invit/i.test(t);
}
