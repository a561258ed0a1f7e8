// The subject a fact speaks about within its market, so two reports can be held against each other:
// "threshold:creator_followers", "gmv:tiktok_shop:day:actual", "launch:official", "ban:platform:external_links".
// Two facts with the same market and key are about the same thing; their values may agree or differ.
import type { BanFact, Fact, LaunchFact } from '../types.ts';

const LAUNCH_STAGES: [string, RegExp][] = [
  // A relaunch is a stage of its own: it never confirms (or moves) the first launch.
  ['relaunch', /\bre-?launch|\bre-?open|重新上线|重启|恢复上线/i],
  ['full_service', /full[- ]?service|fully[- ]managed|self[- ]operated|全托管|自营/i],
  ['cross_border', /cross[- ]border|storefront|semi[- ]closed|global selling|跨境|半托管|半闭环/i],
  ['live_shopping', /live ?(?:stream(?:ing)? )?shopping|直播/i],
  ['registration', /registration|regist|sign[- ]?up|application|入驻|招商|注册/i],
  ['test', /\btest|pilot|beta|invitation|trial|内测|公测|试运营/i],
  ['local_closed_loop', /closed[- ]loop|local (?:shops|stores)|闭环/i],
];

const BAN_TARGETS: [string, RegExp][] = [
  ['external_links', /external|off-platform|\blinks?\b|外链|链接/i],
  ['divest_or_ban', /divest|sell or|or be banned|剥离/i],
  ['social_commerce', /social (?:commerce|media|platforms?)|社交/i],
  ['seller_accounts', /sellers?|merchants?|accounts?|卖家|商家|店铺/i],
  ['product_categories', /categor|products?|goods|items|listings?|商品|产品|类目|品类/i],
  ['tiktok_shop', /tiktok shop|e-?commerce|transactions?|小店|电商|交易/i],
  ['tiktok_app', /tiktok|app\b/i],
];

/** "TikTok Shop test" → "test"; "full-service model" → "full_service"; anything else → "official". */
export function launchStage(fact: LaunchFact): string {
  // The baseline file may name the stage outright: "official: TikTok Shop opens nationwide".
  const named = /^([a-z_]+): /.exec(fact.what);
  if (named) return named[1]!;
  return LAUNCH_STAGES.find(([, re]) => re.test(fact.what))?.[0] ?? 'official';
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9\u4e00-\u9fff]+/g, '_').replace(/^_|_$/g, '').split('_').slice(0, 4).join('_') || 'other';
}

/** Normalised ban target: "external links to Amazon" → "external_links"; "TikTok app (divest-or-ban law)" → "divest_or_ban". */
export function banTarget(fact: BanFact): string {
  return BAN_TARGETS.find(([, re]) => re.test(fact.target))?.[0] ?? slug(fact.target);
}

/** The subject key of a fact (its market is kept apart, in BaselineEntry.market). */
export function subjectKey(fact: Fact): string {
  switch (fact.type) {
    case 'threshold': return `threshold:${fact.subject}`;
    case 'gmv': {
      const currency = fact.currency && fact.currency !== 'USD' ? `:${fact.currency.toLowerCase()}` : '';
      return `gmv:${fact.platform}:${fact.period}:${fact.kind}${currency}`;
    }
    case 'launch': return `launch:${launchStage(fact)}`;
    case 'ban': return `ban:${fact.by}:${banTarget(fact)}`;
  }
}
