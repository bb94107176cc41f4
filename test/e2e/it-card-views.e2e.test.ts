/**
 * The IT channel card has a view per role (issue 11, item 3; Universal Actions): the card carries `refresh` with
 * the IT members' Teams ids; Teams' refresh (`registration.refresh`) gives an IT member IT's view with the buttons
 * and anyone else the status; the server still refuses anyone outside IT (403). In production the posted card is
 * the status view; more than 60 IT members leave `userIds` empty (manual refresh).
 */
import { useBotSession } from '../support/bot-session';
import { postActivity } from '../support/bot-under-test';
import { cardActions, cardText } from '../support/card-reader';
import { validationErrors } from '../support/card-validation';
import { makeUser } from '../support/teams-activity';
import { registrationRenderer } from '../../bot/registration/registration-renderer';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';
import { channelMessage, channelPosts, execute, executeAction, registerProfile } from '../registration/registration-driver';

type Json = Record<string, unknown>;
const executeVerbs = (card: Json | undefined): string[] => cardActions(card).filter((a) => a.type === 'Action.Execute' && a.verb !== 'registration.refresh').map((a) => a.verb ?? '');

describe('IT card: a view per role', () => {
  const itMember = makeUser('Ingrid Johansen');
  const colleague = makeUser('Per Olsen');
  const session = useBotSession({ IT_MEMBER_AAD_IDS: itMember.aadObjectId, OUTBOX_RETRY_BASE_MS: '20', OUTBOX_POLL_MS: '20' });
  const connector = session.connector;

  it('refreshes to the buttons for an IT member and to the status for everyone else; others still get 403', async () => {
    await postActivity(session.url(), channelMessage(itMember, connector.url, 'bruk denne kanalen for IT-varsler'));
    const ref = await registerProfile(session.url(), connector, makeUser('Kari Nilsen'));
    await connector.waitFor(() => channelPosts(connector).length === 1);
    const { thread, activityId, card } = channelPosts(connector)[0]!;
    expect(card?.['refresh']).toEqual({
      action: { type: 'Action.Execute', title: 'Oppdater kortet', verb: 'registration.refresh', data: { ref } },
      userIds: [itMember.id],
    });

    const asIt = await execute(session.url(), executeAction(itMember, connector.url, thread, activityId, 'registration.refresh', { ref }));
    expect(asIt.statusCode).toBe(200);
    expect(executeVerbs(asIt.value)).toEqual(['registration.acknowledge', 'registration.requestInfo']);
    expect(validationErrors(asIt.value as AdaptiveCardJson)).toEqual([]);

    const asColleague = await execute(session.url(), executeAction(colleague, connector.url, thread, activityId, 'registration.refresh', { ref }));
    expect(asColleague.statusCode).toBe(200);
    expect(executeVerbs(asColleague.value)).toEqual([]);
    expect(cardText(asColleague.value)).toContain('Status: Ny – venter på IT');
    expect(cardText(asColleague.value)).toContain('IT-avdelingen behandler registreringen.');
    expect((asColleague.value['refresh'] as Json)['userIds']).toEqual([itMember.id]);

    const refused = await execute(session.url(), executeAction(colleague, connector.url, thread, activityId, 'registration.acknowledge', { ref, version: 1 }));
    expect(refused.statusCode).toBe(403);
    const unknown = await execute(session.url(), executeAction(colleague, connector.url, thread, activityId, 'registration.refresh', { ref: 'SOME-2026-9999' }));
    expect(unknown.statusCode).toBe(404);
  });
});

describe('IT card as posted with an app id (Teams refreshes it)', () => {
  const rules = loadGuidelinePack().rules;
  const record = {
    ref: 'SOME-2026-0001',
    details: {
      profile: { platform: 'instagram' as const, profileName: 'Biblioteket', unit: 'Båtsfjord bibliotek', purpose: 'Arrangementer', audience: 'Innbyggere' },
      people: { headName: 'Hanne Leder', headEmail: 'hanne@batsfjord.kommune.no', admin1Name: 'Siri', admin1Email: 'siri@batsfjord.kommune.no' },
      checklist: { coatOfArms: true as const, websiteFirst: true as const, oneWorkingDay: true as const, crisisRouting: true as const, pictureConsent: true as const },
    },
    requester: { id: 'kari', name: 'Kari Nilsen' },
    requesterAddress: { serviceUrl: 'https://x', conversationId: 'c', channelId: 'msteams' },
    lang: 'nb' as const,
    state: 'submitted' as const,
    createdAt: '2026-11-25T08:00:00.000Z',
    updatedAt: '2026-11-25T08:00:00.000Z',
    history: [{ at: '2026-11-25T08:00:00.000Z', by: { id: 'kari', name: 'Kari Nilsen' }, event: 'submit' as const, from: null, to: 'submitted' as const }],
  };
  const posted = (viewers: string[]): Json => {
    const activity = registrationRenderer(rules, { itButtonsForAll: false }).itCard(record, viewers);
    return ((activity['attachments'] as Json[])[0]!['content'] as Json);
  };

  it('is the status view, with the IT members to refresh', () => {
    const card = posted(['29:ingrid', '29:kari']);
    expect(executeVerbs(card)).toEqual([]);
    expect((card['refresh'] as Json)['userIds']).toEqual(['29:ingrid', '29:kari']);
    expect(validationErrors(card as AdaptiveCardJson)).toEqual([]);
  });

  it('leaves userIds empty for more than 60 IT members: each refreshes by hand', () => {
    const many = Array.from({ length: 61 }, (_, i) => `29:it-${i}`);
    expect((posted(many)['refresh'] as Json)['userIds']).toEqual([]);
    expect((posted(many.slice(0, 60))['refresh'] as Json)['userIds']).toHaveLength(60);
  });
});
