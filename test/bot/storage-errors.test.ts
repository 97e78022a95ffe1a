/**
 * A database that cannot take a write (here read-only: SQLite's query_only on the bot's own connection, as a
 * read-only file or mount would be) gets an apology that tells the truth: what could not be saved, and that the
 * runner should send it again. Never "nothing was lost", nor a tool's "nothing was changed" as if the runner's
 * input were at fault.
 */
import { describe, expect, it } from 'vitest';
import { startHarness, text } from '../helpers/bot-harness.ts';
import { dbOf } from '../helpers/db.ts';

describe('the database cannot be written', () => {
  it('a logged run on a read-only database: the runner hears that it could not be saved; then it works', async () => {
    const h = await startHarness();
    const ana = { id: 4101, first_name: 'Ana' };
    await h.say(ana, '/start');
    const sqlite = dbOf(h.store).$client;
    sqlite.pragma('query_only = 1');
    const reply = text(await h.say(ana, '/log 8k 42:30 rpe 5'));
    expect(reply).toMatch(/Sorry, I could not save that: my storage is read-only right now/);
    expect(reply).not.toMatch(/lost|nothing was changed/i);
    expect(sqlite.prepare('select count(*) n from runs').get()).toEqual({ n: 0 });
    // Writable again: the same message works.
    sqlite.pragma('query_only = 0');
    expect(text(await h.say(ana, '/log 8k 42:30 rpe 5'))).toMatch(/Logged: 8 km/);
  });
});
