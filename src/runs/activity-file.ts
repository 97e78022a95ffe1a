/**
 * Activity files from the runner's own device (.fit, .gpx, .tcx) → the facts of a run: start instant, distance,
 * moving time, average heart rate. FIT is decoded with `fit-file-parser` (MIT; its CRC check on), GPX and TCX
 * with `fast-xml-parser` (MIT). Nothing here throws: every bad file is a reason the bot can put in words.
 */
import type { XMLParser } from 'fast-xml-parser';

export interface ParsedActivity {
  startedAt: number;
  distanceKm: number;
  movingSec: number;
  avgHr: number | null;
  format: 'fit' | 'gpx' | 'tcx';
}

export type ParseFailure = 'unsupported' | 'empty' | 'corrupt' | 'not_running' | 'no_distance';
export type ParseOutcome = { ok: true; activity: ParsedActivity } | { ok: false; reason: ParseFailure; sport?: string };

/** Telegram bots may download files up to 20 MB (Bot API, getFile). */
export const MAX_ACTIVITY_BYTES = 20 * 1024 * 1024;

export function formatOf(filename: string): 'fit' | 'gpx' | 'tcx' | null {
  const ext = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext === 'fit' || ext === 'gpx' || ext === 'tcx' ? ext : null;
}

/** Sports that are runs (FIT `sport`, TCX `Sport`, GPX `type` as Strava, Garmin and others write it). */
const RUNNING = /^(running|run|trail[ _]?run(ning)?|treadmill([ _]running)?|track[ _]?run(ning)?|virtual[ _]?run|9)$/i;

