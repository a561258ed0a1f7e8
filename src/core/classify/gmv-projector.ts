// Who projects a GMV figure decides its kind (TAXONOMY): a projection by others (analysts, reports, "people familiar")
// is a forecast, the company's own a target. Read from the words just before the projection verb, else from whom the
// sentence reports as speaking.
import type { GmvKind } from '../types.ts';

// "Analysts expect", "报告预计": a projection by others is a forecast; "TikTok expects", "公司预计": the company's
// own projection is a target (TAXONOMY). Only the verbs that say who projects are re-read; "expected to" and "目标"
// say the kind themselves.
const PROJECTION_VERB = /^(?:expects?|sees?|预计|project(?:s|ed)?|forecast|estimat)$/i;
const OTHERS_PROJECT = /\b(?:analysts?|researchers?|economists?|brokers?|brokerages?|banks?|reports?|studies|study|surveys?|consultanc(?:y|ies)|firms?|investors?|observers?|insiders|sources|people (?:familiar|close)|estimates? by)\b|分析师|研报|报告|券商|机构|研究|咨询|知情人士|业内人士|市场人士|数据显示/i;
const OWN_PROJECT = /\b(?:the company|it|its (?:management|executives?|chief executive|ceo|boss)|management|executives?|(?:chief executive|ceo|president|boss|spokes(?:wo)?man|spokesperson)\b[^,;]{0,30})\s*(?:now |also |still )?$|(?:tiktok|douyin|temu|shein|shopee|lazada|amazon|bytedance)(?: shop)?(?:['’]s)?(?: [A-Z]\w+)*\s*(?:now |also |still )?$|(?:公司|平台|官方|管理层|高管|负责人|总裁|CEO)(?:方面)?(?:也|还|则)?$/i;
export function byWhoProjects(kind: GmvKind, verb: string, before: string, speaker: Speaker): GmvKind {
  if (kind === 'actual' || !PROJECTION_VERB.test(verb)) return kind;
  const clause = before.replace(/.*[,;:，；：。]/s, '');
  // "Temu's GMV is projected to hit…": a passive projection names no projector, so it is read like "expected to" (a
  // forecast) unless the sentence reports the company speaking.
  if (/\b(?:is|are|was|were|been|being|be)\s+$/i.test(clause) && !/^(?:预计)$/.test(verb)) return speaker === 'own' ? 'target' : 'forecast';
  if (OTHERS_PROJECT.test(clause) || /\b[A-Z][\w&.-]+(?: [A-Z][\w&.-]+)? (?:[Aa]nalysts|[Rr]esearch)\b/.test(clause)) return 'forecast';
  if (OWN_PROJECT.test(clause) && !/^estimat/i.test(verb)) return 'target';
  // The clause names nobody: the one the sentence reports ("负责人表示，…今年预计完成约300亿美元", "…, analysts said").
  if (speaker === 'others') return 'forecast';
  if (speaker === 'own' && !/^estimat/i.test(verb)) return 'target';
  return kind;
}

export type Speaker = 'own' | 'others' | null;
// Who a sentence reports as speaking: "TikTok Shop东南亚电商负责人表示", "the company said", "analysts told Reuters".
const SAYS = String.raw`(?:said|says|told|added|stated|announced|表示|称|透露|介绍|指出|说)`;
const OTHERS_SAY = new RegExp(String.raw`(?:${OTHERS_PROJECT.source})[^.;，。；]{0,20}?${SAYS}`, 'i');
const OWN_SAY = new RegExp(String.raw`(?:\b(?:the company|(?:its |the )?(?:chief executive|ceo|president|boss|spokes(?:wo)?man|spokesperson|executives?|management))\b|(?:公司|平台|官方|管理层|高管|负责人|总裁|CEO|发言人))[^.;，。；]{0,8}?${SAYS}`, 'i');
export function speakerOf(sentence: string): Speaker {
  if (OTHERS_SAY.test(sentence)) return 'others';
  if (OWN_SAY.test(sentence)) return 'own';
  return null;
}
