/** Activity files sent to the bot (.fit, .gpx, .tcx) become runs with source `file`; bad files change nothing. */
import { FitWriter } from '@markw65/fit-file-writer';
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../local-bot-api/types.ts';
import { type Harness, startHarness, text } from '../helpers/bot-harness.ts';

const fay = { id: 5005, first_name: 'Fay' };

async function withPlan(): Promise<Harness> {
  const h = await startHarness({ now: '2026-11-30T08:00:00Z' });
  await h.say(fay, '/start');
  h.store.users.update(fay.id, { timezone: 'Europe/Berlin' });
  await h.say(fay, '10k on February 14, 4 days a week, about 25 km, long runs on Sunday');
  return h;
}

/** Sends a document as the runner and waits for the bot's answer. */
async function send(h: Harness, filename: string, bytes: Uint8Array | string): Promise<StoredMessage[]> {
  const since = h.api.seq;
  h.api.sendDocumentFromUser(fay, { filename, bytes });
  const deadline = Date.now() + 10_000;
  const answers = () =>
    h.api.messageEvents.filter((e) => e.seq > since && e.message.from === 'bot' && e.message.chatId === fay.id);
  while (answers().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await h.api.waitForIdle({ quietMs: 30, timeoutMs: 5_000 });
  return answers().map((e) => e.message);
}

/** A FIT activity as a watch writes it: records every 10 s, one lap, one session, the activity. */
function fitActivity(opts: { start: Date; km: number; sec: number; hr?: number; sport?: 'running' | 'cycling' }) {
  const w = new FitWriter();
  const t0 = w.time(opts.start);
  w.writeMessage(
    'file_id',
    { type: 'activity', manufacturer: 'garmin', product: 0, serial_number: 7, time_created: t0 },
    null,
    true,
  );
  const n = Math.floor(opts.sec / 10);
  for (let i = 0; i <= n; i++) {
    w.writeMessage(
      'record',
      {
        timestamp: t0 + i * 10,
        distance: (opts.km * 1000 * i) / n,
        ...(opts.hr ? { heart_rate: opts.hr } : {}),
      },
      null,
      i === n,
    );
  }
  const totals = {
    timestamp: t0 + opts.sec,
    start_time: t0,
    total_elapsed_time: opts.sec,
    total_timer_time: opts.sec,
    total_distance: opts.km * 1000,
    sport: opts.sport ?? 'running',
    ...(opts.hr ? { avg_heart_rate: opts.hr } : {}),
  } as const;
  w.writeMessage('lap', totals, null, true);
  w.writeMessage('session', { ...totals, num_laps: 1 }, null, true);
  w.writeMessage(
    'activity',
    { timestamp: t0 + opts.sec, total_timer_time: opts.sec, num_sessions: 1, type: 'manual' },
    null,
    true,
  );
  const v = w.finish();
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength).slice();
}

