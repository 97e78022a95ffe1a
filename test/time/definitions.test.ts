/** One definition each (issue 18): weekday codes, goal names, the time-zone check, the feeling → effort map. */
import { describe, expect, it } from 'vitest';
import { SEED_GOALS } from '../../src/cli/seed.ts';
import { WEEKDAY_CODES } from '../../src/coach/offline/dates.ts';
import { FEELING_RPE } from '../../src/coach/offline/index.ts';
import { GOALS, WEEKDAYS } from '../../src/coach/tools/schemas.ts';
import { isValidTimezone, WEEKDAY_NAMES, zoneOrUtc } from '../../src/time/local.ts';
import { WEEKDAY_NAMES as ENGINE_WEEKDAYS, GOAL_DISTANCES } from '../../src/training/types.ts';
import { WEEKDAYS as WEBAPP_WEEKDAYS } from '../../src/webapp/schemas.ts';

describe('shared definitions', () => {
  it('every face uses the engine’s weekday codes and goal names', () => {
    for (const copy of [WEEKDAY_NAMES, WEEKDAY_CODES, WEEKDAYS, WEBAPP_WEEKDAYS]) expect(copy).toBe(ENGINE_WEEKDAYS);
    for (const copy of [GOALS, SEED_GOALS]) expect(copy).toBe(GOAL_DISTANCES);
    expect(ENGINE_WEEKDAYS).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('accepts IANA names only, as Intl does (not luxon’s "local" or fixed offsets)', () => {
    for (const zone of ['Europe/Berlin', 'europe/berlin', 'UTC', 'Etc/GMT+5']) expect(isValidTimezone(zone)).toBe(true);
    for (const zone of ['', 'local', 'system', 'UTC+3', 'Mars/Olympus']) {
      expect(isValidTimezone(zone)).toBe(false);
      expect(zoneOrUtc(zone)).toBe('UTC');
    }
    expect(zoneOrUtc('Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('maps each feeling to one effort, harder as the feeling worsens', () => {
    expect(Object.keys(FEELING_RPE)).toEqual(['great', 'good', 'ok', 'tired', 'exhausted']);
    const efforts = Object.values(FEELING_RPE);
    expect(efforts).toEqual([...efforts].sort((a, b) => a - b));
  });
});
