/**
 * Issue 15, finding 12: Strava's 2027 changes (a new API base URL, tokens only in the Authorization header,
 * `oauth/revoke` instead of `deauthorize`) are configuration, so an operator switches without a release.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { ATHLETE, addRun, addRunner, RUNNER, startBench } from './helpers.ts';

describe("Strava's 2027 platform behind configuration", () => {
  it('defaults to today: API at {base}/api/v3, POST /oauth/deauthorize', () => {
    const c = parseConfig({ STRAVA_BASE_URL: 'https://www.strava.com' });
    expect(c.strava).toMatchObject({
      apiUrl: 'https://www.strava.com/api/v3',
      revoke: 'deauthorize',
      tokenInHeaderOnly: false,
      athleteLimit: 10,
    });
    expect(() => parseConfig({ STRAVA_REVOKE: 'delete' })).toThrow(/^STRAVA_REVOKE: /);
    expect(() => parseConfig({ STRAVA_ATHLETE_LIMIT: '0' })).toThrow(/^STRAVA_ATHLETE_LIMIT: /);
  });

  it('switched: runs are read from the new API root, tokens travel in headers only, links are revoked', async () => {
    const bench = await startBench();
    bench.fake.apiPrefix = '/v4/api';
    bench.fake.headerOnlyTokens = true;
    bench.restart({
      STRAVA_API_URL: `${bench.fake.baseUrl}/v4/api/`,
      STRAVA_REVOKE: 'revoke',
      STRAVA_TOKEN_IN_HEADER_ONLY: 'true',
    });
    addRunner(bench.store);
    await bench.connect();
    addRun(bench.fake, 701);
    await bench.webhook({ object_id: 701 });
    await bench.strava.worker.drain();
    expect(bench.store.runs.all(RUNNER)).toHaveLength(1);
    expect(bench.fake.requests.some((r) => r.path === '/v4/api/activities/701')).toBe(true);

    await bench.strava.bot.disconnect(RUNNER);
    expect(bench.fake.revoked).toEqual([ATHLETE]);
    expect(bench.fake.deauthorized).toEqual([]);
    const revoke = bench.fake.requests.find((r) => r.path === '/oauth/revoke');
    expect(revoke?.body.token_type_hint).toBe('access_token');
  });

  it('header-only with deauthorize: the token is not in the form body', async () => {
    const bench = await startBench();
    bench.fake.headerOnlyTokens = true;
    bench.restart({ STRAVA_TOKEN_IN_HEADER_ONLY: 'true' });
    addRunner(bench.store);
    await bench.connect();
    await bench.strava.bot.disconnect(RUNNER);
    expect(bench.fake.deauthorized).toEqual([ATHLETE]);
    const call = bench.fake.requests.find((r) => r.path === '/oauth/deauthorize');
    expect(call?.body).toEqual({});
    expect(call?.authorization).toMatch(/^Bearer /);
  });
});
