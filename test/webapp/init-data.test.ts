import { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, LocalBotApi } from '../../local-bot-api/index.ts';
import { devLoginUrl, signDevToken } from '../../src/webapp/dev-login.ts';
import { dataCheckString, signInitData, validateInitData } from '../../src/webapp/init-data.ts';
import { setMenuButton } from '../../src/webapp/router.ts';
import { BOT_TOKEN } from './harness.ts';

// Computed independently (Python's hmac) from Telegram's published algorithm.
const VECTOR =
  'auth_date=1765270800&query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A4242%2C%22first_name%22%3A%22Ada%22%2C%22username%22%3A%22ada_runs%22%7D&hash=af111d468c7d38def96e31902f9f54ba53374857815ffbb7bccfc1b1297c9147';
const AT = 1765270800 * 1000;

describe('initData validation (Telegram Mini App docs)', () => {
  it('accepts initData signed as Telegram signs it', () => {
    const check = validateInitData(VECTOR, BOT_TOKEN, { nowMs: AT + 60_000 });
    expect(check).toEqual({
      ok: true,
      user: { id: 4242, first_name: 'Ada', username: 'ada_runs' },
      authDate: 1765270800,
    });
  });

  it('builds the data-check-string from sorted key=value lines without the hash', () => {
    expect(dataCheckString(new URLSearchParams('b=2&hash=x&a=1&c=%7B%7D'))).toBe('a=1\nb=2\nc={}');
  });

  it('signs what it validates, and field order does not matter', () => {
    const signed = signInitData({ user: { id: 7 }, authDate: 1000, queryId: 'q' }, BOT_TOKEN);
    const shuffled = new URLSearchParams(signed);
    const reordered = new URLSearchParams([...shuffled].reverse()).toString();
    expect(validateInitData(reordered, BOT_TOKEN, { nowMs: 1_000_000 }).ok).toBe(true);
  });

  it('refuses another bot token, a changed field, a missing or doubled hash', () => {
    expect(validateInitData(VECTOR, '999:another-token-abcdefghijklmnopqrst', { nowMs: AT })).toEqual({
      ok: false,
      reason: 'forged',
    });
    const tampered = VECTOR.replace('%22id%22%3A4242', '%22id%22%3A4243');
    expect(validateInitData(tampered, BOT_TOKEN, { nowMs: AT })).toMatchObject({ ok: false, reason: 'forged' });
    const noHash = VECTOR.replace(/&hash=.*$/, '');
    expect(validateInitData(noHash, BOT_TOKEN, { nowMs: AT })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(validateInitData(`${VECTOR}&hash=${'0'.repeat(64)}`, BOT_TOKEN, { nowMs: AT })).toMatchObject({ ok: false });
    expect(validateInitData(undefined, BOT_TOKEN, { nowMs: AT })).toEqual({ ok: false, reason: 'missing' });
    expect(validateInitData('x'.repeat(9000), BOT_TOKEN, { nowMs: AT })).toMatchObject({ ok: false });
  });

  it('refuses initData older than 24 hours or far in the future', () => {
    expect(validateInitData(VECTOR, BOT_TOKEN, { nowMs: AT + 23.9 * 3600_000 }).ok).toBe(true);
    expect(validateInitData(VECTOR, BOT_TOKEN, { nowMs: AT + 24 * 3600_000 + 1000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(validateInitData(VECTOR, BOT_TOKEN, { nowMs: AT - 3600_000 })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses a signed initData without a usable user', () => {
    const signed = signInitData({ user: { id: -1 }, authDate: 1000 }, BOT_TOKEN);
    expect(validateInitData(signed, BOT_TOKEN, { nowMs: 1_000_000 })).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('dev login', () => {
  it('links to /app with a token that is not valid Telegram initData', () => {
    const url = devLoginUrl('http://localhost:3000/', 1, BOT_TOKEN, AT);
    expect(url.startsWith('http://localhost:3000/app/#dev=')).toBe(true);
    const token = decodeURIComponent(url.split('#dev=')[1] ?? '');
    expect(token).toBe(signDevToken(1, BOT_TOKEN, AT));
    expect(validateInitData(token, BOT_TOKEN, { nowMs: AT })).toEqual({ ok: false, reason: 'forged' });
    expect(validateInitData(token, BOT_TOKEN, { nowMs: AT, keyName: 'RuncoachDevLogin' }).ok).toBe(true);
  });
});

describe('setMenuButton', () => {
  it('points the menu button at /app when PUBLIC_URL is https, and leaves it otherwise', async () => {
    const calls: unknown[] = [];
    const api = { setChatMenuButton: async (other?: unknown) => void calls.push(other) };
    expect(await setMenuButton(api, 'http://localhost:3000')).toBe(false);
    expect(calls).toEqual([]);
    expect(await setMenuButton(api, 'https://coach.example.org/')).toBe(true);
    expect(calls).toEqual([
      { menu_button: { type: 'web_app', text: 'Plan', web_app: { url: 'https://coach.example.org/app' } } },
    ]);
  });

  it('sets it through the real grammY client against the local Bot API', async () => {
    const server = new LocalBotApi({ token: DEFAULT_TOKEN });
    const { apiRoot } = await server.start();
    try {
      const api = new Api(DEFAULT_TOKEN, { apiRoot });
      expect(await setMenuButton(api, 'https://coach.example.org')).toBe(true);
      expect(await api.getChatMenuButton()).toEqual({
        type: 'web_app',
        text: 'Plan',
        web_app: { url: 'https://coach.example.org/app' },
      });
    } finally {
      await server.stop();
    }
  });
});
