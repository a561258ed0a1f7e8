// Amounts that are not a platform's GMV (TAXONOMY's Labeling rules): market sizes, profit, revenue, valuations,
// funding, fees and other money; sales bars a merchant must clear to join; counts of users or orders; one product's,
// brand's, seller's or creator's sales. The GMV extractor reads these words around each amount it weighs.

// One product's, one brand's, one seller's or creator's sales are theirs, not the platform's GMV nor a market's
// (TAXONOMY's Labeling rules): a sentence whose subject is one such seller or product ("A serum became the top seller,
// bringing in $9 million", "One creator sold $2 million in a single stream", "The brand's shop took in $5 million"),
// one that counts units sold or a best-selling product, or the Chinese forms (单品、某品牌、一家店铺、一位达人/主播、单场直播
// 的销售额). The extractor applies it only where the sentence names no platform: "TikTok Shop's GMV … its top brand"
// keeps the platform's figure.
export const ONE_SELLER = new RegExp([
  String.raw`^\W*(?:a|an|one|this|that|the|his|her|their)\s+(?:[\w'’“”-]+\s+){0,3}?(?:product|brand|seller|merchant|vendor|creator|influencer|host|streamer|livestreamer|item|label)(?:['’]s)?\b`,
  // "the shop" and "its store" may be TikTok Shop itself: only "a"/"one"/"this" store is one seller's.
  String.raw`^\W*(?:a|an|one|this|his|her)\s+(?:[\w'’“”-]+\s+){0,3}?(?:store|shop|storefront)(?:['’]s)?\b`,
  String.raw`\bunits sold\b|\bsold\s+(?:over\s+|more than\s+|about\s+|nearly\s+)?[\d.,]+\s*(?:million|thousand|k)?\s+units\b`,
  String.raw`\bbest-?sell(?:er|ing) (?:product|item|sku)s?\b|\b(?:single|one)\s+(?:live\s*)?(?:stream|livestream|live session|broadcast)\b`,
  String.raw`^\W*(?:一款|一个|一位|一名|一家|该|某|这款|这家|这位|其中一[款家位名个])[\u4e00-\u9fff]{0,8}?(?:产品|商品|单品|品牌|商家|卖家|店铺|主播|达人|博主|网红)`,
  String.raw`单品|单场直播|一场直播|单场(?:带货|成交|销售)|(?:店铺|品牌|达人|主播)(?:个人|单月|单日|单场)?的?(?:销售额|销量|成交额|GMV)`,
].join('|'), 'i');
// Words that make an amount a sales figure in its own right.
export const SALES_WORD = /\bgmv\b|gross merchandise|gross orders? value|merchandise (?:volume|value)|\bsales\b|\bsold\b|\b(?:bought|purchased)\b|\btakings\b|\bsell(?:s|ing)?\b|\bspent\b|\bturnover\b|成交|销售|交易额|卖出|售出|下单金额|订单金额|GMV/i;
export const MARKET_SIZE = /\b(?:black friday|cyber monday|cyber week|holiday(?: season)?|christmas|thanksgiving|back-to-school|singles'? day|prime day|online|retail|total|social (?:commerce|shopping)|live(?:stream)? (?:commerce|shopping)|e-?commerce) (?:shopping )?(?:sales|spending) (?:in|across) (?:the )?(?:u\.?s\.?|uk|united|america|britain|[A-Z])|e-?commerce (?:market|sales|spending|gmv|transactions|transaction value)|\bsocial (?:commerce|shopping) (?:market|sales|spending|gmv)|\blive(?:stream)?[- ](?:commerce|shopping) (?:market|sales|spending)|\bdigital economy|\bonline (?:retail|shopping) (?:sales|spending|gmv)|\b(?:online shopping|online retail|e-?commerce|internet retail|digital commerce|social commerce|live(?:stream)? (?:commerce|shopping)|video commerce)\s+(?:in|across)\s+(?:the\s+)?(?:[A-Z]|southeast asia|south-east asia)|\bonline sales (?:in|across|reached|hit)|电商(?:gmv|交易额|销售额|规模)|线上销售额|网络零售|retail sales|online sales of|market (?:size|value|is worth|was worth)|total (?:online )?sales of|\b(?:online )?(?:shoppers|consumers|buyers)\b[^.;,]{0,30}\bspent\b|市场规模|电商市场|零售总额|零售额/i;
// "Its overall e-commerce GMV in Southeast Asia reached …": a platform's own total, not the market's.
export const OWNED_TOTAL = /\b(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:e-?commerce|online) (?:gmv|sales)\b|其(?:电商)?(?:GMV|交易额|销售额)/i;
export const NOT_GMV = /\bfund(?:ing|s|ed)?\b|\braise[sd]?\b|\braising\b|investment|\binvest(?:ed|s|ing)?\b|valuation|valued at|\bfine[sd]?\b|penalt|\baid\b|\bads?\b|advertis|\bpromos?\b|salar(?:y|ies)|\bwages?\b|\bfees?\b|commission|subsid|\bloans?\b|\bbudget|\bprice[sd]?\b|\bpricing|\bcosts?\b|revenue|profit|\bincome\b|\bearnings\b|\blosses\b|\busers\b|followers|\bviews\b|per violation|\btax(?:es)?\b|deposit|requir|\bmust\b|minimum|threshold|eligib|need(?:s|ed)? (?:to|total|annual|sales)|\bacquisition|\bbuy(?:er)? .{0,12}for|\bto (?:buy|acquire)\b|\bstake\b|收购|罚款|融资|投资|估值|广告|补贴|价格|营收|利润|收入|费用|佣金|税|用户|保证金|门槛|要求|最低/i;
export const ENTRY_BAR = /requir|\bmust\b|threshold|\bneed(?:s|ed)?\b|to join|\bonly if\b|\bto (?:qualify|be eligible)\b|门槛|要求|入驻/i;
// A floor ("at least $2 million", "不低于10万美元") in a sentence about joining or registering is a bar a merchant must
// clear when the joining words come before it: an entry requirement, not a platform's GMV ("入驻商家数达800万" after a
// GMV figure is a count).
export const JOINING = /\bto (?:enter|join|register|apply|open (?:a|an|your) (?:store|shop))\b|\bregist(?:er|ering|ration)\b|\bapplicants?\b|\bapply(?:ing)? (?:for|to)\b|\bonboard|\beligib|\bqualif|入驻|申请|开店|门槛|资质|准入|招商/i;
export const COUNT_BEFORE = /(?:消费者|用户|买家|卖家|商家|人次|订单|达人)(?:数|数量)?(?:达|为|超|超过|突破)?$/;
export const COUNT_AFTER = /^\s*(?:(?:active |monthly |new )?(?:consumers|users|shoppers|buyers|customers|orders|people|merchants|sellers|creators|followers|viewers|items|products|units|packages|parcels|downloads|videos)\b|(?:名|个|位)?(?:消费者|用户|人|订单|件|单|粉丝|商家|卖家|买家|次))/i;
// "50 million Americans", "3 million Filipinos": a bare number before a people's name (capitalised, so case matters)
// counts people.
export const PEOPLE_AFTER = /^\s*[A-Z][a-z]+(?:s|ese)\b(?<!Dollars|Pounds|Euros|Pesos|Reais)/;
// "US consumers spent $23.8 billion online across all retailers during Amazon's Prime Day": spending across retailers is
// the market's, whichever platform's event it falls in.
export const ACROSS_RETAILERS = /\bacross (?:all |every |other )?(?:(?:online |us |u\.s\. )?retailers|merchants|websites|sites|stores|platforms|the (?:industry|market|sector))\b|\ball (?:online |major )?retailers\b|\bindustry-wide\b|\bmarket-wide\b|全网|全行业/i;
// "Shoppers spent $23.8 billion online during …": consumers' spending online is the market's unless it is "on" a platform.
export const SPENT_ONLINE = /\b(?:shoppers|consumers|buyers|customers|americans|britons|people)\b[^;,]{0,30}\bspent\b[^;,]{0,30}\bonline\b/i;
// "the company's goal of $15 billion": a company's own goal, not a bar.
export const OWN_GOAL_BEFORE = /\b(?:goal|target|ambition)s?\s+(?:of|is|was|at|for|to reach)?\s*(?:about|around|roughly|some|more than|over)?\s*$|目标(?:为|是|定为)?\s*$/i;
export const BAR_AFTER = /^\s*(?:(?:in |of )?(?:annual |yearly |past |prior )?(?:sales|gmv|revenue|turnover)\s+)?(?:bar|threshold|minimum|requirement|floor|hurdle)s?\b|^[^，。；]{0,6}(?:门槛|要求)/i;
// "orders rose to 2.2 billion", "active users reached 300 million": a bare number whose subject is a count.
export const COUNT_SUBJECT_BEFORE = /\b(?:orders|users|buyers|shoppers|customers|consumers|sellers|merchants|creators|parcels|packages|items|units|downloads|visits|visitors|viewers|followers|accounts|livestreams|videos|transactions)\b(?:\s+[\w-]+){0,3}?\s+(?:rose|grew|jumped|climbed|fell|dropped|reached|hit|topped|totall?ed|numbered|were|was|exceeded|passed|surpassed|came to|stood at|amounted to)(?:\s+(?:by\s+)?\d[\d.]*\s?%)?(?:\s+(?:to|at|by))?\s*(?:about|around|nearly|almost|over|more than|some|roughly|close to)?\s*$/i;
export const SPENT_ON = /\b(?:on|at|via|through|with)\s+(?:the\s+)?$/i;
