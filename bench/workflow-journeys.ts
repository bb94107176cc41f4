/**
 * Scenario (c): the two workflows end to end, driven by their cards' own actions. Each simulated employee
 * (a person in a generated leader directory) alternates between
 * - registering a profile: «registrer profil», the three form steps, «Send til IT»; the IT member then
 *   acknowledges the channel card (Action.Execute) and the requester is told;
 * - asking the nearest leader: «spør leder», the description, «Send til <leader>»; the leader approves
 *   (Action.Execute) and the requester's card is updated.
 * Every POST is a turn (latency as in the other scenarios; an invoke's answer is its response). The time
 * from a journey's first message to the requester hearing the outcome is kept separately.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'undici';
import { stringify } from 'yaml';
import { z } from 'zod';
import { cardInvoke } from '../test/escalation/escalation-fixtures';
import { cardActions, cardOf } from '../test/support/card-reader';
import { cardSubmit, makeUser, personalConversationId, textMessage, type TeamsUser } from '../test/support/teams-activity';
import type { ConnectorSink, KeyedActivity } from './connector-sink';
import { RoundRecorder, sendTurn, type RoundResult } from './load-round';
import { IT_CHANNEL_ID, channelCardAction, registrationInputs } from './workflow-activities';
import type { TargetProcess } from './target-process';

type Json = Record<string, unknown>;

export interface Employee {
  user: TeamsUser;
  leader: TeamsUser;
}

export interface WorkflowSetup {
  employees: Employee[];
  itMember: TeamsUser;
  /** Environment for the bot process: IT channel, IT member, leader directory. */
  env: Record<string, string>;
}

/** `count` employees with one leader per ten, written as the bot's leader directory file in `dir`. */
export function makeWorkflowSetup(count: number, dir: string, serviceUrl: string): WorkflowSetup {
  const top = makeUser('Bench Rådmann');
  const leaders = Array.from({ length: Math.ceil(count / 10) }, (_, i) => makeUser(`Bench Leder ${i + 1}`));
  const employees = Array.from({ length: count }, (_, i) => ({ user: makeUser(`Bench Ansatt ${i + 1}`), leader: leaders[Math.floor(i / 10)] ?? top }));
  const person = (user: TeamsUser, manager: TeamsUser | undefined): Json => ({
    id: user.aadObjectId,
    displayName: user.name,
    mail: `${user.aadObjectId.slice(0, 8)}@batsfjord.kommune.no`,
    department: 'Bench',
    jobTitle: manager ? 'Ansatt' : 'Rådmann',
    ...(manager ? { manager: manager.aadObjectId } : {}),
  });
  const file = path.join(dir, 'bench-org-directory.yaml');
  writeFileSync(file, stringify({ people: [person(top, undefined), ...leaders.map((l) => person(l, top)), ...employees.map((e) => person(e.user, e.leader))] }));
  const itMember = makeUser('Bench IT');
  return {
    employees,
    itMember,
    env: { ORG_DIRECTORY_FILE: file, IT_CHANNEL_ID, IT_CHANNEL_SERVICE_URL: serviceUrl, IT_MEMBER_AAD_IDS: itMember.aadObjectId },
  };
}

export interface WorkflowRoundResult extends RoundResult {
  /** First message → requester told, per completed journey. */
  registrationMs: number[];
  escalationMs: number[];
}

interface JourneyContext {
  pool: Pool;
  sink: ConnectorSink;
  serviceUrl: string;
  failureTexts: readonly string[];
  recorder: RoundRecorder;
  itMember: TeamsUser;
  asyncTimeoutMs: number;
}

/** A journey that cannot go on; `counted` when the failed turn is already in the recorder's errors. */
class JourneyFailed extends Error {
  constructor(
    step: string,
    readonly counted = false,
  ) {
    super(step);
  }
}

const actionWithVerb = (activity: Json | undefined, verb: string): { data?: Json; verb?: string } | undefined =>
  cardActions(cardOf(activity ?? {})).find((a) => a.data?.['verb'] === verb || a.verb === verb);

async function turn(ctx: JourneyContext, conversationId: string, activity: Json, step: string): Promise<string> {
  const outcome = ctx.recorder.record(await sendTurn(ctx.pool, ctx.sink, conversationId, activity, ctx.failureTexts));
  if (!outcome.ok) throw new JourneyFailed(step, true);
  return outcome.body;
}

async function arrives(ctx: JourneyContext, key: string, predicate: (entry: KeyedActivity) => boolean, step: string): Promise<KeyedActivity> {
  try {
    return await ctx.sink.waitForKey(key, predicate, ctx.asyncTimeoutMs);
  } catch {
    throw new JourneyFailed(step);
  }
}

const invokeResponse = z.object({ statusCode: z.number() });

/** The status an `adaptiveCard/action` invoke answered with (0 when the body is not an invoke response). */
function invokeStatus(body: string): number {
  try {
    const parsed = invokeResponse.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.statusCode : 0;
  } catch {
    return 0;
  }
}

