/**
 * What an inbound activity must look like before the adapter and the bot see it. Only the fields the SDK and the
 * bot read are checked, each for the type they are read as; everything else passes through untouched, so real
 * Teams activities (which carry many more fields) are accepted as they are. The parsed value is what is processed.
 */
import { z } from 'zod';

/** Ids from Teams are short (a personal chat id is ~150 characters); a cap keeps storage keys and logs sane. */
const MAX_ID = 1024;
const id = z.string().min(1).max(MAX_ID);
const optionalText = z.string().max(MAX_ID).optional();

const account = z.looseObject({ id, name: z.string().optional(), aadObjectId: optionalText, role: optionalText });

const conversation = z.looseObject({
  /** The SDK also sends it as an HTTP header (x-ms-conversation-id): printable ASCII only, as Teams' ids are. */
  id: id.regex(/^[\x20-\x7e]+$/, 'printable ASCII'),
  name: z.string().optional(),
  conversationType: optionalText,
  tenantId: optionalText,
  isGroup: z.boolean().optional(),
});

/** The Bot Connector the replies go to: an absolute http(s) URL. */
const serviceUrl = z.url({ protocol: /^https?$/ }).max(2048);

const entity = z.looseObject({ type: z.string() });

/** An @mention as TurnContext.removeRecipientMention reads it: who was mentioned, and the text to strip. */
const mention = z.looseObject({ type: z.string(), text: z.string(), mentioned: z.looseObject({ id: z.string() }) });

const isMention = (item: { type: string }): boolean => item.type.toLowerCase() === 'mention';

export const activitySchema = z
  .looseObject({
    type: z.string().min(1).max(256),
    id: optionalText,
    name: z.string().max(MAX_ID).optional(),
    channelId: z.string().min(1).max(MAX_ID),
    serviceUrl,
    conversation,
    from: account,
    recipient: account,
    replyToId: optionalText,
    locale: z.string().max(64).optional(),
    timestamp: z.string().max(64).optional(),
    localTimestamp: z.string().max(64).optional(),
    text: z.string().optional(),
    textFormat: z.string().max(64).optional(),
    value: z.unknown().optional(),
    channelData: z.looseObject({}).optional(),
    entities: z.array(entity).optional(),
    attachments: z.array(z.looseObject({ contentType: z.string().optional() })).optional(),
    membersAdded: z.array(account).optional(),
    membersRemoved: z.array(account).optional(),
  })
  .superRefine((activity, ctx) => {
    (activity.entities ?? []).forEach((item, index) => {
      if (!isMention(item)) return;
      if (!mention.safeParse(item).success) ctx.addIssue({ code: 'custom', path: ['entities', index], message: 'a mention needs "text" and "mentioned.id"' });
      else if (activity.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'an activity with a mention needs "text"' });
    });
  });

export type InboundActivity = z.infer<typeof activitySchema>;

export type ActivityCheck = { ok: true; activity: InboundActivity } | { ok: false; problem: string };

/** Checks a parsed JSON body; the problem names the field (never echoes its content), safe to send back. */
export function checkActivity(body: unknown): ActivityCheck {
  const result = activitySchema.safeParse(body);
  if (result.success) return { ok: true, activity: result.data };
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'activity';
  return { ok: false, problem: `Not a valid Bot Framework activity: "${field}" is missing or has the wrong type.` };
}
