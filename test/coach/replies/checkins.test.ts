/** src/coach/replies/checkins.ts: one question or caution per check-in, with where it hurts escaped. */
import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../src/coach/conversation/checkins.ts';
import { checkInText } from '../../../src/coach/replies/checkins.ts';

const ILL: CheckIn = { code: 'while_ill', since: '2026-11-28' };
const KNEE: CheckIn = { code: 'while_injured', since: '2026-11-28', location: 'knee', severity: 4 };
const SKIPPED: CheckIn = { code: 'skipped_day', date: '2026-12-02', title: 'Easy <run>', type: 'easy', distanceKm: 8 };

describe('checkInText in English', () => {
  it('while ill: the neck check (Eichner 1993), with the day it started', () => {
    expect(checkInText(ILL)).toBe(
      '🤒 You told me on Sat 28 Nov that you were ill. How do you feel after it? With only a runny nose, easy running is usually fine; with fever, aches or a chesty cough, please rest until they are gone.',
    );
  });

  it.each([
    [KNEE, 'How did your knee (4/10) feel on this run?'],
    [{ ...KNEE, severity: null }, 'How did your knee feel on this run?'],
    [{ ...KNEE, location: null, severity: 6 }, 'How did the pain (6/10) feel on this run?'],
    [{ ...KNEE, location: null, severity: null }, 'How did the pain feel on this run?'],
  ] as const)('while injured: %j', (c, question) => {
    expect(checkInText(c)).toBe(`🩹 ${question} If it hurt more during or after, tell me and I will ease off.`);
  });

  it("escapes the runner's own word for where it hurts", () => {
    expect(checkInText({ ...KNEE, location: '<b>pinky</b> & toe', severity: null })).toContain(
      'How did your &lt;b&gt;pinky&lt;/b&gt; &amp; toe feel',
    );
  });

  it('on hold after pain: rest until seen', () => {
    expect(checkInText({ code: 'while_on_hold', since: '2026-11-28', location: null, severity: null })).toBe(
      '⚠️ You told me on Sat 28 Nov about the pain, so running is on hold. Did it hurt on this run? Please rest it until you have been seen, and tell me what they say.',
    );
  });

  it('a run on a rest day, and on a skipped day (title escaped)', () => {
    expect(checkInText({ code: 'rest_day', date: '2026-12-02' })).toBe(
      'Wed 2 Dec was a rest day in your plan. An extra run now and then is fine; keep extras easy and short, since rest days are when the training sinks in.',
    );
    expect(checkInText(SKIPPED)).toBe(
      'Easy &lt;run&gt; on Wed 2 Dec was skipped in your plan. Was this run easy? If you are back to normal, tell me and I will put the plan back.',
    );
  });
});

describe('checkInText in Russian and German', () => {
  it('names the body part in the language and dates in its locale', () => {
    expect(checkInText(KNEE, 'ru')).toBe(
      '🩹 Как вела себя боль (колено, 4/10) на этой пробежке? Если во время или после стало хуже, напиши, и я снижу нагрузку.',
    );
    expect(checkInText(KNEE, 'de')).toBe(
      '🩹 Wie haben sich die Schmerzen (Knie, 4/10) bei diesem Lauf angefühlt? Wenn es währenddessen oder danach schlimmer wurde, sag es mir und ich nehme raus.',
    );
    expect(checkInText(ILL, 'ru')).toMatch(/^🤒 Ты писал сб, 28 нояб\., что заболел\./);
    expect(checkInText(ILL, 'de')).toMatch(/^🤒 Am Sa\., 28\. Nov\. hast du mir gesagt, dass du krank bist\./);
  });

  it('names a skipped session by its type, not the English title', () => {
    expect(checkInText(SKIPPED, 'ru')).toBe(
      'Тренировка «Лёгкий бег» (ср, 2 дек.) в твоём плане отмечена как пропущенная. Эта пробежка была лёгкой? Если ты снова в норме, напиши, и я верну план.',
    );
    expect(checkInText(SKIPPED, 'de')).toMatch(
      /^Lockerer Dauerlauf am Mi\., 2\. Dez\. war in deinem Plan ausgelassen\./,
    );
  });

  it('keeps an unknown body word as typed, escaped', () => {
    expect(checkInText({ ...KNEE, location: '<b>pinky</b>', severity: null }, 'ru')).toContain(
      'боль (&lt;b&gt;pinky&lt;/b&gt;)',
    );
  });

  it('uses the locale passed for dates apart from the language', () => {
    expect(checkInText({ code: 'rest_day', date: '2026-12-02' }, 'en', 'en-US')).toMatch(/^Wed 2 Dec was a rest day/);
  });
});
