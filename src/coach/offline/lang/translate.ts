/**
 * Runners' words in eight languages → the English the detectors read. The vocabularies are data (one file per
 * language); this step turns them into one pass over the text, so any supported language is understood
 * whatever the runner's setting. Where two languages spell a phrase the same way, the runner's language
 * comes first. Pure; never throws.
 */
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { LANGUAGES, type Language, type Vocabulary } from './types.ts';
import { uk } from './uk.ts';

const VOCABULARIES: Record<Exclude<Language, 'en'>, Vocabulary> = { es, de, fr, it, pt, ru, uk };

/** Lower case without accents, as normalize() leaves the text before this step. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}

interface Entry {
  source: string;
  english: string;
  /** Letters that must match literally: the sort key (longer, more specific phrases first). */
  weight: number;
  rank: number;
}

interface Bucket {
  /** Sticky: tried only where a word starts, with this bucket's phrases (those starting with one letter). */
  re: RegExp;
  entries: Entry[];
}

type Compiled = Map<string, Bucket>;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phraseSource(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}[\\p{L}']*` : escapeRe(w)))
    .join('[\\s,]+');
}

const cache = new Map<string, Compiled>();

function compile(first: Language | null): Compiled {
  const key = first ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const order = [first, ...LANGUAGES.filter((l) => l !== first)].filter(
    (l): l is Exclude<Language, 'en'> => !!l && l !== 'en',
  );
  const byLetter = new Map<string, Entry[]>();
  order.forEach((lang, rank) => {
    for (const [phrase, english] of VOCABULARIES[lang]) {
      const folded = fold(phrase).trim();
      const letter = folded[0];
      if (!letter || letter === '*') continue;
      const entry = { source: phraseSource(folded), english, weight: folded.replace(/\*/g, '').length, rank };
      const list = byLetter.get(letter) ?? [];
      list.push(entry);
      byLetter.set(letter, list);
    }
  });
  const compiled: Compiled = new Map();
  for (const [letter, entries] of byLetter) {
    // Longest first; on a tie an exact word beats a stem, and the runner's language beats the others.
    entries.sort((a, b) => b.weight - a.weight || a.source.length - b.source.length || a.rank - b.rank);
    const alternatives = entries.map((e) => `(${e.source})`).join('|');
    // Not the first part of a hyphenated word: "un-skip" is English, not Spanish "un" (a) before "skip".
    compiled.set(letter, { re: new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}]|-\\p{L})`, 'uy'), entries });
  }
  cache.set(key, compiled);
  return compiled;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** "12 of april of 2027", "12. april", "12 april" → "april 12 2027": the order English chrono reads best. */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:\\.|st|nd|rd|th)? (?:of )?(${MONTHS})\\b(?:,? (?:of )?(\\d{4})\\b)?`,
  'g',
);

const MONTH_DAY_COMMA = new RegExp(`\\b((?:${MONTHS}) \\d{1,2}),(?= \\d{1,3}(?![\\d:]))`, 'g');

/** "7 de 10", "7 von 10", "7 из 10" → "7/10" (an effort or pain rating, not "of 10 km"). */
const OUT_OF_TEN = /\b(\d{1,2}) (?:of|from|out of|on) 10\b(?! ?(?:k|km|mi|miles?|m|min|minutes?|kilometers?)\b)/g;

/** "ankle left" (Romance word order, "tobillo izquierdo") → "left ankle", as the pain finder reads it. */
const PART_SIDE =
  /\b(knees?|ankles?|calf|calves|hips?|foot|feet|heels?|shins?|hamstrings?|thighs?|quads?|achilles|shoulders?) (left|right)\b/g;

/**
 * Replace every known phrase of every supported language in folded, lower-case text by its English, the
 * runner's language first. English text comes back unchanged.
 */
export function translate(t: string, language?: string | null): string {
  try {
    return translateOrThrow(t, language);
  } catch {
    return t;
  }
}

function translateOrThrow(t: string, language?: string | null): string {
  const first = LANGUAGES.find((l) => l === language) ?? null;
  const buckets = compile(first);
  let out = '';
  let changed = false;
  let i = 0;
  while (i < t.length) {
    const ch = t[i] ?? '';
    const bucket = i === 0 || !WORD_CHAR.test(t[i - 1] ?? '') ? buckets.get(ch) : undefined;
    if (bucket) {
      bucket.re.lastIndex = i;
      const m = bucket.re.exec(t);
      if (m) {
        // The matched alternative is the one defined group.
        const g = m.findIndex((v, k) => k > 0 && v !== undefined);
        out += bucket.entries[g - 1]?.english ?? m[0];
        i += m[0].length;
        changed = true;
        continue;
      }
    }
    out += ch;
    i++;
  }
  if (!changed) return t;
  out = out.replace(DAY_MONTH, (_m, d: string, mo: string, y?: string) => `${mo} ${d}${y ? ` ${y}` : ''}`);
  // "april 12, 40 km a week": chrono would read 40 as the year.
  out = out.replace(MONTH_DAY_COMMA, '$1 and');
  out = out.replace(OUT_OF_TEN, '$1/10').replace(PART_SIDE, '$2 $1');
  return out
    .replace(/\s+/g, ' ')
    .replace(/ ([,.!?])/g, '$1')
    .trim();
}
