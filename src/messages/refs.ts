/**
 * A message said later, in a language not known yet: a key and its arguments. A tool fails once, and the same
 * failure is read by the Gemini model in English and shown to the runner in his language (issue 17), so the
 * failure carries a ref, not a sentence. Arguments that depend on the reader (a date in his locale, a field's
 * name, nested sentences) are kept as data and turned into words when the ref is rendered.
 */
import { dayLabel, dayYearLabel } from '../time/local.ts';
import { type Weekday, weekdayText } from './format.ts';
import { t } from './i18n.ts';
import type { Language } from './languages.ts';

/**
 * A plan date (YYYY-MM-DD), shown as "Mon 7 Dec" / "пн, 7 дек." in the reader's locale; with `year`, as
 * "Sun 4 Apr 2027" / "вс, 4 апр. 2027 г." (a date that may be in another year).
 */
export interface DayArg {
  day: string;
  year?: boolean;
}
/** Messages said one after the other ("date: …; rpe: …"). */
export interface RefsArg {
  refs: MessageRef[];
}
/** Choices as a list in the reader's language ("a, b or c" / "a, b или c"). */
export interface ChoicesArg {
  choices: string[];
}
/** An argument's path in a tool or request: its name in English (the model's), a runner's word elsewhere. */
export interface FieldArg {
  field: readonly PropertyKey[];
}
/** Weekdays as a list in the reader's language ("Wednesday and Sunday" / "среда и воскресенье"). */
export interface WeekdaysArg {
  weekdays: Weekday[];
}
export type RefArg = string | number | DayArg | RefsArg | ChoicesArg | FieldArg | WeekdaysArg;

/** The fields a runner meets most (commands, the Mini App's forms); others show their name. */
const FIELD_LABELS: Record<string, string> = {
  date: 'err-field-date',
  newDate: 'err-field-new-date',
  raceDate: 'err-field-race-date',
  fromDate: 'err-field-date',
  distanceKm: 'err-field-distance',
  distance: 'err-field-distance',
  duration: 'err-field-duration',
  time: 'err-field-duration',
  goalTime: 'err-field-goal-time',
  rpe: 'err-field-rpe',
  feeling: 'err-field-feeling',
  severity: 'err-field-severity',
  goal: 'err-field-goal',
  timezone: 'err-field-timezone',
  morningTime: 'err-field-morning-time',
  eveningTime: 'err-field-evening-time',
  daysPerWeek: 'err-field-days-per-week',
  weeklyKm: 'err-field-weekly-km',
  longRunDay: 'err-field-long-run-day',
  maxHr: 'err-field-max-hr',
  restingHr: 'err-field-resting-hr',
  lthrHr: 'err-field-lthr-hr',
  units: 'err-field-units',
  weeks: 'err-field-weeks',
  reason: 'err-field-reason',
};

function fieldText(lang: Language, path: readonly PropertyKey[]): string {
  const names = path.map(String);
  if (names.length === 0) return t(lang, 'err-field-args');
  if (lang === 'en') return names.join('.');
  const label = FIELD_LABELS[names[names.length - 1] as string];
  return label ? t(lang, label) : names.join('.');
}

export interface MessageRef {
  /** A key of any server .ftl (err-, eng-, …), written literally where the ref is made. */
  key: string;
  args?: Record<string, RefArg>;
  /**
   * The English words when they come from elsewhere (zod's own issue messages, which the model and the English
   * tests know); other languages render the key.
   */
  en?: string;
}

export const ref = (key: string, args?: Record<string, RefArg>): MessageRef => (args ? { key, args } : { key });

function argText(lang: Language, locale: string, arg: RefArg): string | number {
  if (typeof arg === 'string' || typeof arg === 'number') return arg;
  if ('day' in arg) return arg.year ? dayYearLabel(arg.day, locale) : dayLabel(arg.day, locale);
  if ('field' in arg) return fieldText(lang, arg.field);
  if ('refs' in arg) return arg.refs.map((r) => renderRef(lang, r, locale)).join('; ');
  if ('weekdays' in arg) {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(arg.weekdays.map((d) => weekdayText(locale, d)));
  }
  const words = lang === 'en' ? arg.choices : arg.choices.map((c) => choiceWord(lang, locale, c));
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(words);
}

/**
 * The runner's word for a code the schemas take (goal races, units, feelings; weekdays below); other codes as they
 * are. Without these a Mini App or tool error listed the codes themselves ("km или mi", "great, good … exhausted").
 */
const CHOICE_WORDS: Record<string, string> = {
  '5k': 'goal-5k',
  '10k': 'goal-10k',
  half: 'goal-half',
  marathon: 'goal-marathon',
  km: 'err-choice-km',
  mi: 'err-choice-mi',
  great: 'out-feel-great',
  good: 'out-feel-good',
  ok: 'out-feel-ok',
  tired: 'out-feel-tired',
  exhausted: 'out-feel-exhausted',
};

const WEEKDAY_CODES: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const isWeekday = (code: string): code is Weekday => WEEKDAY_CODES.includes(code);

function choiceWord(lang: Language, locale: string, code: string): string {
  if (isWeekday(code)) return weekdayText(locale, code);
  const word = CHOICE_WORDS[code];
  return word ? t(lang, word) : code;
}

/** The ref's words in `lang` (dates in `locale`, the language itself by default). */
export function renderRef(lang: Language, message: MessageRef, locale: string = lang): string {
  if (lang === 'en' && message.en !== undefined) return message.en;
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.args ?? {})) args[name] = argText(lang, locale, value);
  return t(lang, message.key, args);
}
