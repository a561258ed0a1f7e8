// Which of two platforms named together owns a GMV figure: the second one named as part of the first ("including
// Tokopedia", 含Tokopedia, "together with"), or named in an aside about the first ("which now also runs Tokopedia").
import type { PlatformMention } from './find-platform.ts';

// "TikTok Shop, including Tokopedia", "TikTok Shop（含Tokopedia）", "TikTok Shop与Tokopedia合并后的…": the second platform is
// part of the first's figure.
const PART_OF_BEFORE = /(?:\bincluding|\bincl\.|\bplus|\bcombined with|\btogether with|包括|含|包含)\s*(?:the |its |sister |local )*$/i;
const RELATIVE_ASIDE = /[,，(（]\s*(?:which|whom)\s+$|[,，(（]\s*(?:which|who|that)\s+(?:[\w-]+\s+){0,4}(?:runs|ran|owns|owned|operates|operated|bought|acquired|absorbed|took over|merged with|controls|includes)\s+(?:(?:a|the|its|local|rival|majority|controlling|stake|share|part|of|in)\s+){0,4}$/i;
const MERGED_AFTER = /^[^,，。;；]{0,12}?(?:合并|\bcombined\b|['’]s combined|\btogether\b|\bjointly\b|共同|合计)/i;
export function partOfAnother(text: string, all: PlatformMention[], p: PlatformMention): boolean {
  const earlier = all.some((o) => o.index < p.index && o.index >= p.index - 80 && o.platform !== p.platform);
  if (!earlier) return false;
  // "TikTok Shop, which now also runs Tokopedia, is expected to…": a platform named in an aside about the first is not
  // the figure's.
  if (RELATIVE_ASIDE.test(text.slice(Math.max(0, p.index - 50), p.index))) return true;
  return PART_OF_BEFORE.test(text.slice(Math.max(0, p.index - 24), p.index).replace(/[（(,，\s]+$/, (m) => m.replace(/[（(,，]/g, ' ')))
    || (/(?:与|和|及|and|&)\s*$/i.test(text.slice(Math.max(0, p.index - 6), p.index)) && MERGED_AFTER.test(text.slice(p.index)));
}
