/**
 * Every message key exists in every locale, with the same placeholders, and every key is used by the code.
 * Keys are read from the .ftl files; uses are the literal keys in src/ and web/src (src/messages/index.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { i18n, LOCALES_DIR } from '../../src/messages/i18n.ts';
import { LANGUAGES } from '../../src/messages/languages.ts';

/** Every supported language is held to English's keys and placeholders. */
const CHECKED: readonly string[] = LANGUAGES;

/**
 * Areas whose file is complete in more languages than CHECKED (the other areas' files are still being written):
 * each such file is held to the English file's keys and placeholders.
 */
const CHECKED_FILES: Readonly<Record<string, readonly string[]>> = {};

type Node = unknown;

/** Variable names a Fluent pattern uses, through select expressions and function arguments. */
function variablesOf(node: Node, out: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) variablesOf(n, out);
  } else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.type === 'var' && typeof n.name === 'string') out.add(n.name);
    for (const key of ['selector', 'variants', 'value', 'args']) if (key in n) variablesOf(n[key], out);
  }
  return out;
}

interface Entry {
  id: string;
  vars: string[];
}

function entriesOf(lang: string, only?: string): Map<string, Entry> {
  const dir = join(LOCALES_DIR, lang);
  const entries = new Map<string, Entry>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl') && (only === undefined || f === only))) {
    const resource = new FluentResource(readFileSync(join(dir, file), 'utf8'));
    for (const m of resource.body) {
      if (m.id.startsWith('-')) continue; // terms are private to a locale
      const vars = variablesOf(m.value, new Set());
      for (const [attr, pattern] of Object.entries(m.attributes)) {
        entries.set(`${m.id}.${attr}`, { id: `${m.id}.${attr}`, vars: [...variablesOf(pattern, new Set())].sort() });
      }
      if (m.value !== null) entries.set(m.id, { id: m.id, vars: [...vars].sort() });
    }
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const ROOT = join(LOCALES_DIR, '..');
const code = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'web', 'src'))]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')
  // Comments (examples in docs) are not uses.
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '');

describe('locales', () => {
  const en = entriesOf('en');

  it('every language folder parses into a bundle (no Fluent syntax errors)', () => {
    expect(() => i18n()).not.toThrow();
    for (const lang of CHECKED) expect(LANGUAGES as readonly string[]).toContain(lang);
    for (const lang of new Set([...CHECKED, ...Object.values(CHECKED_FILES).flat()])) {
      for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.ftl'))) {
        const text = readFileSync(join(LOCALES_DIR, lang, file), 'utf8');
        // FluentResource skips junk silently: count messages against lines that start one.
        const starts = text.split('\n').filter((l) => /^-?[a-zA-Z][\w-]*\s*=/.test(l)).length;
        expect(new FluentResource(text).body.length, `${lang}/${file}`).toBe(starts);
      }
    }
  });

  it.each(CHECKED.filter((l) => l !== 'en'))('%s has exactly the English keys, with the same placeholders', (lang) => {
    const other = entriesOf(lang);
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    expect(missing, `missing in ${lang}`).toEqual([]);
    expect(extra, `not in English (${lang})`).toEqual([]);
    const differing = [...en.values()]
      .filter((e) => other.has(e.id) && other.get(e.id)?.vars.join(',') !== e.vars.join(','))
      .map((e) => `${e.id}: en {${e.vars.join(', ')}} vs ${lang} {${other.get(e.id)?.vars.join(', ')}}`);
    expect(differing).toEqual([]);
  });

  const fileCases = Object.entries(CHECKED_FILES).flatMap(([file, langs]) => langs.map((lang) => [lang, file]));
  it.each(fileCases)('%s/%s has exactly the English keys, with the same placeholders', (lang, file) => {
    const base = entriesOf('en', file);
    const other = entriesOf(lang, file);
    expect(base.size, `en/${file}`).toBeGreaterThan(0);
    expect(
      [...base.keys()].filter((k) => !other.has(k)),
      `missing in ${lang}/${file}`,
    ).toEqual([]);
    expect(
      [...other.keys()].filter((k) => !base.has(k)),
      `not in en/${file}`,
    ).toEqual([]);
    const differing = [...base.values()].filter((e) => other.get(e.id)?.vars.join(',') !== e.vars.join(','));
    expect(differing.map((e) => e.id)).toEqual([]);
  });

  it.each(CHECKED)('%s defines each server key once across its area files (one bundle per language)', (lang) => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    const dir = join(LOCALES_DIR, lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl') && f !== 'web.ftl')) {
      for (const m of new FluentResource(readFileSync(join(dir, file), 'utf8')).body) {
        const where = seen.get(m.id);
        if (where) twice.push(`${m.id} (${where}, ${file})`);
        seen.set(m.id, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('every English key is used by the code', () => {
    const unused = [...en.keys()].filter((k) => !code.includes(`'${k}'`) && !code.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('every key the code asks for exists in English', () => {
    const asked = new Set<string>();
    const call = /\b(?:t|tr|button|linkButton)\(\s*(?:[\w.]+\s*,\s*)?'([a-z][a-z0-9-]*(?:\.[a-z][\w-]*)?)'/g;
    for (const m of code.matchAll(call)) asked.add(m[1] as string);
    expect([...asked].filter((k) => !en.has(k))).toEqual([]);
  });
});
