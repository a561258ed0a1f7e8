// Is a signed Slack request one this bot answers? Checked after the signature and before Bolt: Bolt answers a
// body it cannot use only after its 3-second wait, with a bare 404 (or a 500 for a payload that is not JSON), so a
// malformed request — a broken client, a misconfigured app, someone holding the signing secret — would tie up a
// request for 3 s and learn nothing. Here it gets a 400 at once, saying what is wrong. Slack's own requests are:
// slash commands and interaction payloads (form-encoded), Events API callbacks and the URL check (JSON).
import { z } from 'zod';

export type ShapeCheck = { ok: true } | { ok: false; reason: string };

export interface HandledRequests {
  /** The slash command registered with Bolt, e.g. "/tts". */
  command: string;
  /** The action_ids of buttons with a listener (a status reply's Share, the alerts' review buttons). */
  actions: readonly (RegExp | string)[];
}

const slashCommand = z.object({
  command: z.string(),
  text: z.string(), // any length the body cap allows: the command parser bounds its own work
  user_id: z.string().min(1).max(50),
  channel_id: z.string().min(1).max(50),
  response_url: z.string().url(),
});

const blockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1).max(50) }),
  actions: z.array(z.object({ action_id: z.string().max(255) })).min(1),
});

const eventsApi = z.discriminatedUnion('type', [
  z.object({ type: z.literal('url_verification'), challenge: z.string().max(1000) }),
  z.object({ type: z.literal('event_callback'), event: z.object({ type: z.string() }) }),
]);

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function checkPayload(payload: string, handled: HandledRequests): ShapeCheck {
  const json = parseJson(payload);
  if (json === undefined) return { ok: false, reason: 'the payload field is not JSON' };
  const type = (json as { type?: unknown } | null)?.type;
  if (type !== 'block_actions') return { ok: false, reason: 'this app answers only button presses (block_actions) among interactions' };
  const parsed = blockActions.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `unexpected block_actions payload at ${firstIssue(parsed.error)}` };
  const ours = (id: string) => handled.actions.some((m) => (typeof m === 'string' ? m === id : m.test(id)));
  if (!parsed.data.actions.some((a) => ours(a.action_id))) return { ok: false, reason: 'no button of this app was pressed' };
  return { ok: true };
}

/** Whether Bolt has a listener for this verified body; if not, why (for a 400). */
export function checkSlackRequestShape(contentType: string, body: Buffer, handled: HandledRequests): ShapeCheck {
  const text = body.toString('utf8');
  // Bolt reads a form only under exactly this content type (any other is parsed as JSON).
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = Object.fromEntries(new URLSearchParams(text));
    if (typeof form.payload === 'string') return checkPayload(form.payload, handled);
    if (form.command === undefined) return { ok: false, reason: 'a form that is neither a slash command nor an interaction payload' };
    const parsed = slashCommand.safeParse(form);
    if (!parsed.success) return { ok: false, reason: `unexpected slash command at ${firstIssue(parsed.error)}` };
    if (parsed.data.command !== handled.command) return { ok: false, reason: `this app answers only ${handled.command}` };
    return { ok: true };
  }
  if (!contentType.startsWith('application/json')) return { ok: false, reason: 'expected a form (application/x-www-form-urlencoded) or JSON body' };
  const json = parseJson(text);
  if (json === undefined) return { ok: false, reason: 'the body is not JSON' };
  const parsed = eventsApi.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `not an Events API request (${firstIssue(parsed.error)})` };
  return { ok: true };
}
