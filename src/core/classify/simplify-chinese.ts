// News from Hong Kong and Taiwan writes traditional characters (營業執照, 禁令, 億美元); the rules are written in
// simplified ones. OpenCC converts by phrase and keeps the text's length for these characters, so a text is
// converted once, up front, and everything after reads one script.
import * as OpenCC from 'opencc-js/t2cn';

const convert: (text: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });
const CJK = /[\u4e00-\u9fff]/;

/** The text in simplified characters; text without Chinese is returned as is. */
export function toSimplified(text: string): string {
  return CJK.test(text) ? convert(text) : text;
}
