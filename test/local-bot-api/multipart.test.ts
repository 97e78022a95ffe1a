import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '../../local-bot-api/multipart.ts';

describe('parseMultipart', () => {
  it("parses grammY's compact parts (no spaces, unquoted filename with spaces) that undici refuses", () => {
    const b = '----------abc123';
    const body = Buffer.concat([
      Buffer.from(`--${b}\r\ncontent-disposition:form-data;name="chat_id"\r\n\r\n42\r\n`),
      Buffer.from(`--${b}\r\ncontent-disposition:form-data;name="document"\r\n\r\nattach://xyz\r\n`),
      Buffer.from(
        `--${b}\r\ncontent-disposition:form-data;name="xyz";filename=my export.json\r\ncontent-type:application/octet-stream\r\n\r\n`,
      ),
      Buffer.from([0, 1, 2, 13, 10, 45, 45, 255]),
      Buffer.from(`\r\n--${b}--\r\n`),
    ]);
    const r = parseMultipart(body, boundaryOf(`multipart/form-data; boundary=${b}`)!);
    expect(r.fields).toEqual({ chat_id: '42', document: 'attach://xyz' });
    expect(r.files.xyz?.filename).toBe('my export.json');
    expect([...r.files.xyz!.bytes]).toEqual([0, 1, 2, 13, 10, 45, 45, 255]);
  });

  it('parses what the platform FormData produces', async () => {
    const fd = new FormData();
    fd.set('chat_id', '7');
    fd.set('photo', new Blob([new Uint8Array([1, 2, 3])]), 'a "b".png');
    const req = new Request('http://x/', { method: 'POST', body: fd });
    const type = req.headers.get('content-type')!;
    const r = parseMultipart(Buffer.from(await req.arrayBuffer()), boundaryOf(type)!);
    expect(r.fields.chat_id).toBe('7');
    expect([...r.files.photo!.bytes]).toEqual([1, 2, 3]);
  });
});
