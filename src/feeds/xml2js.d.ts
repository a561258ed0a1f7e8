// The part of xml2js (a dependency of rss-parser, used directly by read-feed-nodes.ts) that we call; it ships no types.
declare module 'xml2js' {
  export interface ParserOptions { tagNameProcessors?: ((name: string) => string)[] }
  export class Parser {
    constructor(options?: ParserOptions);
    parseString(xml: string, callback: (err: unknown, result: Record<string, unknown> | null) => void): void;
  }
  const xml2js: { Parser: typeof Parser };
  export default xml2js;
}
