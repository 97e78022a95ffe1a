import { describe, expect, it } from 'vitest';
import { type ButtonAction, decode, encode } from '../../src/messages/callback-data.ts';

const actions: ButtonAction[] = [
  { a: 'done', date: '2026-12-07' },
  { a: 'skip', date: '2026-12-07' },
  { a: 'move', date: '2026-12-07' },
  { a: 'moveTo', date: '2026-12-07', to: '2026-12-08' },
  { a: 'rpe', date: '2026-12-07', rpe: 7 },
  { a: 'words', date: '2026-12-07' },
  { a: 'setup', step: 'go' },
  { a: 'goal', goal: 'half' },
  { a: 'weeks', weeks: 16 },
  { a: 'days', days: 4 },
  { a: 'km', km: 30 },
  { a: 'lrd', day: 'sun' },
  { a: 'set', key: 'units' },
  { a: 'set', key: 'morning', value: '07:30' },
  { a: 'feel', date: '2026-12-07', feeling: 'tired' },
  { a: 'del', confirm: true },
  { a: 'del', confirm: false },
  { a: 'today' },
  { a: 'week' },
  { a: 'plog', date: '2026-12-07', km: 10.5, sec: 3120 },
  { a: 'pchg' },
  { a: 'pno' },
  { a: 'ask', what: 'help' },
  { a: 'unskip', date: '2026-12-07' },
  { a: 'fit', date: '2026-12-07' },
  { a: 'calnew' },
  { a: 'ivoff' },
  { a: 'lang', lang: 'ru' },
];

describe('callback data', () => {
  it('decodes what it encodes, for every action, within Telegram 64 bytes', () => {
    for (const action of actions) {
      const data = encode(action);
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
      expect(decode(data), data).toEqual(action);
    }
  });

  it('decodes stale, forged or malformed data to null', () => {
    for (const data of [
      undefined,
      '',
      'x'.repeat(65),
      'nope',
      'done',
      'done:2026-13',
      'done:2026-12-07:extra',
      'rpe:2026-12-07:11',
      'rpe:2026-12-07:abc',
      'weeks:3',
      'days:8',
      'km:-1',
      'goal:ultra',
      'lrd:someday',
      'set:colour',
      'del:maybe',
      'today:1',
      'plog:2026-12-07:0:100',
      'plog:2026-12-07:10:100:1',
      'lang:xx',
      'feel:2026-12-07:sleepy',
      'a:b:c:d:e',
      // Days that do not exist, and a part more than the kind has (issue 18R).
      'done:2026-13-45',
      'skip:2026-02-30',
      'mv:2026-12-07:2026-12-32',
      'del:yes:now',
      'rpe:2026-12-07:7:x',
      'goal:half:x',
    ]) {
      expect(decode(data), String(data)).toBeNull();
    }
  });
});
