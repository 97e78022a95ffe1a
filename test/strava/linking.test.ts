/**
 * Issue 15, finding 1 (login CSRF) and the Standard tier's athlete cap: the OAuth state works only in the browser
 * that opened the connect link, a new link waits for Yes in the chat that asked, a replaced athlete is revoked at
 * Strava, and a full app tells the runner instead of linking.
 */
import { describe, expect, it } from 'vitest';
import { dbOf } from '../helpers/db.ts';
import { ATHLETE, addRun, addRunner, browserCookie, RUNNER, startBench, until } from './helpers.ts';

const ATTACKER = 222;
const kinds = (bench: Awaited<ReturnType<typeof startBench>>, chatId: number) =>
  (
    dbOf(bench.store).$client.prepare('select kind, payload from outbox where chat_id = ? order by id').all(chatId) as {
      kind: string;
      payload: string;
    }[]
  ).map((r) => ({ kind: r.kind, html: JSON.parse(r.payload).html as string }));

describe('login CSRF on Strava linking', () => {
  it("refuses an authorize URL approved in someone else's browser: nothing exchanged, nothing linked", async () => {
    const bench = await startBench();
    addRunner(bench.store);
    addRunner(bench.store, ATTACKER, { plan: false });
    // The attacker opens their own connect link and sends the resulting Strava URL to the victim...
    const r1 = await fetch(bench.strava.bot.connectLink(ATTACKER), { redirect: 'manual' });
    const authorizeUrl = r1.headers.get('location') ?? '';
    // ...who approves it (a returning athlete sees no prompt with approval_prompt=auto) in their own browser.
    const back = await bench.fake.authorize(authorizeUrl, { athleteId: ATHLETE });
    const noCookie = await fetch(back);
    expect(noCookie.status).toBe(403);
    expect(await noCookie.text()).toContain('opened from a link started in another browser');
    // The victim's browser may hold a binding cookie of its own flow: it does not match the attacker's state.
    const own = await fetch(bench.strava.bot.connectLink(RUNNER), { redirect: 'manual' });
    const otherCookie = await fetch(back, { headers: browserCookie(own) });
    expect(otherCookie.status).toBe(403);

    expect(bench.fake.apiCalls(/^\/oauth\/token$/)).toHaveLength(0);
    expect(bench.store.strava.get(ATTACKER)).toBeUndefined();
    expect(bench.store.stravaPending.get(ATTACKER)).toBeUndefined();
    // The attacker's own browser can still finish the attacker's own flow (the state was not consumed).
    const mine = await fetch(back, { headers: browserCookie(r1) });
    expect(mine.status).toBe(200);
  });

  it('marks the binding cookie Secure when PUBLIC_URL is https', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    bench.restart({ PUBLIC_URL: 'https://coach.example.com' });
    const link = new URL(bench.strava.bot.connectLink(RUNNER));
    const res = await fetch(`${bench.publicUrl}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('links nothing until the chat says Yes; runs of a pending athlete do not flow; No revokes it at Strava', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const res = await bench.connect(RUNNER, ATHLETE, { confirm: false });
    expect(res.status).toBe(200);
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.stravaPending.get(RUNNER)).toMatchObject({ athleteId: ATHLETE, athleteName: 'Test R.' });

    addRun(bench.fake, 501);
    expect(await (await bench.webhook({ object_id: 501 })).json()).toEqual({ status: 'ok' });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(bench.fake.apiCalls(/^\/api\/v3\/activities/)).toHaveLength(0);

    const answer = await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, false);
    expect(answer?.html).toContain('Not linked');
    expect(bench.fake.deauthorized).toEqual([ATHLETE]);
    expect(bench.store.stravaPending.get(RUNNER)).toBeUndefined();
    // A second press of an old button changes nothing.
    expect((await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true))?.html).toContain('expired');
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
  });

  it('a Yes for another athlete than the pending one, or after the hour, links nothing', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    await bench.connect(RUNNER, ATHLETE, { confirm: false });
    expect((await bench.strava.bot.answerLink?.(RUNNER, 9002, true))?.html).toContain('expired');
    expect(bench.store.stravaPending.get(RUNNER)?.athleteId).toBe(ATHLETE);
    bench.clock.now = new Date(bench.clock.now.getTime() + 61 * 60_000);
    expect((await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true))?.html).toContain('expired');
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
  });

  it('an unanswered link expires with the retention job and is revoked at Strava', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    await bench.connect(RUNNER, ATHLETE, { confirm: false });
    bench.clock.now = new Date(bench.clock.now.getTime() + 2 * 3600_000);
    bench.strava.purgeRaw(bench.clock.now);
    await until(() => bench.fake.deauthorized.length === 1);
    expect(bench.fake.deauthorized).toEqual([ATHLETE]);
    expect(bench.store.stravaPending.get(RUNNER)).toBeUndefined();
  });

  it('revokes the replaced athlete at Strava and deletes its data when a new athlete is confirmed', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    await bench.connect();
    addRun(bench.fake, 501);
    await bench.webhook({ object_id: 501 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);

    await bench.connect(RUNNER, 9002, { confirm: false });
    // Still the old link while the question is open.
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);
    const answer = await bench.strava.bot.answerLink?.(RUNNER, 9002, true);
    expect(answer?.html).toContain('linked before is unlinked');
    expect(bench.fake.deauthorized).toEqual([ATHLETE]);
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(9002);
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(bench.store.plans.workoutOn(RUNNER, '2026-12-01')?.status).toBe('planned');
  });

  it('the same athlete again (e.g. a scope change) is saved at once, without a question', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    await bench.connect(RUNNER, ATHLETE, { acceptedScope: 'read,activity:read' });
    const res = await bench.connect(RUNNER, ATHLETE, { confirm: false });
    expect(await res.text()).toContain('Strava is connected');
    expect(bench.store.strava.get(RUNNER)?.scope).toBe('read,activity:read_all');
    expect(bench.fake.deauthorized).toEqual([]);
  });
});

describe('scope from Strava, not from the browser', () => {
  it("stores the scope of Strava's token answer and refuses a callback whose query claims more", async () => {
    const bench = await startBench();
    addRunner(bench.store);
    bench.fake.tokenAnswerScope = true;
    const r1 = await fetch(bench.strava.bot.connectLink(RUNNER), { redirect: 'manual' });
    const back = await bench.fake.authorize(r1.headers.get('location') ?? '', {
      athleteId: ATHLETE,
      acceptedScope: 'read',
    });
    back.searchParams.set('scope', 'read,activity:read_all');
    const res = await fetch(back, { headers: browserCookie(r1) });
    expect(await res.text()).toContain('permission to read your activities was unticked');
    expect(bench.store.stravaPending.get(RUNNER)).toBeUndefined();
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
  });

  it('keeps only scopes we asked for from the query (no made-up scope is stored)', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const r1 = await fetch(bench.strava.bot.connectLink(RUNNER), { redirect: 'manual' });
    const back = await bench.fake.authorize(r1.headers.get('location') ?? '', { athleteId: ATHLETE });
    back.searchParams.set('scope', 'read,activity:read_all,activity:write,<b>');
    expect((await fetch(back, { headers: browserCookie(r1) })).status).toBe(200);
    await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true);
    expect(bench.store.strava.get(RUNNER)?.scope).toBe('read,activity:read_all');
  });
});

describe('the Standard tier cap (STRAVA_ATHLETE_LIMIT)', () => {
  it('tells a runner politely when the app is full and links nothing; linked runners are not affected', async () => {
    const bench = await startBench({ env: { STRAVA_ATHLETE_LIMIT: '1' } });
    addRunner(bench.store);
    addRunner(bench.store, ATTACKER, { plan: false });
    // The second runner's link was sent before the app filled up.
    const early = bench.strava.bot.connectLink(ATTACKER);
    const r1 = await fetch(early, { redirect: 'manual' });
    await bench.connect();
    expect(bench.strava.bot.status(RUNNER)).toEqual({ connected: true, athleteId: ATHLETE });
    expect(bench.strava.bot.status(ATTACKER)).toEqual({ connected: false, full: true, limit: 1 });

    // Its callback is refused before the code is exchanged.
    const tokenCalls = bench.fake.apiCalls(/^\/oauth\/token$/).length;
    const back = await bench.fake.authorize(r1.headers.get('location') ?? '', { athleteId: 9002 });
    const res = await fetch(back, { headers: browserCookie(r1) });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('as many Strava accounts as Strava allows');
    expect(bench.fake.apiCalls(/^\/oauth\/token$/)).toHaveLength(tokenCalls);
    // A fresh link is refused too, and the chat is told why.
    const again = await fetch(bench.strava.bot.connectLink(ATTACKER), { redirect: 'manual' });
    expect(again.status).toBe(409);
    const told = kinds(bench, ATTACKER);
    expect(told.map((m) => m.kind)).toEqual(['strava_full', 'strava_full']);
    expect(told[0]?.html).toContain('already connected to as many Strava accounts as Strava allows it for now (1)');
    expect(bench.store.strava.get(ATTACKER)).toBeUndefined();
  });
});
