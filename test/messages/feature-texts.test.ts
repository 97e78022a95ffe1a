/**
 * The feature texts no bot run reaches without Gemini or intervals.icu (photo proposals, media failures, apologies,
 * intervals.icu, every activity-file problem, small talk), rendered in Russian, Spanish and German: the right words,
 * plurals by Fluent's rules, and no English left. English stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { type ApologyReason, apologyHtml, buttonFailed } from '../../src/coach/replies/apology.ts';
import {
  fetchFailed,
  fileTooBig,
  mediaNotUnderstood,
  noRunInPhoto,
  otherMessage,
  proposalCancelled,
  proposalChange,
  runProposal,
  unsupportedAudio,
  voiceTooLong,
} from '../../src/coach/replies/media.ts';
import {
  type ActivityFileProblem,
  activityFileProblem,
  intervalsAsk,
  intervalsConnected,
  intervalsDisconnected,
  intervalsNotConnected,
  intervalsRefused,
  intervalsStatus,
  intervalsUnavailable,
  intervalsUnreadable,
} from '../../src/coach/replies/watch.ts';
import type { OutgoingMessage } from '../../src/coach/types.ts';
import type { Language } from '../../src/messages/languages.ts';

/** Latin words that stay as they are in every language. */
const BRANDS =
  /^(?:strava|gemini|garmin|coros|suunto|wahoo|polar|intervals|icu|telegram|fit|gpx|tcx|api|settings|developer|audio|mb|id|ogg|mp)$/i;
/** Words only an English sentence has (no Spanish or German word among them). */
const ENGLISH =
  /^(?:the|you|your|that|this|with|please|send|sorry|have|could|would|there|what|workout|run|runs|and|is|not|can|it|to|of|my|today|yesterday|log|change|cancel|file|photo|voice|note)$/i;

/** The Latin words of texts, captions and buttons; commands (with /intervals off's argument) and example ids aside. */
function words(messages: OutgoingMessage[]): string[] {
  return messages
    .flatMap((m) => [m.html, m.document?.caption ?? '', ...(m.buttons ?? []).flat().map((b) => b.text)])
    .map((s) =>
      s
        .replace(/<[^>]+>/g, ' ')
        .replace(/\/[a-z_]+(?: off)?/g, ' ')
        .replace(/\bi\d+ \S+/g, ' '),
    )
    .flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []);
}

function english(lang: Language, messages: OutgoingMessage[]): string[] {
  const latin = words(messages);
  return lang === 'ru' ? latin.filter((w) => !BRANDS.test(w)) : latin.filter((w) => ENGLISH.test(w));
}

const PROBLEMS: ActivityFileProblem[] = [
  'unsupported',
  'unsupported_media',
  'empty',
  'corrupt',
  'not_running',
  'no_distance',
  'too_big',
  'download',
  'future',
  'too_fast',
];
const REASONS: ApologyReason[] = ['error', 'busy', 'read-only', 'disk full', 'i/o error'];

function everything(lang: Language): OutgoingMessage[] {
  const proposal = { today: '2026-12-01', run: { date: '2026-11-30', distanceKm: 10.2, durationSec: 3150 } };
  return [
    ...runProposal(proposal, 'km', lang, lang),
    ...runProposal({ ...proposal, run: { ...proposal.run, date: '2026-11-25' } }, 'km', lang, lang),
    ...noRunInPhoto(lang),
    ...proposalChange(lang),
    ...proposalCancelled(lang),
    ...mediaNotUnderstood('voice', lang),
    ...mediaNotUnderstood('photo', lang),
    ...voiceTooLong(240, 180, lang),
    ...fileTooBig('photo', 21 * 1024 * 1024, 20 * 1024 * 1024, lang),
    ...fileTooBig('voice', undefined, 20 * 1024 * 1024, lang),
    ...fetchFailed('voice', lang),
    ...fetchFailed('photo', lang),
    ...unsupportedAudio('audio/x-m4a', lang),
    ...otherMessage(true, lang),
    intervalsAsk(lang),
    intervalsConnected('i123456', 0, lang),
    intervalsConnected('i123456', 12, lang),
    intervalsStatus('i123456', lang),
    intervalsRefused(lang),
    intervalsUnavailable(lang),
    intervalsUnreadable(lang),
    intervalsDisconnected(3, true, lang),
    intervalsDisconnected(0, false, lang),
    intervalsNotConnected(lang),
    ...PROBLEMS.map((p) => activityFileProblem(p, lang)),
    ...REASONS.map((r) => ({ html: apologyHtml(r, lang) })),
    { html: buttonFailed(lang) },
  ];
}

describe.each([
  { lang: 'ru' as const, proposal: /По фото: записать 10,2 км за 52:30 вчера\?/, button: '✅ Записать' },
  { lang: 'es' as const, proposal: /Según tu foto: ¿anoto 10,2 km en 52:30 ayer\?/, button: '✅ Anotar' },
  { lang: 'de' as const, proposal: /Laut deinem Foto: 10,2 km in 52:30 gestern eintragen\?/, button: '✅ Eintragen' },
])('feature texts in $lang', ({ lang, proposal, button }) => {
  it('carry no English and say the right words', () => {
    const all = everything(lang);
    expect(english(lang, all)).toEqual([]);
    const [first] = runProposal(
      { today: '2026-12-01', run: { date: '2026-11-30', distanceKm: 10.2, durationSec: 3150 } },
      'km',
      lang,
      lang,
    );
    expect(first?.html.replace(/<[^>]+>/g, '')).toMatch(proposal);
    expect(first?.buttons?.[0]?.[0]?.text).toBe(button);
  });
});

describe('plurals and English', () => {
  it('Russian counts workouts one / few / many, and says nothing for none', () => {
    const say = (n: number) => intervalsConnected('i1', n, 'ru').html;
    expect(say(1)).toContain('1 тренировку');
    expect(say(3)).toContain('3 тренировки');
    expect(say(5)).toContain('5 тренировок');
    expect(say(21)).toContain('21 тренировку');
    expect(say(0)).not.toMatch(/календарь \d/);
    expect(intervalsDisconnected(2, true, 'ru').html).toContain('2 тренировки, которые я туда ставил, удалены');
  });

  it('English keeps its words', () => {
    expect(intervalsConnected('i9', 1, 'en').html).toContain('I put one workout on your calendar; I keep them');
    expect(intervalsConnected('i9', 0, 'en').html).toContain('(athlete i9). I keep them in step');
    expect(intervalsDisconnected(4, true, 'en').html).toBe(
      'intervals.icu is disconnected and the 4 workouts I had put there are removed. Your key is deleted.',
    );
    expect(intervalsDisconnected(0, true, 'en').html).toBe('intervals.icu is disconnected. Your key is deleted.');
    expect(unsupportedAudio(undefined, 'en')[0]?.html).toBe(
      "I can't play that audio format. Send a voice note instead, or type it.",
    );
    expect(apologyHtml('busy')).toMatch(/^Sorry, my database has been busy/);
    expect(activityFileProblem('not_running').html).toMatch(/^That file is not a run/);
  });
});