export async function parseActivityFile(filename: string, bytes: Buffer): Promise<ParseOutcome> {
  const format = formatOf(filename);
  if (!format) return { ok: false, reason: 'unsupported' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  try {
    const out =
      format === 'fit'
        ? await parseFit(bytes)
        : format === 'gpx'
          ? parseGpx(bytes, await xmlParser())
          : parseTcx(bytes, await xmlParser());
    if (!out.ok) return out;
    const a = out.activity;
    if (!Number.isFinite(a.startedAt) || !Number.isFinite(a.distanceKm) || !Number.isFinite(a.movingSec)) {
      return { ok: false, reason: 'corrupt' };
    }
    if (a.distanceKm < 0.05 || a.movingSec < 30) return { ok: false, reason: 'no_distance' };
    return out;
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}

interface FitSession {
  sport?: string;
  start_time?: Date | string;
  total_distance?: number;
  total_timer_time?: number;
  total_elapsed_time?: number;
  avg_heart_rate?: number;
}

async function parseFit(bytes: Buffer): Promise<ParseOutcome> {
  // The parsers load on the first file a runner sends (issue 18: not at start).
  const { default: FitParser } = await import('fit-file-parser');
  const parser = new FitParser({ force: false, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' });
  const copy = new Uint8Array(bytes).buffer; // an ArrayBuffer of its own (a Buffer may share a pool)
  const data = (await parser.parseAsync(copy)) as {
    sessions?: FitSession[];
    laps?: FitSession[];
    records?: { timestamp?: Date; distance?: number; heart_rate?: number }[];
    file_ids?: { type?: string }[];
  };
  const type = data.file_ids?.[0]?.type;
  if (type && type !== 'activity') return { ok: false, reason: 'not_running', sport: `a ${type} file` };
  const sessions = data.sessions ?? [];
  const laps = data.laps ?? [];
  const records = data.records ?? [];
  if (sessions.length === 0 && laps.length === 0 && records.length === 0) return { ok: false, reason: 'empty' };
  const sport = sessions[0]?.sport ?? laps[0]?.sport;
  if (sport && !RUNNING.test(sport)) return { ok: false, reason: 'not_running', sport };
  const parts = sessions.length > 0 ? sessions : laps;
  if (parts.length > 0) {
    const first = parts[0] as FitSession;
    const distance = parts.reduce((s, p) => s + (p.total_distance ?? 0), 0);
    const moving = parts.reduce((s, p) => s + (p.total_timer_time ?? p.total_elapsed_time ?? 0), 0);
    const hrParts = parts.filter((p) => p.avg_heart_rate && p.total_timer_time);
    const hrTime = hrParts.reduce((s, p) => s + (p.total_timer_time ?? 0), 0);
    const avgHr =
      hrTime > 0 ? hrParts.reduce((s, p) => s + (p.avg_heart_rate ?? 0) * (p.total_timer_time ?? 0), 0) / hrTime : null;
    const start = first.start_time ? new Date(first.start_time).getTime() : records[0]?.timestamp?.getTime();
    return {
      ok: true,
      activity: {
        startedAt: start ?? Number.NaN,
        distanceKm: distance / 1000,
        movingSec: moving,
        avgHr,
        format: 'fit',
      },
    };
  }
  // Records only: the last cumulative distance, and time from first to last record.
  const timed = records.filter((r) => r.timestamp);
  const t0 = timed[0]?.timestamp?.getTime() ?? Number.NaN;
  const t1 = timed.at(-1)?.timestamp?.getTime() ?? Number.NaN;
  const hrs = records.map((r) => r.heart_rate).filter((h): h is number => typeof h === 'number' && h > 0);
  return {
    ok: true,
    activity: {
      startedAt: t0,
      distanceKm: Math.max(0, ...records.map((r) => r.distance ?? 0)) / 1000,
      movingSec: (t1 - t0) / 1000,
      avgHr: hrs.length ? hrs.reduce((s, h) => s + h, 0) / hrs.length : null,
      format: 'fit',
    },
  };
}

let xmlParserLoaded: Promise<XMLParser> | undefined;

/** The GPX/TCX parser, built on the first XML file. */
function xmlParser(): Promise<XMLParser> {
  xmlParserLoaded ??= import('fast-xml-parser').then(
    ({ XMLParser }) =>
      new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        removeNSPrefix: true,
        parseTagValue: true,
        isArray: (name) => ['trk', 'trkseg', 'trkpt', 'Activity', 'Lap', 'Track', 'Trackpoint'].includes(name),
      }),
  );
  return xmlParserLoaded;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Great-circle distance in metres (haversine, mean Earth radius 6,371 km). */
function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A pause is a gap between points slower than a walk (0.5 m/s) or longer than 60 s without a point: moving time
 * leaves it out, as watches' auto-pause does.
 */
const PAUSE_SPEED = 0.5;
const MAX_GAP_SEC = 60;

function parseGpx(bytes: Buffer, xml: XMLParser): ParseOutcome {
  const doc = xml.parse(bytes.toString('utf8')) as { gpx?: { trk?: unknown } };
  if (!doc.gpx) return { ok: false, reason: 'corrupt' };
  const tracks = asArray(doc.gpx.trk as Record<string, unknown>[]);
  const type = String(tracks[0]?.type ?? '');
  if (type && !RUNNING.test(type)) return { ok: false, reason: 'not_running', sport: type };
  const points = tracks
    .flatMap((t) => asArray(t.trkseg as Record<string, unknown>[]))
    .flatMap((s) => asArray(s.trkpt as Record<string, unknown>[]))
    .map((p) => ({
      lat: Number(p['@_lat']),
      lon: Number(p['@_lon']),
      t: Date.parse(String(p.time ?? '')),
      hr: Number((p.extensions as { TrackPointExtension?: { hr?: unknown } } | undefined)?.TrackPointExtension?.hr),
    }))
    .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Number.isFinite(p.t));
  if (points.length < 2) return { ok: false, reason: 'empty' };
  let distance = 0;
  let moving = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as (typeof points)[number];
    const b = points[i] as (typeof points)[number];
    const d = metresBetween(a, b);
    const dt = (b.t - a.t) / 1000;
    distance += d;
    if (dt > 0 && dt <= MAX_GAP_SEC && d / dt >= PAUSE_SPEED) moving += dt;
  }
  const hrs = points.map((p) => p.hr).filter((h) => Number.isFinite(h) && h > 0);
  return {
    ok: true,
    activity: {
      startedAt: (points[0] as (typeof points)[number]).t,
      distanceKm: distance / 1000,
      movingSec: moving,
      avgHr: hrs.length ? hrs.reduce((s, h) => s + h, 0) / hrs.length : null,
      format: 'gpx',
    },
  };
}

function parseTcx(bytes: Buffer, xml: XMLParser): ParseOutcome {
  const doc = xml.parse(bytes.toString('utf8')) as {
    TrainingCenterDatabase?: { Activities?: { Activity?: Record<string, unknown>[] } };
  };
  const db = doc.TrainingCenterDatabase;
  if (!db) return { ok: false, reason: 'corrupt' };
  const activity = asArray(db.Activities?.Activity)[0];
  if (!activity) return { ok: false, reason: 'empty' };
  const sport = String(activity['@_Sport'] ?? '');
  if (sport && !RUNNING.test(sport)) return { ok: false, reason: 'not_running', sport };
  const laps = asArray(activity.Lap as Record<string, unknown>[]);
  if (laps.length === 0) return { ok: false, reason: 'empty' };
  const distance = laps.reduce((s, l) => s + Number(l.DistanceMeters ?? 0), 0);
  const moving = laps.reduce((s, l) => s + Number(l.TotalTimeSeconds ?? 0), 0);
  const hrLaps = laps
    .map((l) => ({
      hr: Number((l.AverageHeartRateBpm as { Value?: unknown } | undefined)?.Value),
      t: Number(l.TotalTimeSeconds ?? 0),
    }))
    .filter((l) => Number.isFinite(l.hr) && l.hr > 0 && l.t > 0);
  const hrTime = hrLaps.reduce((s, l) => s + l.t, 0);
  const start = Date.parse(String((laps[0] as Record<string, unknown>)['@_StartTime'] ?? activity.Id ?? ''));
  return {
    ok: true,
    activity: {
      startedAt: start,
      distanceKm: distance / 1000,
      movingSec: moving,
      avgHr: hrTime > 0 ? hrLaps.reduce((s, l) => s + l.hr * l.t, 0) / hrTime : null,
      format: 'tcx',
    },
  };
}
