/**
 * The Mini App's words (locales/<lang>/web.ftl): every id the app uses exists in every language with the same
 * placeholders, no language carries an id the app does not use, every message formats without a Fluent error
 * (plural branches included), and no translation was left in English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { intlLocale, LANGUAGES, pickLanguage, supportedLanguage } from '../../web/src/lib/locale.ts';

const ROOT = process.cwd();
const WEB_SRC = join(ROOT, 'web', 'src');

function ftl(language: string): string {
  return readFileSync(join(ROOT, 'locales', language, 'web.ftl'), 'utf8');
}

/** Every variable a Fluent pattern refers to (in text, selectors and variants). */
function variables(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) variables(n, into);
  else if (node && typeof node === 'object') {
    const o = node as { type?: string; name?: string };
    if (o.type === 'var' && typeof o.name === 'string') into.add(o.name);
    for (const value of Object.values(node)) variables(value, into);
  }
  return into;
}

interface Parsed {
  ids: string[];
  vars: Map<string, string[]>;
  bundle: FluentBundle;
}

function parse(language: (typeof LANGUAGES)[number]): Parsed {
  const text = ftl(language);
  const resource = new FluentResource(text);
  const body = (resource as unknown as { body: { id: string; value: unknown }[] }).body;
  // FluentResource skips what it cannot parse: every `id =` line must have become a message.
  const declared = [...text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)].map((m) => m[1]);
  expect(
    body.map((m) => m.id),
    `${language}: a message failed to parse`,
  ).toEqual(declared);
  const bundle = new FluentBundle(intlLocale(language), { useIsolating: false });
  expect(bundle.addResource(resource), `${language}: duplicate ids`).toEqual([]);
  return {
    ids: body.map((m) => m.id),
    vars: new Map(body.map((m) => [m.id, [...variables(m.value)].sort()])),
    bundle,
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Ids the app asks for: `t('id'…)` and ids chosen at run time, marked `k('id')` (web/src/lib/messages.ts). */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of sourceFiles(WEB_SRC)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b[tk]\(\s*'([a-z0-9-]+)'/g)) if (m[1]) ids.add(m[1]);
  }
  return ids;
}

/** Messages that read the same in a language as in English, on purpose (names, symbols, numbers). */
const SAME_AS_ENGLISH = new Set([
  'header-no-plan',
  'tab-plan',
  'goal-5k',
  'goal-10k',
  'vdot',
  'legend-marks',
  'pace-per-km',
  'pace-per-mi',
  'chip-tempo',
  'type-tempo',
  'acwr',
  'download-fit',
  'chip-marathon-pace',
  'phase-base',
  'phase-taper',
  'error-time',
  'step-single',
  'step-repeats',
  'chip-intervals',
  'type-intervals',
  'title-intervals-plain',
  'chip-race',
]);
/** Words a language shares with English ("Marathon", "Fitness", "Miles"). */
const SAME_IN: Partial<Record<string, string[]>> = {
  de: ['goal-marathon', 'fitness'],
  fr: ['goal-marathon', 'fatigue', 'units-mi', 'title-tempo'],
  pt: ['title-tempo'],
};

const english = parse('en');

describe('the Mini App in eight languages (locales/*/web.ftl)', () => {
  it('uses exactly the ids English has: none missing, none unused', () => {
    const used = usedIds();
    expect([...used].filter((id) => !english.ids.includes(id)).sort(), 'used but missing').toEqual([]);
    expect(english.ids.filter((id) => !used.has(id)).sort(), 'in web.ftl but unused').toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`${language}: the same ids and placeholders as English, each formatting cleanly`, () => {
      const parsed = parse(language);
      expect([...parsed.ids].sort()).toEqual([...english.ids].sort());
      for (const id of english.ids) {
        expect(parsed.vars.get(id), `${language} ${id}: placeholders`).toEqual(english.vars.get(id));
        const message = parsed.bundle.getMessage(id);
        if (!message?.value) throw new Error(`${language} ${id}: no value`);
        // Every plural branch: 1, 2, 5, 21, 0 cover one/few/many/other in these languages.
        for (const n of [0, 1, 2, 5, 21]) {
          const args = Object.fromEntries((english.vars.get(id) ?? []).map((v) => [v, n]));
          const errors: Error[] = [];
          const text = parsed.bundle.formatPattern(message.value, args, errors);
          expect(errors, `${language} ${id}`).toEqual([]);
          expect(text.trim(), `${language} ${id}`).not.toBe('');
        }
      }
    });

    if (language !== 'en') {
      it(`${language}: translated, not left in English`, () => {
        const parsed = parse(language);
        const same = english.ids.filter((id) => {
          const a = english.bundle.getMessage(id)?.value;
          const b = parsed.bundle.getMessage(id)?.value;
          const allowed = SAME_AS_ENGLISH.has(id) || SAME_IN[language]?.includes(id);
          return JSON.stringify(a) === JSON.stringify(b) && !allowed;
        });
        expect(same).toEqual([]);
      });
    }
  }

  it('picks the runner’s language, then Telegram’s when supported, else English', () => {
    expect(pickLanguage('de', 'ru')).toBe('de');
    expect(pickLanguage(undefined, 'ru')).toBe('ru');
    expect(pickLanguage(null, 'pt-br')).toBe('pt');
    expect(pickLanguage('', 'uk')).toBe('uk');
    expect(pickLanguage('xx', 'zh-hans')).toBe('en');
    expect(pickLanguage(undefined, undefined)).toBe('en');
    expect(supportedLanguage('ES_es')).toBe('es');
    expect(supportedLanguage('be')).toBeNull();
    expect(supportedLanguage(42 as unknown as string)).toBeNull();
  });

  it('formats numbers and plurals the runner’s way', () => {
    const ru = parse('ru').bundle;
    const days = (n: number) => {
      const m = ru.getMessage('days-count');
      return m?.value ? ru.formatPattern(m.value, { count: n }) : '';
    };
    expect([days(2), days(5), days(21)]).toEqual(['2 дня', '5 дней', '21 день']);
  });
});
