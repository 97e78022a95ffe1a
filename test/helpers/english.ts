/**
 * Finds English left in a message meant for a runner who reads another language (issue 17): words that are
 * English and not words of the runner's own language. URLs, commands (/today), @names, HTML tags and entities,
 * numbers and units (km, mi, min, /km) are not words here; names (the runner's, brands) are passed in `ignore`.
 *
 * The list holds everyday English words of runcoach's messages. A word that is also a word of one of the other
 * languages ("plan" in es/de/fr, "rest" in de, "long" and "pain" in fr, "pace" in it) counts as English only for
 * runners of the languages where it is not a word (NATIVE below).
 */
import type { StoredMessage } from '../../local-bot-api/types.ts';
import type { Language } from '../../src/messages/languages.ts';

const ENGLISH_WORDS = new Set(
  `the and your you yours we our us with from this that these those what when which where who why how will would
  should could have has had been are is isn't it its not don't can't won't you're it's i'm let's that's what's i'll
  we'll you'll here's there's now today tomorrow yesterday tonight week weeks weekly month day days run runs running
  ran runner easy easier long rest plan plans skip skipped moved move done workout workouts training race pace paces
  recovery warm cool cooldown minutes hours great good nice well morning evening night feel felt feeling feels did
  was go going next last first more less please thanks thank yes hard harder heart rate legs leg pain sick ill
  sorry saved send sent tap button settings language change changed miles kilometres kilometers distance goal goals
  date about around after before there here only just keep still again back off out into if but any every each some
  new old set sets jog strides stride hill hills tempo-run threshold marathon-pace half effort steady slow slower
  faster fast quick take took taken sure ready left right body knee knees calf shin foot ankle hip back help
  already enough should got get well-done nothing something anything everything because`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words of the list that are also words of these languages (so not English in their texts). */
const NATIVE: Record<Exclude<Language, 'en'>, readonly string[]> = {
  de: ['plan', 'rest', 'training', 'will', 'was', 'fast', 'warm', 'button'],
  es: ['plan', 'has', 'running'],
  fr: [
    'plan',
    'long',
    'race',
    'date',
    'distance',
    'minutes',
    'change',
    'rate',
    'pain',
    'sure',
    'effort',
    'miles',
    'foot',
    'running',
  ],
  it: ['pace', 'date', 'come', 'ore'],
  pt: ['date'],
  ru: [],
  uk: [],
};

/** Strips what is not prose: URLs, HTML, commands, @names, e-mail addresses, and units after numbers. */
function prose(text: string): string {
  return text
    .replace(/https?:\/\/\S+|t\.me\/\S+|\b[\w.-]+@[\w.-]+\b/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/(^|\s)\/[a-z_]+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/\d+(?:[.,]\d+)?\s*(?:km|mi|min|h|s|m)\b/g, ' ')
    .replace(/\/(?:km|mi)\b/g, ' ');
}

/** English words in `text` for a runner reading `lang`, in order of appearance (lowercase). */
export function englishWords(text: string, lang: Exclude<Language, 'en'>, ignore: readonly string[] = []): string[] {
  const skip = new Set([...NATIVE[lang], ...ignore.map((w) => w.toLowerCase())]);
  const out: string[] = [];
  for (const match of prose(text).matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    if (skip.has(word)) continue;
    if (ENGLISH_WORDS.has(word)) out.push(word);
    else if (word.includes('-') && word.split('-').some((part) => ENGLISH_WORDS.has(part) && !skip.has(part)))
      out.push(word);
  }
  return out;
}

/** A message's texts a runner reads: its text (or caption) and every button label. */
export function textsOf(message: Pick<StoredMessage, 'text' | 'replyMarkup'>): string[] {
  const markup = message.replyMarkup as { inline_keyboard?: { text: string }[][]; keyboard?: unknown[][] } | undefined;
  const buttons = (markup?.inline_keyboard ?? []).flat().map((b) => b.text);
  const keys = (markup?.keyboard ?? [])
    .flat()
    .map((k) => (typeof k === 'string' ? k : String((k as { text?: string }).text)));
  return [message.text, ...buttons, ...keys];
}

/** Every English word across these messages, each with where it was ("the 2nd message: … word …"). */
export function englishIn(
  messages: Pick<StoredMessage, 'text' | 'replyMarkup'>[],
  lang: Exclude<Language, 'en'>,
  ignore: readonly string[] = [],
): string[] {
  const out: string[] = [];
  for (const m of messages) {
    for (const text of textsOf(m)) {
      const found = englishWords(text, lang, ignore);
      if (found.length) out.push(`${found.join(', ')} ← ${text.slice(0, 160)}`);
    }
  }
  return out;
}

/**
 * (The tool-error tests' quick check.)
 * English words that none of ru, es, de writes (German "Plan", "Feedback" and "Coach" are German too): a text
 * meant for those runners that matches this still speaks English somewhere.
 */
export const ENGLISH =
  /\b(the|is|of|on|to|there|workout|already|still|ahead|nothing|must|than|zero|check|arguments|invalid|input|expected|received|runner|missing|race|whole|least|most|once|done|rest|day|skip|move|started|send|number|string|text|date|time|too|small|big|not|found|request|requests|body|wait|open|malformed|old|busy|try)\b/i;
