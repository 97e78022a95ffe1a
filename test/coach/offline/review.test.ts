/**
 * Cases found by trying the coach as a new runner would: plan requests when a plan exists, moves named by the
 * kind of session, "done" in words, acknowledgements, and the template replies that read engine text.
 */
import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understand } from '../../../src/coach/offline/index.ts';
import { adviceText, changeText, warningText } from '../../../src/coach/replies/engine-words.ts';
import { describeSteps, workoutCard } from '../../../src/coach/replies/workout.ts';
import type { StoredWorkout } from '../../../src/db/store/index.ts';
import { englishHint, englishNotes, expectValidCalls, strip, tools, zOf } from './helpers.ts';

/** Friday morning in Berlin, still Thursday evening in Los Angeles. */
const NOW = new Date('2026-11-20T06:30:00Z');

for (const timezone of ['Europe/Berlin', 'America/Los_Angeles'] as const) {
  const z = zOf(NOW, timezone);
  const ctx: UnderstandContext = { now: NOW, timezone, units: 'km', hasPlan: true, longRunDay: 'sun' };
  const u = (text: string, extra: Partial<UnderstandContext> = {}) => {
    const r = understand(text, { ...ctx, ...extra });
    expectValidCalls(r);
    return r;
  };

  describe(`review (${timezone})`, () => {
    it('reads goal, date and days or volume as a plan request even when a plan exists', () => {
      expect(strip(u('10k on May 3, 3 days a week, 15 km a week'))).toEqual(
        tools({ name: 'create_plan', args: { goal: '10k', raceDate: '2027-05-03', daysPerWeek: 3, weeklyKm: 15 } }),
      );
      // still: a goal and a date alone, with a plan, are not enough to replace it
      expect(u('10k on May 3').kind).not.toBe('tools');
    });

    it('reads "5 days" in a plan request as days a week', () => {
      expect(strip(u('marathon in april, 5 days, 50km per week, sub 3:30', { hasPlan: false }))).toEqual(
        tools({
          name: 'create_plan',
          args: { goal: 'marathon', raceDate: '2027-04-04', goalTime: '3:30:00', daysPerWeek: 5, weeklyKm: 50 },
        }),
      );
      const r = u('marathon in 5 days', { hasPlan: false });
      expect(r.kind === 'tools' && r.calls[0]?.name === 'create_plan' && 'daysPerWeek' in r.calls[0].args).toBe(false);
    });

    it('writes its guesses with readable dates and day names', () => {
      const plan = u('marathon in april, 5 days, 50km per week', { hasPlan: false });
      expect(englishNotes(plan)).toMatch(/Race day assumed Sun 4 Apr 2027/);
      const travel = u('travelling next week, only 2 days');
      expect(englishNotes(travel)).toMatch(/Picked Wednesday and Sunday/);
    });

    it('moves the long run from the long-run day, not today', () => {
      expect(strip(u('move my long run to saturday'))).toEqual(
        tools({ name: 'reschedule_workout', args: { date: z.next('sun'), newDate: z.next('sat') } }),
      );
      expect(strip(u('can I do the long run on Saturday instead?', { longRunDay: 'sun' }))).toEqual(
        tools({ name: 'reschedule_workout', args: { date: z.next('sun'), newDate: z.next('sat') } }),
      );
      expect(strip(u('move the tempo to saturday'))).toEqual({
        kind: 'unknown',
        hint: 'Which day is it on now? e.g. "move Thursday’s tempo to Friday".',
      });
    });

    it('never moves a workout to a new race date', () => {
      expect(strip(u('I want to change my goal to a marathon on May 9'))).toEqual(
        tools({ name: 'create_plan', args: { goal: 'marathon', raceDate: '2027-05-09' } }),
      );
      const r = u('change my race date to March 21');
      expect(r.kind).toBe('unknown');
      expect(englishHint(r)).toMatch(/new plan/);
    });

    it('understands "done" in words as the Done button', () => {
      for (const text of ['done', 'Done!', "I did today's workout", 'long run done', "finished today's run"]) {
        expect(strip(u(text)), text).toEqual(tools({ name: 'complete_workout', args: { date: z.today } }));
      }
      expect(strip(u("did yesterday's run, felt great"))).toEqual(
        tools(
          { name: 'complete_workout', args: { date: z.plus(-1) } },
          {
            name: 'record_feedback',
            args: { date: z.plus(-1), rpe: 3, feeling: 'great', notes: "did yesterday's run, felt great" },
          },
        ),
      );
      expect(u('did I run today?').kind).not.toBe('tools');
    });

    it('takes a thumbs-up or a goodbye as an acknowledgement', () => {
      for (const text of ['👍', '🙂', '👍👍', 'bye', 'see you']) expect(u(text), text).toEqual({ kind: 'thanks' });
    });

    it('says so when it does not know a place', () => {
      const r = u("I'm in Springfield");
      expect(englishHint(r)).toMatch(/don't know where Springfield is/);
      expect(u("I'm in Berlin")).toEqual(tools({ name: 'update_profile', args: { timezone: 'Europe/Berlin' } }));
    });

    it('answers "when is my next long run?" with the week', () => {
      expect(u('when is my next long run?')).toEqual({ kind: 'question', topic: 'week' });
    });
  });
}

describe('engine codes in words for the runner', () => {
  const long = (km: number) => ({
    type: 'long' as const,
    title: 'Long run',
    distanceKm: km,
    status: 'planned' as const,
  });
  it('says dates as day labels (with the year when it is another) and follows the units', () => {
    const en = { lang: 'en' as const, units: 'km' as const, today: '2026-11-24' };
    expect(adviceText(en, { code: 'fatigue_through', through: '2026-11-26' })).toMatch(
      /^Easier days through Thu 26 Nov:/,
    );
    const short = warningText(en, {
      code: 'build_short',
      weeklyKm: 10,
      longestKm: 18,
      raceDate: '2027-02-14',
      goal: 'marathon',
      readyKm: 30,
      shorter: null,
      later: { date: '2027-04-12', weeks: 20 },
      limited: false,
    });
    expect(short).toContain('a marathon on or after Mon 12 Apr 2027 (20 weeks of training)');
    expect(changeText({ lang: 'en', units: 'mi' }, long(9), long(4.5))).toBe('Long run 5.6 mi → Long run 2.8 mi');
  });
});

describe('workout cards', () => {
  const tempo = {
    date: '2026-12-01',
    type: 'tempo',
    distanceKm: 10,
    title: 'Tempo run',
    description:
      '2 km warm-up easy, 6 km at threshold pace (4:40 /km), 2 km cool-down easy (10 km in all). Raises the pace you can hold for about an hour.',
    status: 'planned',
    steps: [
      { kind: 'warmup', reps: 1, distanceKm: 2, zone: 'easy', pace: null, effort: 'conversational' },
      {
        kind: 'work',
        reps: 1,
        distanceKm: 6,
        zone: 'threshold',
        pace: { minSecPerKm: 278, maxSecPerKm: 282 },
        effort: 'comfortably hard',
      },
      { kind: 'cooldown', reps: 1, distanceKm: 2, zone: 'easy', pace: null, effort: 'conversational' },
    ],
  } as unknown as StoredWorkout;

  it('shows the steps in the runner units and only the purpose from the description', () => {
    const card = workoutCard(tempo, 'mi');
    expect(card).toMatch(/3\.7 mi at 7:27–7:34\/mi/);
    expect(card).toMatch(/Raises the pace you can hold/);
    expect(card).not.toMatch(/km/);
  });

  it('writes track repeats in metres in either unit', () => {
    const reps = {
      steps: [
        { kind: 'work', reps: 6, distanceKm: 0.8, zone: 'interval', pace: null, effort: 'hard', recoveryKm: 0.4 },
      ],
    } as never;
    expect(describeSteps(reps, 'mi')).toEqual([
      'Main set: 6 × 800 m at interval effort (hard), 400 m easy jog between',
    ]);
  });
});
