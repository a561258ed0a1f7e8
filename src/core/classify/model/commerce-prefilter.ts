// The cheap first pass on the ingest path: an item that names no platform, no commerce word and no tag's cue
// cannot state a launch, threshold, ban or GMV fact, so it skips the extractors and the model. One regex test per
// item; broad on purpose (a false yes only costs time, a false no loses a fact).
const COMMERCE = /tiktok|douyin|tik tok|bytedance|\btts\b|temu|shein|amazon|shopee|lazada|tokopedia|aliexpress|mercado|alibaba|taobao|tmall|pinduoduo|\bjd\b|kuaishou|walmart|ebay|e-?commerce|ecommerce|\bshop|seller|merchant|retail|marketplace|\bgmv\b|gross merchandise|live ?stream|livestream|affiliate|creator|\bsales\b|\bban\b|\bbans\b|\bbanned\b|抖音|字节|电商|電商|小店|商家|卖家|賣家|店铺|店鋪|直播|带货|帶貨|成交|销售|銷售|禁|跨境|平台|平臺|达人|達人|入驻|入駐|出海/i;

export function mayStateFacts(title: string, text: string): boolean {
  return COMMERCE.test(title) || COMMERCE.test(text);
}
