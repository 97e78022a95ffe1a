/**
 * Voice notes and photos through the real bot: the local Bot API (getFile and downloads), the fake Gemini
 * (inline audio and images recorded), a real SQLite file.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { calls, FakeGemini, inlineDataParts, say, systemText, unavailable } from '../fakes/gemini-server.ts';
import { startHarness, text } from '../helpers/bot-harness.ts';

const dana = { id: 4004, first_name: 'Dana' };
const fakes: FakeGemini[] = [];
afterEach(async () => {
  while (fakes.length) await fakes.pop()?.stop();
});

/** Bytes no other test data contains: found in the database file only if audio or an image was stored. */
function marked(prefix: string, size = 4096): Buffer {
  return Buffer.concat([Buffer.from(prefix), randomBytes(size)]);
}

/** A JPEG header that says 1280×960, then a unique body. */
function jpeg(): Buffer {
  const header = Buffer.from([
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0xc0, 0x05, 0x00, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03,
    0x11, 0x01,
  ]);
  return Buffer.concat([header, marked('IMG', 6000), Buffer.from([0xff, 0xd9])]);
}

async function start(env: Record<string, string> = {}) {
  const fake = new FakeGemini();
  fakes.push(fake);
  const { baseUrl } = await fake.start();
  const h = await startHarness({
    // Tuesday 1 December 2026, 19:00 in Berlin.
    now: '2026-12-01T18:00:00Z',
    env: { GEMINI_API_KEY: 'fake-key', GEMINI_BASE_URL: baseUrl, GEMINI_TIMEOUT_MS: '3000', ...env },
  });
  await h.say(dana, '/start');
  h.store.users.update(dana.id, { onboarded: true, pendingFlow: null, timezone: 'Europe/Berlin' });
  return { fake, h };
}

/** Every byte of the database (the file and its write-ahead log). */
function databaseBytes(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p)));
}

function expectNotStored(path: string, bytes: Buffer): void {
  const db = databaseBytes(path);
  // The unique middle of the file, raw and as base64 (how it travels to Gemini). Starting at a multiple of
  // 3 bytes, the probe's base64 is a substring of the whole file's base64.
  const probe = bytes.subarray(99, 99 + 63);
  expect(db.includes(probe)).toBe(false);
  expect(bytes.toString('base64')).toContain(probe.toString('base64'));
  expect(db.includes(Buffer.from(probe.toString('base64')))).toBe(false);
}

describe('voice notes', () => {
  it('a voice note goes to the model as inline audio, the model logs the run, the reply says what it heard', async () => {
    const { fake, h } = await start();
    const audio = marked('OggS');
    fake.enqueue(
      calls(['log_run', { distanceKm: 8, duration: '44:00', notes: 'legs heavy' }]),
      say('Heard: 8 km in 44 min, legs heavy. Logged it, nice steady run.'),
    );
    const reply = await h.act(dana, (api) => api.sendVoiceFromUser(dana, { bytes: audio, duration: 14 }));

    expect(text(reply)).toMatch(/^Heard: 8 km in 44 min, legs heavy\./);
    const runs = h.store.runs.between(dana.id, '2026-12-01', '2026-12-01');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ distanceKm: 8, durationSec: 2640, source: 'manual' });

    const first = fake.requests[0]!;
    expect(first.model).toBe('gemini-3.5-flash');
    expect(inlineDataParts(first)).toEqual([{ mimeType: 'audio/ogg', bytes: audio.length }]);
    expect(systemText(first)).toContain('This turn is a voice note');
    const declared = first.body.tools?.[0]?.functionDeclarations?.map((d) => d.name) ?? [];
    expect(declared).toContain('log_run');
    expect(declared).not.toContain('propose_run');
    expect(h.api.callsTo('getFile')).toHaveLength(1);
    // The second request of the turn still carries the audio (same turn); the next turn only a placeholder.
    expect(inlineDataParts(fake.requests[1]!)).toHaveLength(1);
    fake.enqueue(say('Any time.'));
    await h.say(dana, 'thanks');
    expect(inlineDataParts(fake.requests[2]!)).toEqual([]);
    expect(JSON.stringify(fake.requests[2]!.body.contents)).toContain('[Voice note, 14 s]');
    expect(fake.violations).toEqual([]);

    // Never stored: not the audio, not its base64, in no table.
    expectNotStored(h.dbPath, audio);
    const history = JSON.stringify(h.store.history.all(dana.id));
    expect(history).not.toContain('inlineData');
    expect(history).toContain('[Voice note, 14 s] (not kept)');
    // The probe reads the right files: what is stored is found there.
    expect(databaseBytes(h.dbPath).includes(Buffer.from('[Voice note, 14 s] (not kept)'))).toBe(true);
  });

  it('an audio file (mp3) is heard too; a format Gemini does not take gets a clear answer', async () => {
    const { fake, h } = await start();
    fake.enqueue(say('Heard: easy 5 km this morning. Nice!'));
    const reply = await h.act(dana, (api) =>
      api.sendAudioFromUser(dana, { bytes: marked('ID3'), filename: 'run.mp3', duration: 20 }),
    );
    expect(text(reply)).toContain('Heard: easy 5 km');
    expect(inlineDataParts(fake.requests[0]!)[0]?.mimeType).toBe('audio/mp3');

    const m4a = await h.act(dana, (api) =>
      api.sendAudioFromUser(dana, { bytes: 'xx', filename: 'memo.m4a', mimeType: 'audio/x-m4a', duration: 20 }),
    );
    expect(text(m4a)).toContain("I can't play that audio format (audio/x-m4a)");
    expect(fake.requests).toHaveLength(1);
  });

  it('too long or too big: a clear reply, nothing downloaded, nothing sent to the model', async () => {
    const { fake, h } = await start();
    const long = await h.act(dana, (api) => api.sendVoiceFromUser(dana, { bytes: 'OggS', duration: 240 }));
    expect(text(long)).toContain('That voice note is 4:00 long; I can listen to up to 3 minutes');

    const big = await h.act(dana, (api) =>
      api.sendVoiceFromUser(dana, { bytes: new Uint8Array(21 * 1024 * 1024), duration: 170 }),
    );
    expect(text(big)).toContain('That file is 21 MB; Telegram lets me download up to 20 MB');
    expect(h.api.callsTo('getFile')).toHaveLength(0);
    expect(fake.requests).toHaveLength(0);
  });

  it('every model failing: the runner is asked to type it; no run is invented', async () => {
    const { fake, h } = await start();
    fake.handle(() => unavailable());
    const reply = await h.act(dana, (api) => api.sendVoiceFromUser(dana, { bytes: marked('OggS'), duration: 9 }));
    expect(text(reply)).toContain("Sorry, I couldn't listen to that voice note just now. Could you type it instead?");
    expect(fake.requests.map((r) => r.model)).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite']);
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);
  });
});

