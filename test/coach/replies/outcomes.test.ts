/**
 * src/coach/replies/outcomes.ts: what the tools' outcomes read like in English and German, through the real tools
 * on a real store (outcomes-languages.test.ts checks the other languages carry no English). Failures are escaped;
 * a sentence ending on an abbreviated date gets one full stop, not two.
 */
import { describe, expect, it } from 'vitest';
import { renderOutcome } from '../../../src/coach/replies/outcomes.ts';
import { callTool, type ToolOutcome } from '../../../src/coach/tools/index.ts';
import type { CoachContext, OutgoingMessage } from '../../../src/coach/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { tempStore } from '../../helpers/tmp.ts';

const NOW = new Date('2026-12-01T09:00:00Z');

function runner(languageCode: string, units?: 'km' | 'mi') {
  const { store } = tempStore();
  store.users.upsert({ telegramId: 1, chatId: 1, name: 'A', languageCode }, units ? { units } : {});
  const ctx: CoachContext = { userId: 1, store, now: () => NOW, log: silentLogger };
  const reply = (name: string, args: Record<string, unknown>): OutgoingMessage[] => {
    const outcome = callTool(ctx, name as ToolOutcome['name'], args as never);
    return renderOutcome(outcome, store.users.get(1));
  };
  return { ctx, store, reply };
}

const html = (messages: OutgoingMessage[]) => messages.map((m) => m.html).join('\n');

describe('update_profile and get_profile', () => {
  it('says each change, escapes the name, and shows the heart-rate zones (Karvonen)', () => {
    const { reply } = runner('en');
    expect(html(reply('update_profile', { timezone: 'Europe/Berlin', name: '<Al>', maxHr: 188, restingHr: 52 }))).toBe(
      [
        'Changed.',
        'Nice to meet you, &lt;Al&gt;!',
        'Time zone: Europe/Berlin',
        'Heart rate: max 188 · resting 52 bpm.',
        'Heart-rate zones, by heart-rate reserve (Karvonen) from your maximum and resting heart rate:',
        'Recovery: 132–142 bpm',
        'Easy and long: 132–153 bpm',
        'Marathon pace: 154–166 bpm',
        'Threshold: 165–172 bpm',
        'Intervals: 181–188 bpm',
      ].join('\n'),
    );
  });

  it('a refused value: the reason in the runner language, nothing saved', () => {
    const en = runner('en');
    expect(html(en.reply('update_profile', { timezone: 'Mars/Olympus' }))).toBe(
      'Invalid arguments: timezone: an IANA time zone such as Europe/Berlin, or a city',
    );
    expect(en.store.users.get(1)?.timezone).toBe('UTC');
    const de = runner('de');
    expect(html(de.reply('update_profile', { timezone: 'Mars/Olympus' }))).toBe(
      'Das konnte ich nicht lesen: Zeitzone: eine Stadt (z. B. Berlin) oder eine Zeitzone (z. B. Europe/Berlin)',
    );
  });

  it('the profile in miles, with no race yet', () => {
    const { reply } = runner('en', 'mi');
    expect(html(reply('get_profile', {})).split('\n')).toEqual([
      '<b>Your profile</b>',
      'Time zone UTC · workouts at 06:30 · check-in at 20:00',
      // The default 20 km a week, in miles.
      '4 days a week · 12.4 mi a week now · long run on Sunday',
      'No recent race yet (tell me one and I will set your paces).',
    ]);
  });
});

describe('runs and feedback', () => {
  function withPlan(languageCode: string, units?: 'km' | 'mi') {
    const r = runner(languageCode, units);
    expect(
      callTool(r.ctx, 'create_plan', { goal: 'half', raceDate: '2027-03-14', daysPerWeek: 4, weeklyKm: 30 }).result.ok,
    ).toBe(true);
    return r;
  }

  it('a logged run: distance, time, pace, the day, the workout it covers, and the effort buttons', () => {
    const { reply } = withPlan('en');
    const [msg] = reply('log_run', { date: '2026-12-01', distanceKm: 6.5, duration: '36:00' });
    // 36:00 over 6.5 km = 332 s/km = 5:32/km.
    expect(msg?.html).toBe(
      'Logged: 6.5 km in 36:00 (5:32/km) on Tue 1 Dec.\nThat covers <b>Easy run</b>. ✅ Well done!',
    );
    expect(msg?.buttons?.[0]?.map((b) => ('data' in b ? b.data : b.text))).toEqual([
      'rpe:2026-12-01:3',
      'rpe:2026-12-01:5',
      'rpe:2026-12-01:7',
      'rpe:2026-12-01:9',
      'words:2026-12-01',
    ]);
  });

  it('in miles: 6.5 km is 4 mi; 332.3 s/km × 1.609344 = 534.8 s, 8:55/mi', () => {
    const { reply } = withPlan('en', 'mi');
    expect(reply('log_run', { date: '2026-12-01', distanceKm: 6.5, duration: '36:00' })[0]?.html).toMatch(
      /^Logged: 4 mi in 36:00 \(8:55\/mi\) on Tue 1 Dec\./,
    );
  });

  it('pain with the effort: noted, the days eased with their numbers, and when to see someone', () => {
    const { reply } = withPlan('en');
    reply('log_run', { date: '2026-12-01', distanceKm: 6.5, duration: '36:00' });
    const text = html(
      reply('record_feedback', { date: '2026-12-01', rpe: 8, pain: { location: 'knee', severity: 3 } }),
    );
    expect(text.split('\n')[0]).toBe('Thanks for telling me: knee pain 3/10, effort 8/10.');
    expect(text).toMatch(/\nI adjusted the coming days:\n• Thu 3 Dec: /);
    expect(text).toMatch(/<i>\d+ days changed \(−\d+(\.\d)? km\): lighter while the pain \(3\/10\) settles\.<\/i>/);
    expect(text).toMatch(/see a physiotherapist or doctor\.$/);
  });

  it('German: one full stop after a sentence ending on an abbreviated date', () => {
    const { reply } = withPlan('de');
    const logged = html(reply('log_run', { date: '2026-12-01', distanceKm: 6.5, duration: '36:00' }));
    expect(logged.split('\n')[0]).toBe('Eingetragen: 6,5 km in 36:00 (5:32/km) am Di., 1. Dez.');
    const moved = html(reply('reschedule_workout', { date: '2026-12-03', newDate: '2026-12-04' }));
    expect(moved).toMatch(/ wandert von Do\., 3\. Dez\. auf <b>Fr\., 4\. Dez\.<\/b>$/);
    expect(logged + moved).not.toMatch(/[^.]\.(<\/b>)?\.(?!\.)/);
  });

  it('a skip: the day, no guilt', () => {
    const { reply } = withPlan('en');
    expect(html(reply('skip_workout', { date: '2026-12-05' }))).toBe(
      'Skipped Sat 5 Dec. No guilt: one session never makes or breaks a plan.',
    );
  });

  it('a failure is escaped text: a workout on a day without one', () => {
    const { reply } = withPlan('en');
    const text = html(reply('skip_workout', { date: '2026-12-02' }));
    expect(text).toMatch(/Wed 2 Dec/);
    expect(text).not.toMatch(/<(?!\/?[bi]>)/);
  });
});