async function registration(ctx: JourneyContext, employee: Employee): Promise<number> {
  const { user } = employee;
  const conversationId = personalConversationId(user);
  const log = ctx.sink.conversation(conversationId);
  const started = performance.now();
  await turn(ctx, conversationId, textMessage(user, ctx.serviceUrl, 'registrer profil'), 'registration start');
  for (let steps = 0; steps < 5; steps++) {
    const next = actionWithVerb(log.last, 'registration.step');
    if (!next?.data) break;
    const step = String(next.data['step']);
    await turn(ctx, conversationId, cardSubmit(user, ctx.serviceUrl, { ...next.data, ...registrationInputs[step] }), `registration step ${step}`);
  }
  const send = actionWithVerb(log.last, 'registration.send');
  if (!send?.data) throw new JourneyFailed('registration summary');
  await turn(ctx, conversationId, cardSubmit(user, ctx.serviceUrl, send.data), 'registration send');
  const ref = /SOME-\d{4}-\d{4,}/.exec(JSON.stringify(log.last ?? {}))?.[0];
  if (!ref) throw new JourneyFailed('registration reference');

  const itCard = await arrives(ctx, ref, (e) => e.created && actionWithVerb(e.activity, 'registration.acknowledge') !== undefined, 'IT channel card');
  const acknowledge = actionWithVerb(itCard.activity, 'registration.acknowledge');
  const invoke = channelCardAction(ctx.itMember, ctx.serviceUrl, itCard.conversationId, itCard.activityId, 'registration.acknowledge', acknowledge?.data ?? {});
  const acknowledgedAt = performance.now();
  if (invokeStatus(await turn(ctx, itCard.conversationId, invoke, 'IT acknowledge')) !== 200) throw new JourneyFailed('IT acknowledge refused');
  await arrives(ctx, ref, (e) => e.conversationId === conversationId && e.at >= acknowledgedAt, 'requester told of registration');
  return performance.now() - started;
}

async function escalation(ctx: JourneyContext, employee: Employee): Promise<number> {
  const { user, leader } = employee;
  const conversationId = personalConversationId(user);
  const log = ctx.sink.conversation(conversationId);
  const started = performance.now();
  await turn(ctx, conversationId, textMessage(user, ctx.serviceUrl, 'spør leder'), 'escalation start');
  const describe = actionWithVerb(log.last, 'escalation.describe');
  if (!describe?.data) throw new JourneyFailed('escalation describe card');
  const description = 'Kan jeg legge ut bildet fra ungdomsklubben på kommunens Facebook-side?';
  await turn(ctx, conversationId, cardSubmit(user, ctx.serviceUrl, { ...describe.data, description, link: '' }), 'escalation describe');
  const send = actionWithVerb(log.last, 'escalation.send');
  if (!send?.data) throw new JourneyFailed('escalation leader card');
  await turn(ctx, conversationId, cardSubmit(user, ctx.serviceUrl, send.data), 'escalation send');
  const caseId = /"caseId":"([^"]+)"/.exec(JSON.stringify(log.last ?? {}))?.[1];
  if (!caseId) throw new JourneyFailed('escalation case id');

  const leaderCard = await arrives(ctx, caseId, (e) => e.conversationId !== conversationId && actionWithVerb(e.activity, 'escalation.approve') !== undefined, 'leader card');
  const approve = actionWithVerb(leaderCard.activity, 'escalation.approve');
  const decidedAt = performance.now();
  const invoke = cardInvoke(leader, ctx.serviceUrl, leaderCard.conversationId, 'escalation.approve', { ...approve?.data, comment: 'Ja, med samtykke.' });
  if (invokeStatus(await turn(ctx, leaderCard.conversationId, invoke, 'leader approve')) !== 200) throw new JourneyFailed('leader approve refused');
  await arrives(ctx, caseId, (e) => e.conversationId === conversationId && e.at >= decidedAt, 'requester told of decision');
  return performance.now() - started;
}

export interface WorkflowRoundOptions {
  target: TargetProcess;
  sink: ConnectorSink;
  employees: readonly Employee[];
  itMember: TeamsUser;
  /** Journeys per employee, alternating registration and escalation. */
  journeysPerUser: number;
  failureTexts: readonly string[];
  asyncTimeoutMs?: number;
}

export async function runWorkflowRound(pool: Pool, options: WorkflowRoundOptions): Promise<WorkflowRoundResult> {
  const recorder = new RoundRecorder(options.target.pid);
  const ctx: JourneyContext = {
    pool,
    sink: options.sink,
    serviceUrl: options.sink.url,
    failureTexts: options.failureTexts,
    recorder,
    itMember: options.itMember,
    asyncTimeoutMs: options.asyncTimeoutMs ?? 30_000,
  };
  const registrationMs: number[] = [];
  const escalationMs: number[] = [];
  await Promise.all(
    options.employees.map(async (employee, index) => {
      for (let j = 0; j < options.journeysPerUser; j++) {
        const isRegistration = (index + j) % 2 === 0;
        try {
          if (isRegistration) registrationMs.push(await registration(ctx, employee));
          else escalationMs.push(await escalation(ctx, employee));
        } catch (error) {
          if (!(error instanceof JourneyFailed)) recorder.fail('journey crashed');
          else if (!error.counted) recorder.fail(`missing: ${error.message}`);
        }
      }
    }),
  );
  return { ...recorder.finish(), registrationMs, escalationMs };
}
