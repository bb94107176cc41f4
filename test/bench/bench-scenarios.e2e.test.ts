/**
 * The bench's simulated users against the real bot (in this process, SQLite, loopback connector sink) and
 * against the echo baseline (its own process): every turn answered, the tree walk reaches answer cards by
 * clicking the cards' own actions, free text gets cards. Checks behaviour only; no figure is asserted.
 */
import path from 'node:path';
import { ConnectorSink } from '../../bench/connector-sink';
import { loadQuestionTexts } from '../../bench/labelled-questions';
import { openPool, runRound } from '../../bench/load-round';
import { makeUsers, type ScenarioContext } from '../../bench/scenarios';
import { makeWorkflowSetup, runWorkflowRound, type WorkflowSetup } from '../../bench/workflow-journeys';
import { startTarget, type TargetProcess } from '../../bench/target-process';
import { uiText } from '../../src/i18n/ui-text';
import { startInProcess, tempDataDir } from '../support/bot-under-test';
import { cardOf, cardText } from '../support/card-reader';
import { TENANT_ID } from '../support/teams-activity';

type Json = Record<string, unknown>;

describe('bench scenarios', () => {
  const sink = new ConnectorSink();
  let bot: Awaited<ReturnType<typeof startInProcess>>;
  let target: TargetProcess;
  let context: ScenarioContext;
  let workflows: WorkflowSetup;
  const failureTexts = [uiText('nb').turnError, uiText('en').turnError];

  beforeAll(async () => {
    await sink.start();
    workflows = makeWorkflowSetup(3, tempDataDir(), sink.url);
    bot = await startInProcess({ ALLOWED_TENANT_ID: TENANT_ID, OUTBOX_POLL_MS: '20', ...workflows.env });
    target = { name: 'bot', url: bot.url, pid: process.pid, spawnedAt: 0, listeningAt: 0, stop: () => bot.stop() };
    context = { serviceUrl: sink.url, questions: loadQuestionTexts() };
  });
  afterAll(async () => {
    await bot.stop();
    await sink.stop();
  });

  it('the tree walk clicks menu → topic → question → answer and starts over, every turn answered', async () => {
    const users = makeUsers('tree-walk', 3, context);
    const seen: Json[] = [];
    const recording = users.map((u) => ({ ...u, script: (last: Json | undefined) => (last && seen.push(last), u.script(last)) }));
    const pool = openPool(target, 3);
    const result = await runRound(pool, { target, sink, users: recording, turnsPerUser: 10, failureTexts });
    await pool.close();

    expect(result).toMatchObject({ turns: 30, errors: 0 });
    expect(result.latenciesMs).toHaveLength(30);
    expect(result.cpuMs).toBeGreaterThan(0);
    const texts = seen.map((activity) => cardText(cardOf(activity)));
    expect(texts.filter((t) => t.includes('Slik står det i retningslinjene')).length).toBeGreaterThanOrEqual(3);
    expect(texts.some((t) => /retningslinjer for sosiale medier/i.test(t))).toBe(true);
  });

  it('free-text users ask the labelled questions and each gets a card', async () => {
    const users = makeUsers('free-text', 2, context);
    const pool = openPool(target, 2);
    const result = await runRound(pool, { target, sink, users, turnsPerUser: 4, failureTexts });
    await pool.close();
    expect(result).toMatchObject({ turns: 8, errors: 0 });
    for (const user of users) expect(cardOf(sink.conversation(user.conversationId).last ?? {})).toBeDefined();
  });

  it('counts a turn whose reply never reaches the connector as an error', async () => {
    const users = makeUsers('free-text', 1, context);
    const wrongServiceUrl = users.map((u) => ({ ...u, script: (last: Json | undefined) => ({ ...u.script(last), serviceUrl: 'http://127.0.0.1:9' }) }));
    const pool = openPool(target, 1);
    const result = await runRound(pool, { target, sink, users: wrongServiceUrl, turnsPerUser: 1, failureTexts });
    await pool.close();
    expect(result.errors).toBe(1);
  });

  it('(c) registrations reach the IT channel and are acknowledged, escalations reach the leader and are approved, requesters are told', async () => {
    const pool = openPool(target, 3);
    const result = await runWorkflowRound(pool, { target, sink, employees: workflows.employees, itMember: workflows.itMember, journeysPerUser: 2, failureTexts });
    await pool.close();
    expect(result.errorKinds).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.registrationMs).toHaveLength(3);
    expect(result.escalationMs).toHaveLength(3);
    // Per registration: start, three steps, send, IT acknowledge; per escalation: start, describe, send, approve.
    expect(result.turns).toBe(3 * 6 + 3 * 4);
  });

  it('the echo baseline runs as its own process and answers every message', async () => {
    const echo = await startTarget({ name: 'echo', script: path.join('bench', 'echo-bot.ts'), nodeArgs: ['--import', 'tsx'] });
    try {
      const users = makeUsers('echo', 2, context);
      const pool = openPool(echo, 2);
      const result = await runRound(pool, { target: echo, sink, users, turnsPerUser: 3, failureTexts });
      await pool.close();
      expect(result).toMatchObject({ turns: 6, errors: 0 });
      expect(String(sink.conversation(users[0]!.conversationId).last?.['text'])).toMatch(/^Echo: /);
    } finally {
      await echo.stop();
    }
  });
});