describe('photos', () => {
  it('photo → proposal with Log / Change / Cancel → nothing logged → Log → the run is stored once', async () => {
    const { fake, h } = await start();
    const image = jpeg();
    fake.enqueue(calls(['propose_run', { distanceKm: 10.2, duration: '52:30' }]), say('Looks like a solid 10K!'));
    const reply = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: image, caption: 'this morning' }));

    expect(text(reply)).toBe('From your photo: log 10.2 km in 52:30 today?');
    const proposal = reply.at(-1)!;
    const labels = (proposal.replyMarkup as { inline_keyboard: { text: string }[][] }).inline_keyboard
      .flat()
      .map((b) => b.text);
    expect(labels).toEqual(['✅ Log', '✏️ Change', '✖️ Cancel']);
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);

    const first = fake.requests[0]!;
    expect(inlineDataParts(first)).toEqual([{ mimeType: 'image/jpeg', bytes: image.length }]);
    expect(first.body.tools?.[0]?.functionDeclarations?.map((d) => d.name)).toEqual(['propose_run']);
    expect(systemText(first)).toContain('This turn is a photo');
    expect(JSON.stringify(first.body.contents)).toContain('[Photo, caption: this morning]');
    // The original (largest) size was fetched.
    expect(h.api.callsTo('getFile')).toHaveLength(1);

    const logged = await h.press(dana, '✅ Log');
    expect(text(logged.messages)).toContain('Logged: 10.2 km in 52:30');
    const runs = h.store.runs.between(dana.id, '2026-12-01', '2026-12-01');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ distanceKm: 10.2, durationSec: 3150 });
    // The proposal lost its buttons; tapping its old Log again does not log twice.
    expect(h.api.getMessage(dana.id, proposal.messageId)?.replyMarkup).toBeUndefined();
    const again = await h.pressData(dana, proposal.messageId, 'plog:2026-12-01:10.2:3150');
    expect(text(again.messages)).toContain('I already had this run');
    expect(h.store.runs.between(dana.id, '2026-12-01', '2026-12-01')).toHaveLength(1);

    expectNotStored(h.dbPath, image);
    expect(JSON.stringify(h.store.history.all(dana.id))).not.toContain('inlineData');
    expect(fake.violations).toEqual([]);
  });

  it('Cancel logs nothing; Change asks for the right numbers', async () => {
    const { fake, h } = await start();
    fake.enqueue(calls(['propose_run', { distanceKm: 5, duration: '31:10', date: '2026-11-30' }]), say('ok'));
    const reply = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(text(reply)).toBe('From your photo: log 5 km in 31:10 yesterday?');
    const cancelled = await h.press(dana, '✖️ Cancel');
    // The proposal is edited (its buttons go), then the answer.
    expect(cancelled.messages.at(-1)?.text).toBe('OK, not logged.');
    expect(cancelled.messages[0]?.replyMarkup).toBeUndefined();
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);

    fake.enqueue(calls(['propose_run', { distanceKm: 5, duration: '31:10' }]), say('ok'));
    await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    const change = await h.press(dana, '✏️ Change');
    expect(text(change.messages)).toContain('Tell me the right numbers in words');
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);
  });

  it('a photo with no run gets a clear answer; a model that tries log_run on a photo logs nothing', async () => {
    const { fake, h } = await start();
    fake.enqueue(say('That is a photo of a cat, not a run summary. Send the summary screen, or type it.'));
    const cat = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(text(cat)).toContain('not a run summary');
    expect(cat.every((m) => !m.replyMarkup)).toBe(true);

    fake.enqueue(calls(['log_run', { distanceKm: 10, duration: '50:00' }]), say(''));
    const sneaky = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(text(sneaky)).toContain("I couldn't find a run's distance and time in that photo");
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);
  });

  it('an implausible reading is not proposed: the model is told why', async () => {
    const { fake, h } = await start();
    fake.enqueue(
      calls(['propose_run', { distanceKm: 42, duration: '52:30' }]),
      say('The numbers look off (42 km in 52:30?). Could you type the run?'),
    );
    const reply = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(text(reply)).toContain('The numbers look off');
    const error = fake.requests[1]?.body.contents.at(-1)?.parts[0]?.functionResponse?.response;
    expect(JSON.stringify(error)).toContain('faster than the world record');
  });

  it('other documents are not taken for photos: the runner hears what the coach can take', async () => {
    const { fake, h } = await start();
    const reply = await h.act(dana, (api) =>
      api.sendDocumentFromUser(dana, { filename: 'plan.pdf', bytes: '%PDF-1.7' }),
    );
    expect(text(reply)).toContain('in a voice note, or send a photo');
    expect(fake.requests).toHaveLength(0);
  });

  it('a screen with two runs gets two proposals, each with its own Log', async () => {
    const { fake, h } = await start();
    fake.enqueue(
      calls(
        ['propose_run', { distanceKm: 5, duration: '28:00', date: '2026-11-29' }],
        ['propose_run', { distanceKm: 12, duration: '1:05:00', date: '2026-11-30' }],
      ),
      say('ok'),
    );
    const reply = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(reply.map((m) => m.text)).toEqual([
      'From your photo: log 5 km in 28:00 on Sun 29 Nov?',
      'From your photo: log 12 km in 1:05:00 yesterday?',
    ]);
    await h.press(dana, '✅ Log');
    const runs = h.store.runs.between(dana.id, '2026-11-01', '2026-12-31');
    expect(runs.map((r) => r.distanceKm)).toEqual([12]);
  });

  it('a photo sent as a file is read like a photo', async () => {
    const { fake, h } = await start();
    fake.enqueue(calls(['propose_run', { distanceKm: 7.5, duration: '40:00' }]), say('ok'));
    const reply = await h.act(dana, (api) =>
      api.sendDocumentFromUser(dana, { filename: 'watch.png', bytes: marked('PNG'), mimeType: 'image/png' }),
    );
    expect(text(reply)).toBe('From your photo: log 7.5 km in 40:00 today?');
    expect(inlineDataParts(fake.requests[0]!)[0]?.mimeType).toBe('image/png');
  });
});

describe('without Gemini', () => {
  it('voice notes and photos get a friendly reply asking to type it; nothing is downloaded', async () => {
    const fake = new FakeGemini();
    fakes.push(fake);
    const h = await startHarness({ now: '2026-12-01T18:00:00Z' });
    await h.say(dana, '/start');
    const voice = await h.act(dana, (api) => api.sendVoiceFromUser(dana, { bytes: 'OggS', duration: 5 }));
    expect(text(voice)).toContain('I can only listen to voice notes when the Gemini coach is switched on here');
    expect(text(voice)).toContain('type it instead');
    const photo = await h.act(dana, (api) => api.sendPhotoFromUser(dana, { bytes: jpeg() }));
    expect(text(photo)).toContain('I can only read photos when the Gemini coach is switched on here');
    expect(h.api.callsTo('getFile')).toHaveLength(0);
    expect(h.store.runs.between(dana.id, '2026-11-01', '2026-12-31')).toHaveLength(0);
  });
});
