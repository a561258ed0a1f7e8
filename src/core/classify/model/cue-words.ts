// Cue words the Labeling rules turn on (a start, a requirement, a bar to clear, a prohibition, a sales figure, …):
// the trained heads read which of them each sentence has (item-features.ts), and a stand-in fact needs its tag's
// cue (stand-in-cues.ts). Broad on purpose: the heads learn which uses count.
export const CUES: [string, RegExp][] = [
  ['launch', /launch|debut|roll(?:s|ed|ing)? ?out|expan|\benter|\bentry\b|arriv|go(?:es)? live|went live|\bopen(?:s|ed|ing)?\b|registration|available in|start(?:s|ed)? (?:selling|operat)|relaunch|reopen|invite-only|\bbeta\b|\btest(?:s|ing)?\b|pilot|introduc|unveil|\btrials?\b|\bextend(?:s|ed|ing)? (?:to|into)\b|\bnow (?:live|available)\b|\bnew (?:shop|shopping|tab|feed|marketplace|store)\b|\bcoming (?:soon )?to\b|\bcomes to\b|上线|开通|开放|进入|登陆|启动|开站|首站|落地|招商|试运营|内测|公测|测试|试点|开启|重启|恢复|入局|进军|推出|首次|开业|开张|扩展|拓展|扩张|回归|新增|试水|铺开|首批/i],
  ['require', /requir|\bmust\b|minimum|at least|eligib|threshold|criteria|qualif|\bneed(?:s|ed)? to\b|\bonly (?:open|available)|门槛|要求|条件|必须|至少|不低于|准入|需要|需提供|须/i],
  ['bar', /invit|deposit|licen[cs]e|permit|certif|registration|registered|documents?|followers|\bage\b|years old|older|\bentity\b|incorporat|rating|score|邀请|保证金|资质|营业执照|许可|证明|粉丝|年满|岁|主体|评分|注册/i],
  ['ban', /\bban|prohibit|\bblock|outlaw|forbid|barred|shut|\bhalt|suspend|divest|\bcease|\bclos(?:e|es|ed|ing|ure)\b|crackdown|illegal|\bexit|禁|封|下架|叫停|关停|关闭|暂停|不得|停止|退出/i],
  ['gov', /government|ministry|minister|\blaw\b|\bbill\b|regulat|congress|senate|parliament|president|authorit|official|政府|部长|法案|法律|监管|国会|总统|当局|工信|商务部|贸易部/i],
  ['court', /\bcourt\b|judge|ruling|injunction|法院|法官|裁决|判决/i],
  ['platform', /tiktok|douyin|temu|shein|amazon|shopee|lazada|tokopedia|抖音|平台/i],
  // TikTok's own lines apart from other platforms: a rival's launch is no launch (TAXONOMY).
  ['tiktok', /tiktok|douyin|bytedance|抖音|字节/i],
  ['rival', /temu|shein|amazon|shopee|lazada|tokopedia|aliexpress|ebay|walmart|alibaba|pinduoduo|拼多多|希音|亚马逊|虾皮|速卖通|阿里|淘宝|天猫|京东/i],
  ['gmv', /\bgmv\b|gross merchandise|\bsales\b|\bsold\b|revenue|turnover|transaction|成交|销售|交易额|售出|流水|卖出|营收/i],
  ['target', /target|\baim|\bgoal|\bplan|forecast|expect|project|estimat|predict|\bwill\b|目标|计划|预计|预测|有望|将/i],
  ['commerce', /tiktok shop|e-?commerce|\bshop\b|seller|merchant|\bstore|电商|小店|商家|卖家|店铺/i],
  ['fee', /\bfees?\b|commission|\brate\b|费率|佣金|手续费/i],
  ['count', /\busers\b|\bviews\b|followers|subscribers|用户|观看/i],
  ['past', /\bafter\b|following|\bsince\b|\bearlier\b|\blast year\b|previously|此前|之前|去年|继/i],
  // A launch referred back to ("six months after launch", "上线以来") is background, not a launch (TAXONOMY).
  ['back', /\b(?:after|since|following|before)\s+(?:(?:its|the|their|a)\s+)?(?:[\w'’-]+\s+){0,2}?(?:launch|debut|rollout|arrival|entry|introduction|opening)\b|\b(?:launched|debuted|introduced|opened|arrived)\s+(?:[\w-]+\s+){0,4}?(?:in|back in)\s+(?:19|20)\d\d\b|\b(?:which|that)\s+(?:first\s+|already\s+)?(?:has\s+|had\s+)?(?:launched|entered|opened|debuted|arrived|expanded|went live)\b|(?:上线|开通|开放|进入|登陆|开站)(?:以来|之后|后)|自[^，。；]{0,16}(?:上线|开通|开放|进入|登陆|开站)/i],
  ['deny', /\bdeni|rumou?r|report(?:ed|edly)|people familiar|sources said|传闻|消息称|知情人士|否认/i],
];

/** The cue regex named `name`; throws for a name not in CUES (a typo would silently never match). */
export function cueRegex(name: string): RegExp {
  const found = CUES.find(([n]) => n === name);
  if (!found) throw new Error(`no cue named ${name}`);
  return found[1];
}
