/**
 * A tolerant multipart/form-data parser. Node 20's `Request#formData()` (undici) rejects grammY's
 * multipart bodies (`content-disposition:form-data;name="x";filename=a b.json`, no spaces, unquoted
 * filename), while Telegram accepts them, so the local server parses them itself.
 */
export type UploadedFile = { filename: string; contentType: string; bytes: Uint8Array };
export type MultipartResult = { fields: Record<string, string>; files: Record<string, UploadedFile> };

export class MultipartError extends Error {}

export function boundaryOf(contentType: string): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function headerParam(header: string, name: string): string | undefined {
  // name="quoted" | name=unquoted up to ';' or end of line (filenames may contain spaces)
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i');
  const m = re.exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]?.trim();
}

export function parseMultipart(body: Buffer, boundary: string): MultipartResult {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos === -1) throw new MultipartError('multipart boundary not found');
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing --boundary--
    // skip CRLF after the boundary
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd === -1) throw new MultipartError('malformed multipart part');
    const headers = body.subarray(pos, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next === -1) throw new MultipartError('unterminated multipart part');
    const content = body.subarray(headerEnd + 4, next);
    let disposition = '';
    let contentType = 'application/octet-stream';
    for (const line of headers) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') disposition = value;
      else if (key === 'content-type') contentType = value;
    }
    const name = headerParam(disposition, 'name');
    if (name !== undefined) {
      const filename = headerParam(disposition, 'filename');
      if (filename !== undefined) {
        files[name] = { filename, contentType, bytes: new Uint8Array(content) };
      } else {
        fields[name] = content.toString('utf8');
      }
    }
    pos = next + 2; // at the delimiter
  }
  return { fields, files };
}
