/**
 * The store seam (design.md, "One store"): every SQL statement lives in src/db and the rest of the code calls the
 * store's operations, so a second backend needs only a second src/db (docs/architecture.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** What only src/db may hold; each with the reason a reader of the failure needs. */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'imports drizzle-orm', pattern: /from ['"]drizzle-orm(\/[^'"]*)?['"]/ },
  { what: 'imports better-sqlite3', pattern: /from ['"]better-sqlite3['"]/ },
  { what: 'imports the table definitions', pattern: /from ['"][./]*\/?db\/schema(\.ts)?['"]/ },
  { what: "imports the store's handle", pattern: /from ['"][./]*\/?db\/store\/handle(\.ts)?['"]/ },
  { what: 'reaches for the drizzle handle', pattern: /\bstore\.db\b|\$client\b/ },
  { what: 'builds SQL with drizzle', pattern: /\bsql`|\bsql\.placeholder\(|\.prepare\(/ },
  { what: 'holds SQL text', pattern: sqlText() },
];

/** A string that starts with a statement, in lower or upper case (a sentence's "Select your goal" is neither). */
function sqlText(): RegExp {
  const statements =
    'select\\s[\\w*,.() ]+\\sfrom\\s|insert\\s+(?:or\\s+\\w+\\s+)?into\\s|update\\s+\\w+\\s+set\\s|delete\\s+from\\s|pragma\\s|create\\s+(?:table|index)\\s';
  return new RegExp(
    `['"\`]\\s*(?:${statements}|${statements.toUpperCase().replaceAll('\\S', '\\s').replaceAll('\\W', '\\w')})`,
  );
}

/** src/db/client.ts opens the file; the CLI and start-up close what they opened through it. */
const outside = tsFiles(SRC).filter((f) => !relative(SRC, f).startsWith(`db${'/'}`));

describe('the store seam', () => {
  it('finds the source files it checks', () => {
    expect(outside.length).toBeGreaterThan(100);
    expect(outside.some((f) => f.endsWith(join('jobs', 'fanout.ts')))).toBe(true);
  });

  it('keeps drizzle, better-sqlite3 and SQL inside src/db', () => {
    const found: string[] = [];
    for (const file of outside) {
      const text = readFileSync(file, 'utf8');
      for (const { what, pattern } of FORBIDDEN) {
        if (pattern.test(text)) found.push(`${relative(ROOT, file)} ${what}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('recognises what it forbids', () => {
    const caught = (text: string) => FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => f.what);
    expect(caught("import { eq } from 'drizzle-orm';")).toEqual(['imports drizzle-orm']);
    expect(caught("import { users } from '../db/schema.ts';")).toEqual(['imports the table definitions']);
    expect(caught("db.prepare('select id from users where x = 1')")).toContain('holds SQL text');
    expect(caught('`DELETE FROM outbox`')).toContain('holds SQL text');
    expect(caught('store.db.select().from(users)')).toContain('reaches for the drizzle handle');
    // Words a runner reads are not SQL.
    expect(caught("'Select your goal from the list'")).toEqual([]);
    expect(caught("'Update your settings'")).toEqual([]);
  });
});
