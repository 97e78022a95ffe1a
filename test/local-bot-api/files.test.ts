import { GrammyError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { alice, type Harness, startHarness, startPolling, stopHarness } from './helpers.ts';

let h: Harness | undefined;

afterEach(async () => {
  if (h) await stopHarness(h);
  h = undefined;
});

// A 2×3 PNG and the start of a JPEG whose SOF0 says 1280×960.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGP4z8DwHwyBNAMDAE6+Bf6fBk4AAAAAAElFTkSuQmCC',
  'base64',
);
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x03, 0xc0, 0x05, 0x00, 0x03, 0x01,
  0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
]);

async function download(path: string | undefined): Promise<Response> {
  return fetch(`${h!.apiRoot}/file/bot${h!.api.token}/${path}`);
}

describe('LocalBotApi: files the user sends, getFile and downloads', () => {
  it('delivers a voice note as message.voice; getFile answers a File object and the bytes download', async () => {
    h = await startHarness();
    const seen: unknown[] = [];
    h.bot.on('message:voice', async (ctx) => {
      seen.push(ctx.message.voice);
      const file = await ctx.getFile();
      const bytes = Buffer.from(await (await download(file.file_path)).arrayBuffer());
      await ctx.reply(`${file.file_path} ${bytes.toString()}`);
    });
    await startPolling(h);
    h.api.sendVoiceFromUser(alice, { bytes: 'OggS-voice', duration: 7.4 });
    const reply = await h.api.waitForMessage(alice.id, /voice/);
    expect(reply.text).toMatch(/^voice\/file_\d+\.oga OggS-voice$/);
    expect(seen[0]).toMatchObject({ duration: 7, mime_type: 'audio/ogg', file_size: 10 });
    expect((seen[0] as { file_id: string }).file_id).toMatch(/^AwAC/);

    const voice = seen[0] as { file_id: string; file_unique_id: string };
    const file = await h.bot.api.getFile(voice.file_id);
    expect(file).toEqual({
      file_id: voice.file_id,
      file_unique_id: voice.file_unique_id,
      file_size: 10,
      file_path: expect.stringMatching(/^voice\//),
    });
    const res = await download(file.file_path);
    expect(res.headers.get('content-type')).toBe('audio/ogg');
  });

  it('delivers audio files, documents and photos with Telegram’s fields', async () => {
    h = await startHarness();
    const messages: Record<string, unknown>[] = [];
    h.bot.on('message', (ctx) => {
      messages.push(ctx.message as unknown as Record<string, unknown>);
    });
    await startPolling(h);
    h.api.sendAudioFromUser(alice, { bytes: 'ID3', filename: 'run.mp3', duration: 61, title: 'after the run' });
    h.api.sendDocumentFromUser(alice, { filename: 'morning.fit', bytes: new Uint8Array([14, 16]), caption: 'mine' });
    h.api.sendPhotoFromUser(alice, { bytes: JPEG, caption: 'my watch' });
    h.api.sendPhotoFromUser(alice, { bytes: PNG });
    await h.api.waitForIdle();
    expect(messages).toHaveLength(4);
    const [audio, doc, photo, small] = messages as [
      { audio: Record<string, unknown> },
      { document: Record<string, unknown>; caption: string },
      { photo: { width: number; height: number; file_id: string }[]; caption: string },
      { photo: { width: number; height: number }[] },
    ];
    expect(audio.audio).toMatchObject({
      duration: 61,
      file_name: 'run.mp3',
      mime_type: 'audio/mpeg',
      title: 'after the run',
      file_size: 3,
    });
    expect(doc.document).toMatchObject({ file_name: 'morning.fit', file_size: 2 });
    expect(doc.caption).toBe('mine');
    // smallest first, the original last
    expect(photo.photo.map((p) => [p.width, p.height])).toEqual([
      [90, 68],
      [320, 240],
      [800, 600],
      [1280, 960],
    ]);
    expect(photo.caption).toBe('my watch');
    expect(new Set(photo.photo.map((p) => p.file_id)).size).toBe(4);
    expect(small.photo.map((p) => [p.width, p.height])).toEqual([[2, 3]]);

    const original = await h.bot.api.getFile(photo.photo[3]!.file_id);
    expect(original.file_path).toMatch(/^photos\/file_\d+\.jpg$/);
    const body = Buffer.from(await (await download(original.file_path)).arrayBuffer());
    expect(body.equals(JPEG)).toBe(true);
    const fit = await h.bot.api.getFile(doc.document.file_id as string);
    expect(fit.file_path).toMatch(/^documents\/file_\d+\.fit$/);
    expect([...Buffer.from(await (await download(fit.file_path)).arrayBuffer())]).toEqual([14, 16]);
  });

  it('refuses files over 20 MB and unknown ids like Telegram; unknown paths and wrong tokens do not download', async () => {
    h = await startHarness();
    const big = h.api.sendVoiceFromUser(alice, { bytes: new Uint8Array(20 * 1024 * 1024 + 1), duration: 60 });
    const tooBig = (await h.bot.api.getFile(big.voice!.file_id).catch((e: unknown) => e)) as GrammyError;
    expect(tooBig).toBeInstanceOf(GrammyError);
    expect(tooBig.error_code).toBe(400);
    expect(tooBig.description).toBe('Bad Request: file is too big');

    const unknown = (await h.bot.api.getFile('AwACAgIAAxk-nope').catch((e: unknown) => e)) as GrammyError;
    expect(unknown.description).toBe('Bad Request: invalid file_id');

    const exactly = h.api.sendDocumentFromUser(alice, { filename: 'a.gpx', bytes: new Uint8Array(20 * 1024 * 1024) });
    const ok = await h.bot.api.getFile(exactly.document!.file_id);
    expect(ok.file_size).toBe(20 * 1024 * 1024);

    expect((await download('voice/file_999.oga')).status).toBe(404);
    const wrongToken = await fetch(`${h.apiRoot}/file/bot1:wrong/${ok.file_path}`);
    expect(wrongToken.status).toBe(401);
  });
});
