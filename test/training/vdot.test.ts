import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatHms,
  formatPace,
  GOAL_KM,
  oxygenCost,
  paceRangePerMile,
  pacesFromVdot,
  parseDuration,
  predictRaceTimeSec,
  riegelTimeSec,
  roundVdot,
  secPerMile,
  sustainableFraction,
  vdotFromPerformance,
  velocityForOxygenCost,
} from '../../src/training/index.ts';

// Daniels' Running Formula (3rd ed.) VDOT 50 row.
const VDOT50 = [
  { distance: '5k', time: '19:57' },
  { distance: '10k', time: '41:21' },
  { distance: 'half', time: '1:31:35' },
  { distance: 'marathon', time: '3:10:49' },
] as const;

describe('Daniels–Gilbert VDOT', () => {
  it('oxygen cost and sustainable fraction follow the published equations', () => {
    // v = 200 m/min: −4.60 + 0.182258·200 + 0.000104·200² = 36.0116
    expect(oxygenCost(200)).toBeCloseTo(36.0116, 4);
    // t = 20 min: 0.8 + 0.1894393·e^(−0.25556) + 0.2989558·e^(−3.86521)
    expect(sustainableFraction(20)).toBeCloseTo(
      0.8 + 0.1894393 * Math.exp(-0.25556) + 0.2989558 * Math.exp(-3.86521),
      9,
    );
    expect(velocityForOxygenCost(oxygenCost(250))).toBeCloseTo(250, 6);
  });

  it.each(VDOT50)('VDOT 50 table: $distance in $time gives 50 ± 0.3', ({ distance, time }) => {
    const sec = parseDuration(time) as number;
    expect(Math.abs(vdotFromPerformance(GOAL_KM[distance], sec) - 50)).toBeLessThanOrEqual(0.3);
  });

  it.each(VDOT50)('VDOT 50 predicts $distance within 10 s of $time', ({ distance, time }) => {
    const sec = parseDuration(time) as number;
    expect(Math.abs(predictRaceTimeSec(50, GOAL_KM[distance]) - sec)).toBeLessThanOrEqual(10);
  });

  it('a 24:34 5K is VDOT ≈ 39.1', () => {
    expect(roundVdot(vdotFromPerformance(5, 24 * 60 + 34))).toBeCloseTo(39.1, 1);
  });

  it('prediction inverts VDOT for any distance and fitness', () => {
    for (const vdot of [30, 40, 50, 60, 70]) {
      for (const km of [1.5, 5, 10, 21.0975, 42.195]) {
        expect(vdotFromPerformance(km, predictRaceTimeSec(vdot, km))).toBeCloseTo(vdot, 2);
      }
    }
  });

  it('agrees with Riegel (exponent 1.06) within 3 % from 5K to half', () => {
    const fiveK = predictRaceTimeSec(50, 5);
    for (const km of [10, 21.0975]) {
      const riegel = riegelTimeSec(fiveK, 5, km);
      expect(Math.abs(predictRaceTimeSec(50, km) - riegel) / riegel).toBeLessThan(0.03);
    }
    // Riegel's formula itself: doubling the distance multiplies time by 2^1.06.
    expect(riegelTimeSec(1000, 5, 10)).toBeCloseTo(1000 * 2 ** 1.06, 6);
  });
});

describe('training paces', () => {
  const p = pacesFromVdot(50);
  it('orders the zones from slow to fast', () => {
    expect(p.easy.maxSecPerKm).toBeGreaterThan(p.easy.minSecPerKm);
    expect(p.easy.minSecPerKm).toBeGreaterThan(p.marathon.maxSecPerKm);
    expect(p.marathon.minSecPerKm).toBeGreaterThan(p.threshold.maxSecPerKm);
    expect(p.threshold.minSecPerKm).toBeGreaterThan(p.interval.maxSecPerKm);
    expect(p.interval.minSecPerKm).toBeGreaterThan(p.repetition.maxSecPerKm);
  });

  it('matches Daniels VDOT 50 paces within a few seconds per km', () => {
    // Marathon pace = 3:10:49 / 42.195 ≈ 4:31 /km; threshold ≈ 4:15; interval ≈ 3:50–3:55 /km.
    const mid = (r: { minSecPerKm: number; maxSecPerKm: number }) => (r.minSecPerKm + r.maxSecPerKm) / 2;
    expect(Math.abs(mid(p.marathon) - 271)).toBeLessThanOrEqual(3);
    expect(Math.abs(mid(p.threshold) - 255)).toBeLessThanOrEqual(3);
    expect(p.interval.minSecPerKm).toBeGreaterThanOrEqual(228);
    expect(p.interval.maxSecPerKm).toBeLessThanOrEqual(236);
    // Easy: 59–74 % of VDOT.
    expect(p.easy.minSecPerKm).toBeGreaterThanOrEqual(290);
    expect(p.easy.maxSecPerKm).toBeLessThanOrEqual(355);
  });

  it('converts to seconds per mile', () => {
    expect(secPerMile(300)).toBeCloseTo(482.8, 1);
    expect(paceRangePerMile(p.threshold).minSecPerKm).toBeCloseTo(p.threshold.minSecPerKm * 1.609344, 6);
  });
});

describe('durations', () => {
  it('parses H:MM:SS and MM:SS and rejects the rest', () => {
    expect(parseDuration('45:00')).toBe(2700);
    expect(parseDuration('1:31:35')).toBe(5495);
    expect(parseDuration('3:10:49')).toBe(11449);
    expect(parseDuration('45')).toBeNull();
    expect(parseDuration('1:75:00')).toBeNull();
    expect(parseDuration('0:00')).toBeNull();
  });
  it('formats', () => {
    expect(formatHms(5495)).toBe('1:31:35');
    expect(formatDuration(1197)).toBe('19:57');
    expect(formatPace(271.4)).toBe('4:31');
  });
});