/** A GPX track along a meridian: 0.001° of latitude is 111.2 m. */
function gpx(opts: { start: Date; points: number; stepDeg: number; stepSec: number; type?: string; hr?: number }) {
  const pts = Array.from({ length: opts.points }, (_, i) => {
    const t = new Date(opts.start.getTime() + i * opts.stepSec * 1000).toISOString();
    const hr = opts.hr
      ? `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${opts.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>`
      : '';
    return `<trkpt lat="${(52 + i * opts.stepDeg).toFixed(6)}" lon="13.400000"><ele>34</ele><time>${t}</time>${hr}</trkpt>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>Morning Run</name>${opts.type ? `<type>${opts.type}</type>` : ''}<trkseg>${pts.join('')}</trkseg></trk></gpx>`;
}

function tcx(opts: { start: Date; km: number; sec: number; sport: string; hr?: number }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="${opts.sport}"><Id>${opts.start.toISOString()}</Id>
<Lap StartTime="${opts.start.toISOString()}"><TotalTimeSeconds>${opts.sec}</TotalTimeSeconds><DistanceMeters>${opts.km * 1000}</DistanceMeters>
${opts.hr ? `<AverageHeartRateBpm><Value>${opts.hr}</Value></AverageHeartRateBpm>` : ''}<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod></Lap>
</Activity></Activities></TrainingCenterDatabase>`;
}

describe('activity files', () => {
  it('a FIT activity (records, lap, session) logs the right run, matched to the plan; the same file twice logs once', async () => {
    const h = await withPlan();
    const plan = h.store.plans.getActive(fay.id);
    const w = plan?.weeks.flatMap((x) => x.workouts).find((x) => x.type !== 'race');
    if (!w) throw new Error('no workout');
    h.clock.now = new Date(`${w.date}T19:00:00Z`);
    // 07:00 in Berlin on the workout's day.
    const file = fitActivity({
      start: new Date(`${w.date}T06:00:00Z`),
      km: w.distanceKm,
      sec: Math.round(w.distanceKm * 360),
      hr: 148,
    });
    const reply = await send(h, 'Morning_Run.fit', file);
    expect(text(reply)).toMatch(/Logged: /);
    expect(text(reply)).toContain(w.title);
    const runs = h.store.runs.all(fay.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      source: 'file',
      date: w.date,
      durationSec: Math.round(w.distanceKm * 360),
      avgHr: 148,
      workoutDate: w.date,
      matchStatus: 'done',
    });
    expect(runs[0]?.distanceKm).toBeCloseTo(w.distanceKm, 2);
    expect(h.store.plans.workoutOn(fay.id, w.date)?.status).toBe('done');
    const again = await send(h, 'copy.fit', file);
    expect(text(again)).toMatch(/already had this run/);
    expect(h.store.runs.all(fay.id)).toHaveLength(1);
  });

  it('a GPX track and a TCX file become runs: distance from the points, pauses left out of moving time', async () => {
    const h = await withPlan();
    h.clock.now = new Date('2026-12-05T18:00:00Z');
    // 60 points, 100 m of latitude each (≈ 5.90 km), every 30 s.
    const track = gpx({
      start: new Date('2026-12-05T08:00:00Z'),
      points: 60,
      stepDeg: 0.0009,
      stepSec: 30,
      type: 'running',
      hr: 150,
    });
    const reply = await send(h, 'track.gpx', track);
    expect(text(reply)).toMatch(/Logged: /);
    const run = h.store.runs.all(fay.id)[0];
    expect(run?.source).toBe('file');
    expect(run?.distanceKm).toBeCloseTo((59 * 0.0009 * 111_195) / 1000, 1);
    expect(run?.durationSec).toBe(59 * 30);
    expect(run?.avgHr).toBe(150);

    const tcxReply = await send(
      h,
      'run.tcx',
      tcx({ start: new Date('2026-12-04T07:00:00Z'), km: 8, sec: 2700, sport: 'Running', hr: 141 }),
    );
    expect(text(tcxReply)).toMatch(/Logged: /);
    const tcxRun = h.store.runs.all(fay.id).find((r) => r.date === '2026-12-04');
    expect(tcxRun).toMatchObject({ source: 'file', distanceKm: 8, durationSec: 2700, avgHr: 141 });
  });

  it('bad files of every kind get a clear answer and change nothing', async () => {
    const h = await withPlan();
    h.clock.now = new Date('2026-12-05T18:00:00Z');
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['notes.pdf', '%PDF-1.4', /\.fit.*\.gpx.*\.tcx/],
      ['empty.fit', '', /no activity|could not read/],
      ['garbage.fit', 'this is not a fit file at all, just text', /could not read/],
      ['broken.gpx', '<gpx><trk><trkseg><trkpt lat="1"', /could not read|no activity/],
      [
        'ride.fit',
        fitActivity({ start: new Date('2026-12-05T08:00:00Z'), km: 30, sec: 3600, sport: 'cycling' }),
        /cycling activity/,
      ],
      [
        'ride.tcx',
        tcx({ start: new Date('2026-12-05T08:00:00Z'), km: 30, sec: 3600, sport: 'Biking' }),
        /Biking activity/,
      ],
      [
        'walk.gpx',
        gpx({ start: new Date('2026-12-05T08:00:00Z'), points: 10, stepDeg: 0.0009, stepSec: 60, type: 'hiking' }),
        /hiking activity/,
      ],
      ['nopoints.gpx', '<?xml version="1.0"?><gpx version="1.1"><trk><trkseg></trkseg></trk></gpx>', /no activity/],
      ['future.tcx', tcx({ start: new Date('2026-12-09T08:00:00Z'), km: 5, sec: 1500, sport: 'Running' }), /future/],
      ['huge.fit', new Uint8Array(21 * 1024 * 1024), /over 20 MB/],
      [
        'car.tcx',
        tcx({ start: new Date('2026-12-05T08:00:00Z'), km: 40, sec: 1800, sport: 'Running' }),
        /world record/,
      ],
    ];
    for (const [name, bytes, expected] of cases) {
      const reply = await send(h, name, bytes);
      expect(text(reply), name).toMatch(expected);
    }
    // Truncated FIT (a real file cut in half): the CRC check refuses it.
    const whole = fitActivity({ start: new Date('2026-12-05T08:00:00Z'), km: 5, sec: 1500 });
    expect(text(await send(h, 'cut.fit', whole.slice(0, Math.floor(whole.length / 2))))).toMatch(
      /could not read|no activity/,
    );
    expect(h.store.runs.all(fay.id)).toHaveLength(0);
  });
});
