/**
 * Where it hurts, in the runner's language (issue 17). The offline coach understands "колено болит" as the English
 * part 'knee' (src/coach/offline/understand/body.ts BODY_PARTS), and the engine keeps that canonical word; this is
 * the one place that words it for the runner: "левое колено", "rodilla izquierda", "linkes Knie". A location that
 * is not a canonical part (Gemini passes the runner's own words) comes back as typed.
 */
import { t } from './i18n.ts';
import type { Language } from './languages.ts';

/** The parts of `body-part` (locales/<lang>/body.ftl): singular ids, and plural ids where the part has a plural. */
const PARTS: Readonly<Record<string, { id: string; plural: string | null }>> = {
  knee: { id: 'knee', plural: 'knees' },
  ankle: { id: 'ankle', plural: 'ankles' },
  shin: { id: 'shin', plural: 'shins' },
  calf: { id: 'calf', plural: 'calves' },
  hamstring: { id: 'hamstring', plural: 'hamstrings' },
  hip: { id: 'hip', plural: 'hips' },
  achilles: { id: 'achilles', plural: null },
  foot: { id: 'foot', plural: 'feet' },
  heel: { id: 'heel', plural: 'heels' },
  arch: { id: 'arch', plural: 'arches' },
  plantar: { id: 'plantar', plural: null },
  'it band': { id: 'it-band', plural: null },
  itband: { id: 'it-band', plural: null },
  itb: { id: 'it-band', plural: null },
  quad: { id: 'quad', plural: 'quads' },
  glute: { id: 'glute', plural: 'glutes' },
  groin: { id: 'groin', plural: null },
  toe: { id: 'toe', plural: 'toes' },
  shoulder: { id: 'shoulder', plural: 'shoulders' },
  neck: { id: 'neck', plural: null },
  thigh: { id: 'thigh', plural: 'thighs' },
  // Where on the thigh or knee tells the story (inner: adductors, medial knee; outer: the IT band).
  'inner thigh': { id: 'inner-thigh', plural: 'inner-thighs' },
  'outer thigh': { id: 'outer-thigh', plural: 'outer-thighs' },
  'inner knee': { id: 'inner-knee', plural: 'inner-knees' },
  'outer knee': { id: 'outer-knee', plural: 'outer-knees' },
  'hip flexor': { id: 'hip-flexor', plural: 'hip-flexors' },
  adductor: { id: 'adductor', plural: 'adductors' },
  piriformis: { id: 'piriformis', plural: null },
  chest: { id: 'chest', plural: null },
  'side stitch': { id: 'side-stitch', plural: null },
  stitch: { id: 'side-stitch', plural: null },
  soleus: { id: 'soleus', plural: null },
  tendon: { id: 'tendon', plural: 'tendons' },
  back: { id: 'back', plural: null },
  'lower back': { id: 'lower-back', plural: null },
  'upper back': { id: 'upper-back', plural: null },
};

/** English plurals (as BODY_PARTS spells them) → their singular. */
const PLURALS: Readonly<Record<string, string>> = {
  knees: 'knee',
  ankles: 'ankle',
  shins: 'shin',
  calves: 'calf',
  hamstrings: 'hamstring',
  hips: 'hip',
  feet: 'foot',
  heels: 'heel',
  arches: 'arch',
  quads: 'quad',
  glutes: 'glute',
  toes: 'toe',
  shoulders: 'shoulder',
  thighs: 'thigh',
  'inner thighs': 'inner thigh',
  'outer thighs': 'outer thigh',
  'inner knees': 'inner knee',
  'outer knees': 'outer knee',
  'hip flexors': 'hip flexor',
  adductors: 'adductor',
  tendons: 'tendon',
};

export type BodySide = 'left' | 'right' | 'none';

export interface BodyPart {
  /** The select key of `body-part`: a singular id ("knee") or a plural one ("knees"). */
  part: string;
  side: BodySide;
}

const SIDES = '(left|right|both|inner|outer)';
const LOCATION_RE = new RegExp(
  `^(?:${SIDES}\\s+)?(?:(left|right)\\s+)?([a-z][a-z ]*?)(?:\\s*[,(]?\\s*(left|right)\\)?)?$`,
);

/**
 * The canonical part in a pain location ("left knee", "both calves", "lower back", "Knee (right)", "left inner
 * thigh", "inner left thigh"), or null for anything else. "inner"/"outer" are worded where the part has such a face
 * (thigh, knee) and dropped elsewhere; "both" makes the part plural.
 */
export function bodyPartOf(location: string): BodyPart | null {
  const text = location
    .toLowerCase()
    .replace(/\bmy\b/g, ' ')
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = LOCATION_RE.exec(text);
  if (!m) return null;
  const [, first, second, word = '', after] = m;
  let singular = PLURALS[word] ?? word;
  const face = first === 'inner' || first === 'outer' ? first : null;
  if (face && PARTS[`${face} ${singular}`]) singular = `${face} ${singular}`;
  const found = PARTS[singular];
  if (!found) return null;
  const plural = PLURALS[word] !== undefined || first === 'both';
  const sideWord = [second, after, first].find((s) => s === 'left' || s === 'right');
  const side: BodySide = sideWord === 'left' || sideWord === 'right' ? sideWord : 'none';
  return { part: plural && found.plural ? found.plural : found.id, side: first === 'both' ? 'none' : side };
}

/**
 * A pain location as the runner reads it: a canonical part (and side, and plural) in their language, anything
 * else as typed (and English as typed). Plain text: escape it for Telegram HTML where it goes into a message.
 */
export function bodyPartText(lang: Language, location: string): string {
  const raw = location.trim();
  // English is the parts' own language: the runner's words stay exactly as they were ("inner thigh", "itb").
  if (lang === 'en') return raw;
  const found = bodyPartOf(raw);
  if (!found) return raw;
  return t(lang, 'body-part', { part: found.part, side: found.side, raw });
}
