// Two fetches of the same story can carry different tracking parameters; an id built from the link must not.

const TRACKING = /^(?:utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|ref|ref_src|ref_url|spm|scm|share|share_source|from|source|cmpid|cid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|__twitter_impression|ncid|sr_share|feature)$/i;

/** The link without tracking parameters and fragment, with a lower-case host; null when it is not an http(s) URL. */
export function canonicalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.hash = '';
  url.searchParams.sort();
  return url.href.replace(/\?$/, '');
}
