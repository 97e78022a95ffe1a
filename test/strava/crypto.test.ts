import { describe, expect, it } from 'vitest';
import { Keyring } from '../../src/strava/crypto.ts';
import { nextQuarter, nextUtcMidnight, RateLimiter } from '../../src/strava/rate-limit.ts';

const A = 'secret-a-0123456789-0123456789-0123456789';
const B = 'secret-b-0123456789-0123456789-0123456789';

describe('Keyring', () => {
  it('signs and verifies JSON; a rotated keyring verifies the previous secret, an unrelated one does not', () => {
    const token = new Keyring(A).signJson({ u: 1 });
    expect(new Keyring(A).verifyJson(token)).toEqual({ u: 1 });
    expect(new Keyring(B, A).verifyJson(token)).toEqual({ u: 1 });
    expect(new Keyring(B).verifyJson(token)).toBeNull();
    expect(new Keyring(A).verifyJson(`${token}x`)).toBeNull();
    expect(new Keyring(A).verifyJson('a.b.c')).toBeNull();
  });

  it('encrypts with AES-256-GCM bound to its context; decrypts with the previous secret and says so', () => {
    const enc = new Keyring(A).encrypt('token-123', 'strava:1:access');
    expect(enc).not.toContain('token-123');
    expect(new Keyring(A).encrypt('token-123', 'strava:1:access')).not.toBe(enc); // fresh IV
    expect(new Keyring(A).decrypt(enc, 'strava:1:access')).toEqual({ plaintext: 'token-123', stale: false });
    expect(new Keyring(B, A).decrypt(enc, 'strava:1:access')).toEqual({ plaintext: 'token-123', stale: true });
    expect(() => new Keyring(B).decrypt(enc, 'strava:1:access')).toThrow(/cannot be decrypted/);
    // Moved to another row or column: refused.
    expect(() => new Keyring(A).decrypt(enc, 'strava:2:access')).toThrow();
    const [v, iv, tag, ct] = enc.split(':');
    const flipped = `${v}:${iv}:${tag}:${Buffer.from('xxxxxxxxx').toString('base64url')}${ct?.slice(12)}`;
    expect(() => new Keyring(A).decrypt(flipped, 'strava:1:access')).toThrow();
  });
});

describe('RateLimiter', () => {
  const at = Date.parse('2026-12-01T18:07:30Z');
  const headers = (overall: string, read: string) =>
    new Headers({
      'x-ratelimit-limit': '200,2000',
      'x-ratelimit-usage': overall,
      'x-readratelimit-limit': '100,1000',
      'x-readratelimit-usage': read,
    });

  it('windows: quarter hours and UTC midnight', () => {
    expect(new Date(nextQuarter(at)).toISOString()).toBe('2026-12-01T18:15:00.000Z');
    expect(new Date(nextUtcMidnight(at)).toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });

  it('goes freely below 80 %, paces above it, waits at the limit, and forgets a window that has passed', () => {
    const r = new RateLimiter();
    expect(r.gate(at)).toEqual({ ok: true, delayMs: 0 });
    r.observe(headers('20,300', '10,150'), at);
    expect(r.gate(at)).toEqual({ ok: true, delayMs: 0 });
    r.observe(headers('90,300', '90,300'), at);
    const paced = r.gate(at);
    expect(paced.ok && paced.delayMs).toBe(Math.ceil((7.5 * 60_000) / 10));
    r.observe(headers('120,300', '100,300'), at);
    expect(r.gate(at)).toEqual({ ok: false, retryAt: Date.parse('2026-12-01T18:15:00Z') });
    expect(r.gate(Date.parse('2026-12-01T18:15:00Z'))).toEqual({ ok: true, delayMs: 0 });
    r.observe(headers('1,2000', '1,1000'), at);
    expect(r.gate(at)).toEqual({ ok: false, retryAt: Date.parse('2026-12-02T00:00:00Z') });
    expect(r.retryAfter429(at)).toBe(Date.parse('2026-12-02T00:00:00Z'));
  });

  it('ignores responses without or with malformed headers', () => {
    const r = new RateLimiter();
    r.observe(new Headers({ 'x-ratelimit-usage': 'nope' }), at);
    r.observe(new Headers(), at);
    expect(r.snapshot().read.usage).toEqual([0, 0]);
  });
});
