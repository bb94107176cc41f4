/**
 * Teams-shaped activities for the workflows scenario that the shared test builders do not have: an
 * Action.Execute click in the IT channel, and the inputs a person types into the registration form.
 * (test/registration/registration-driver.ts has the same shapes but loads the whole bot with it.)
 */
import { randomUUID } from 'node:crypto';
import { BOT_ID, TENANT_ID, type TeamsUser } from '../test/support/teams-activity';

export const IT_CHANNEL_ID = '19:bench-it-channel@thread.tacv2';

/** What the requester types into each step of the registration form. */
export const registrationInputs: Record<string, Record<string, string>> = {
  profile: {
    platform: 'instagram',
    profileName: 'Båtsfjord barnehage',
    profileUrl: 'https://www.instagram.com/batsfjord.barnehage',
    unit: 'Båtsfjord barnehage',
    purpose: 'Vise hverdagen i barnehagen og informere foreldre',
    audience: 'Foreldre og innbyggere',
  },
  people: { headName: 'Hanne Leder', headEmail: 'hanne.leder@batsfjord.kommune.no', admin1Name: 'Siri Admin', admin1Email: 'siri.admin@batsfjord.kommune.no', admin2Name: '', admin2Email: '' },
  checklist: { coatOfArms: 'true', websiteFirst: 'true', oneWorkingDay: 'true', crisisRouting: 'true', pictureConsent: 'true' },
};

/** An Action.Execute click on the card `activityId` in the IT channel thread `conversationId`. */
export function channelCardAction(user: TeamsUser, serviceUrl: string, conversationId: string, activityId: string, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { conversationType: 'channel', isGroup: true, tenantId: TENANT_ID, id: conversationId },
    recipient: { id: BOT_ID, name: 'Retningslinjer SoMe' },
    locale: 'nb-NO',
    channelData: { tenant: { id: TENANT_ID }, channel: { id: IT_CHANNEL_ID }, team: { id: '19:bench-team@thread.tacv2' } },
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: activityId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}
