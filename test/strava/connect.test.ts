import { describe, expect, it } from 'vitest';
import { Keyring } from '../../src/strava/crypto.ts';
import { dbOf } from '../helpers/db.ts';
import { APP_SECRET, ATHLETE, addRun, addRunner, browserCookie, RUNNER, startBench } from './helpers.ts';

const outboxOf = (bench: Awaited<ReturnType<typeof startBench>>) =>
  dbOf(bench.store).$client.prepare('select * from outbox order by id').all() as {
    key: string;
    kind: string;
    chat_id: number;
    payload: string;
  }[];

describe('connecting Strava', () => {
  it('links an account end to end: link → authorize → callback, tokens encrypted at rest, runner told', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const link = bench.strava.bot.connectLink(RUNNER);
    expect(link.startsWith(`${bench.publicUrl}/strava/connect?t=`)).toBe(true);

    const r1 = await fetch(link, { redirect: 'manual' });
    expect(r1.status).toBe(302);
    const authorize = new URL(r1.headers.get('location') ?? '');
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${bench.fake.baseUrl}/oauth/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe(bench.fake.clientId);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${bench.publicUrl}/strava/callback`);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('approval_prompt')).toBe('auto');
    expect(authorize.searchParams.get('scope')).toBe('read,activity:read_all');
    expect(authorize.searchParams.get('state')).toMatch(/^[\w-]+\.[\w-]+$/);
    // The state is bound to this browser: an HttpOnly, SameSite=Lax cookie only the callback receives.
    const setCookie = r1.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^rc_strava_browser=[\w-]{40,};/);
    expect(setCookie).toContain('Path=/strava/callback');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Max-Age=900');
    expect(setCookie).not.toContain('Secure'); // PUBLIC_URL is http here

    const back = await bench.fake.authorize(authorize.toString(), { athleteId: ATHLETE });
    const r2 = await fetch(back, { headers: browserCookie(r1) });
    expect(r2.status).toBe(200);
    expect(r2.headers.get('content-type')).toContain('text/html');
    expect(await r2.text()).toContain('confirm there');
    // Nothing is linked until the chat that asked says Yes.
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    const [ask] = outboxOf(bench);
    expect(ask).toMatchObject({ kind: 'strava_confirm', chat_id: RUNNER });
    const question = JSON.parse(ask?.payload ?? '{}');
    expect(question.html).toContain('Link Strava athlete <b>Test R.</b> to this chat?');
    expect(question.buttons[0].map((b: { data: string }) => b.data)).toEqual([
      `set:strava:yes:${ATHLETE}`,
      `set:strava:no:${ATHLETE}`,
    ]);
    const answer = await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true);
    expect(answer?.html).toContain('Strava is connected</b> (Test R.)');

    const account = bench.store.strava.get(RUNNER);
    expect(account).toMatchObject({ athleteId: ATHLETE, scope: 'read,activity:read_all' });
    const [access] = [...bench.fake.accessTokens.keys()];
    const [refresh] = [...bench.fake.refreshTokens.keys()];
    // Not in plaintext anywhere in the row, but decryptable with the key from APP_SECRET.
    expect(JSON.stringify(account)).not.toContain(access);
    expect(JSON.stringify(account)).not.toContain(refresh);
    expect(account?.accessTokenEnc.startsWith('v1:')).toBe(true);
    const keys = new Keyring(APP_SECRET);
    expect(keys.decrypt(account?.accessTokenEnc ?? '', `strava:${RUNNER}:access`).plaintext).toBe(access);
    expect(keys.decrypt(account?.refreshTokenEnc ?? '', `strava:${RUNNER}:refresh`).plaintext).toBe(refresh);
    expect(account?.expiresAt).toBe(bench.clock.now.getTime() + 6 * 3600 * 1000);

    expect(bench.strava.bot.status(RUNNER)).toEqual({ connected: true, athleteId: ATHLETE });
    expect(bench.store.stravaPending.get(RUNNER)).toBeUndefined();
  });

  it('explains a denied access in the page and in Telegram, with a fresh link to retry', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const res = await bench.connect(RUNNER, ATHLETE, { deny: true });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Access was not allowed');
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.fake.apiCalls(/^\/oauth\/token$/)).toHaveLength(0);
    const [msg] = outboxOf(bench);
    expect(msg?.kind).toBe('strava_denied');
    const payload = JSON.parse(msg?.payload ?? '{}');
    expect(payload.html).toContain('not</b> connected');
    const retry = payload.buttons[0][0].url as string;
    expect(retry.startsWith(`${bench.publicUrl}/strava/connect?t=`)).toBe(true);
    // The retry link works.
    expect((await fetch(retry, { redirect: 'manual' })).status).toBe(302);
  });

  it('refuses a connection without an activity scope, and never exchanges the code', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const res = await bench.connect(RUNNER, ATHLETE, { acceptedScope: 'read' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('permission to read your activities was unticked');
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.fake.apiCalls(/^\/oauth\/token$/)).toHaveLength(0);
    const [msg] = outboxOf(bench);
    expect(msg?.kind).toBe('strava_scope');
    expect(JSON.parse(msg?.payload ?? '{}').buttons[0][0].text).toBe('Connect Strava again');
  });

  it('accepts activity:read without read_all', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const res = await bench.connect(RUNNER, ATHLETE, { acceptedScope: 'read,activity:read' });
    expect(res.status).toBe(200);
    expect(bench.store.strava.get(RUNNER)?.scope).toBe('read,activity:read');
  });

  it('rejects forged, expired and replayed states', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    let cookie: Record<string, string> = {};
    const go = async () => {
      const r = await fetch(bench.strava.bot.connectLink(RUNNER), { redirect: 'manual' });
      cookie = browserCookie(r);
      return bench.fake.authorize(r.headers.get('location') ?? '', { athleteId: ATHLETE });
    };

    // Forged: a state signed with another secret, and a tampered payload.
    const back = await go();
    const state = back.searchParams.get('state') ?? '';
    const [payload, sig] = state.split('.');
    const other = new Keyring('another-secret-that-is-long-enough-000000');
    const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    for (const forged of [
      other.signJson(decoded),
      `${Buffer.from(JSON.stringify({ ...decoded, u: 999 })).toString('base64url')}.${sig}`,
      'garbage',
    ]) {
      const url = new URL(back);
      url.searchParams.set('state', forged);
      const res = await fetch(url, { headers: cookie });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('The link is not valid');
    }
    // A link token is not a state.
    const link = new URL(bench.strava.bot.connectLink(RUNNER));
    const asState = new URL(back);
    asState.searchParams.set('state', link.searchParams.get('t') ?? '');
    expect((await fetch(asState, { headers: cookie })).status).toBe(400);

    // The genuine one still works once; replayed, it is refused and the code is not exchanged again.
    expect((await fetch(back, { headers: cookie })).status).toBe(200);
    const replay = await fetch(back, { headers: cookie });
    expect(replay.status).toBe(410);
    expect(await replay.text()).toContain('already used');
    expect(bench.fake.apiCalls(/^\/oauth\/token$/)).toHaveLength(1);

    // Expired: 16 minutes at Strava's page.
    const late = await go();
    bench.clock.now = new Date(bench.clock.now.getTime() + 16 * 60_000);
    const res = await fetch(late, { headers: cookie });
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('expired');
  });

  it('rejects forged, expired and replayed link tokens', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const link = bench.strava.bot.connectLink(RUNNER);
    const tampered = `${link.slice(0, -3)}${link.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await fetch(tampered, { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(`${bench.publicUrl}/strava/connect`, { redirect: 'manual' })).status).toBe(400);

    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    const replay = await fetch(link, { redirect: 'manual' });
    expect(replay.status).toBe(410);
    expect(await replay.text()).toContain('already used');

    const stale = bench.strava.bot.connectLink(RUNNER);
    bench.clock.now = new Date(bench.clock.now.getTime() + 15 * 60_000 + 1);
    const expired = await fetch(stale, { redirect: 'manual' });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('expired');
  });

  it('keeps working through an APP_SECRET rotation and re-encrypts tokens with the new secret', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    const link = bench.strava.bot.connectLink(RUNNER);
    const NEW = 'the-new-app-secret-0123456789-abcdefghijklmn';
    bench.restart({ APP_SECRET: NEW, APP_SECRET_PREVIOUS: APP_SECRET });
    // A link signed with the previous secret still verifies.
    const r1 = await fetch(link, { redirect: 'manual' });
    expect(r1.status).toBe(302);
    const back = await bench.fake.authorize(r1.headers.get('location') ?? '', { athleteId: ATHLETE });
    expect((await fetch(back, { headers: browserCookie(r1) })).status).toBe(200);
    await bench.strava.bot.answerLink?.(RUNNER, ATHLETE, true);

    // Tokens written under the old secret...
    const old = new Keyring(APP_SECRET);
    const [access] = [...bench.fake.accessTokens.keys()];
    bench.store.strava.save({
      ...(bench.store.strava.get(RUNNER) as NonNullable<ReturnType<typeof bench.store.strava.get>>),
      accessTokenEnc: old.encrypt(access ?? '', `strava:${RUNNER}:access`),
    });
    // ...are read with the previous secret and written back under the new one.
    expect(await bench.strava.accounts.accessToken(RUNNER)).toBe(access);
    const row = bench.store.strava.get(RUNNER);
    expect(new Keyring(NEW).decrypt(row?.accessTokenEnc ?? '', `strava:${RUNNER}:access`)).toEqual({
      plaintext: access,
      stale: false,
    });
    // Without the previous secret, the old link would not verify.
    const unrelated = bench.strava.bot.connectLink(RUNNER);
    bench.restart({ APP_SECRET: 'yet-another-secret-0123456789-abcdefghijkl' });
    expect((await fetch(unrelated, { redirect: 'manual' })).status).toBe(400);
  });

  it('refuses a Strava athlete already linked to another runner', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    addRunner(bench.store, 222, { plan: false });
    expect((await bench.connect(RUNNER, ATHLETE)).status).toBe(200);
    const res = await bench.connect(222, ATHLETE);
    expect(res.status).toBe(409);
    expect(bench.store.strava.get(222)).toBeUndefined();
    expect(bench.store.strava.get(RUNNER)?.athleteId).toBe(ATHLETE);
  });

  it('disconnects from the bot: deauthorizes at Strava, deletes tokens and Strava runs, restores the plan', async () => {
    const bench = await startBench();
    addRunner(bench.store);
    addRunner(bench.store, 222, { plan: false });
    await bench.connect();
    await bench.connect(222, 9002);
    addRun(bench.fake, 501);
    addRun(bench.fake, 502, { athleteId: 9002 });
    await bench.webhook({ object_id: 501 });
    await bench.webhook({ object_id: 502, owner_id: 9002 });
    await bench.strava.worker.drain();
    expect(bench.store.plans.workoutOn(RUNNER, '2026-12-01')?.status).toBe('done');
    // Not processed yet at the disconnect: an event, and a message that is not Strava's.
    await bench.webhook({ object_id: 501, aspect_type: 'update', event_time: 7 });
    bench.store.outbox.enqueue({ key: 'morning:111', userId: RUNNER, chatId: RUNNER, kind: 'morning', payload: {} });
    const owners = () =>
      dbOf(bench.store).$client.prepare("select json_extract(payload, '$.owner_id') as owner from inbox").all();

    await bench.strava.bot.disconnect(RUNNER);
    expect(bench.fake.deauthorized).toEqual([ATHLETE]);
    expect(bench.store.strava.get(RUNNER)).toBeUndefined();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(0);
    expect(bench.store.plans.workoutOn(RUNNER, '2026-12-01')?.status).toBe('planned');
    expect(bench.strava.bot.status(RUNNER)).toEqual({ connected: false });
    // The runner's Strava events and Strava messages are gone too; their other messages and the other runner's
    // Strava data stay.
    expect(owners()).toEqual([{ owner: 9002 }]);
    expect(outboxOf(bench).map((m) => m.key)).toEqual([
      expect.stringMatching(/^strava:confirm:222:/),
      'strava:postrun:502',
      'morning:111',
    ]);
    expect(bench.store.runs.all(222)).toHaveLength(1);
    // Strava's own deauthorization event that follows is for an owner we no longer know: acknowledged, ignored.
    const res = await bench.webhook({
      object_type: 'athlete',
      object_id: ATHLETE,
      aspect_type: 'update',
      updates: { authorized: 'false' },
    });
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(owners()).toEqual([{ owner: 9002 }]);
  });
});
