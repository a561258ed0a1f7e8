// A copy of a regex with other flags (usually 'g', to loop over matches), made once per regex and flags: building
// `new RegExp(re.source, 'gi')` for every sentence or call showed in CPU profiles of the ingest path. The copy's
// lastIndex is reset on every hand-out, so a caller gets it as new; callers use it in one loop and do not hand it
// to code that asks for the same copy while they loop.
const copies = new WeakMap<RegExp, Map<string, RegExp>>();

export function regexWithFlags(re: RegExp, flags: string): RegExp {
  let byFlags = copies.get(re);
  if (!byFlags) { byFlags = new Map(); copies.set(re, byFlags); }
  let copy = byFlags.get(flags);
  if (!copy) { copy = new RegExp(re.source, flags); byFlags.set(flags, copy); }
  copy.lastIndex = 0;
  return copy;
}
