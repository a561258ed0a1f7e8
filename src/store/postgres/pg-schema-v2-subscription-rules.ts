// Subscriptions become rules (market × tag × severity, plus confirmations): each existing row's markets × tags
// turn into one rule each with its severity; "all" (an empty list) becomes null. Confirmations were delivered by
// default before; they now go to the digest only unless a channel asks, so migrated rules do not ask.
export const PG_SUBSCRIPTION_RULES = `
ALTER TABLE subscriptions ADD COLUMN rules JSONB NOT NULL DEFAULT '[]'::jsonb;
UPDATE subscriptions s SET rules = COALESCE((
  SELECT jsonb_agg(jsonb_build_object('market', m, 'tag', t, 'minSeverity', s.min_severity, 'confirms', false))
  FROM jsonb_array_elements(CASE WHEN s.markets = '[]'::jsonb THEN '[null]'::jsonb ELSE s.markets END) AS m,
       jsonb_array_elements(CASE WHEN s.tags = '[]'::jsonb THEN '[null]'::jsonb ELSE s.tags END) AS t
), '[]'::jsonb);
ALTER TABLE subscriptions DROP COLUMN markets, DROP COLUMN tags, DROP COLUMN min_severity;
`;
