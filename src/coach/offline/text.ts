/**
 * Text normalisation for the offline coach: lower case, folded accents and quotes, a few cheap typo fixes and
 * number words, so that the pattern matchers downstream stay small. Pure; never throws.
 */
import { translate } from './lang/translate.ts';

const VOCABULARY = [
  'tomorrow',
  'yesterday',
  'today',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'marathon',
  'kilometers',
  'kilometres',
  'minutes',
  'travelling',
  'traveling',
  'exhausted',
  'reschedule',
  'schedule',
  'weekend',
  'january',
  'february',
  'september',
  'october',
  'november',
  'december',
  'timezone',
  'morning',
  'evening',
  'progress',
  'settings',
  'feeling',
  'hamstring',
  'achilles',
  'postpone',
  'skipping',
  'vacation',
  'holiday',
  'wednesdays',
  'saturdays',
  'sundays',
] as const;

const VOCAB_SET = new Set<string>(VOCABULARY);

/** Short forms and common misspellings that edit distance does not catch. */
const ALIASES: Record<string, string> = {
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  yday: 'yesterday',
  yest: 'yesterday',
  tdy: 'today',
  '2day': 'today',
  wensday: 'wednesday',
  wednsday: 'wednesday',
  thx: 'thanks',
  thnx: 'thanks',
  thanx: 'thanks',
  ty: 'thanks',
  pls: 'please',
  plz: 'please',
  hrs: 'hours',
  mins: 'minutes',
  kms: 'km',
  travelin: 'travelling',
  im: "i'm",
};

/** Damerau-Levenshtein distance (optimal string alignment), bounded for speed. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 0; i < rows; i++) d[i]![0] = i;
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

function correctWord(word: string): string {
  const alias = ALIASES[word];
  if (alias) return alias;
  if (word.length < 5 || VOCAB_SET.has(word)) return word;
  const allowed = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  let tie = false;
  for (const candidate of VOCABULARY) {
    const dist = editDistance(word, candidate, allowed);
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance) {
      tie = true;
    }
  }
  return best && !tie && bestDistance <= allowed ? best : word;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};

const UNIT_AFTER_NUMBER =
  '(?:days?|times?|runs?|sessions?|miles?|mi|km|k|kilometers?|kilometres?|hours?|hrs?|minutes?|mins?|weeks?|x|out)';
const NUMBER_WORD_RE = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})(?=[\\s-]+${UNIT_AFTER_NUMBER}\\b)`, 'g');

/**
 * Fold accents, unify quotes and dashes, lower-case, put the runner's words in any supported language into the
 * English the detectors read (the runner's `language` first where phrasings are ambiguous), and fix cheap typos.
 */
export function normalize(input: string, language?: string | null): string {
  let t = input.normalize('NFKC');
  t = t.normalize('NFD').replace(/\p{M}+/gu, '');
  t = t.toLowerCase();
  // U+02BC is the Ukrainian apostrophe ("пʼятниця"), typed by some keyboards instead of '.
  t = t.replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
  t = t.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
  // Spanish opens questions and exclamations with ¿ and ¡: the detectors read "what…?" from the start.
  t = t.replace(/[¿¡]/g, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  t = translate(t, language);
  t = t.replace(/[a-z0-9]+/g, (w) => correctWord(w));
  t = t.replace(/\ba couple(?: of)?(?= )/g, '2').replace(/\ba few(?= )/g, '3');
  t = t.replace(NUMBER_WORD_RE, (w) => String(NUMBER_WORDS[w] ?? w));
  return t;
}
