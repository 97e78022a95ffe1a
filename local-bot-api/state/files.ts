/**
 * The files the fake Telegram holds: uploads by the bot (multipart, `attach://`), files sent by a user, and URLs the
 * bot passed. Each has Telegram's kind of file_id and a file_path under which `/file/bot<token>/` serves it.
 */
import { badRequest } from '../errors.ts';
import type { UploadedFile } from '../multipart.ts';
import type { Params } from '../params.ts';
import type { StoredFile, UserFile } from '../types.ts';

/** Telegram's file_id prefixes and file_path folders per kind of file. */
const FILE_KINDS = {
  document: { idPrefix: 'BQACAgIAAxk', folder: 'documents' },
  photo: { idPrefix: 'AgACAgIAAxk', folder: 'photos' },
  voice: { idPrefix: 'AwACAgIAAxk', folder: 'voice' },
  audio: { idPrefix: 'CQACAgIAAxk', folder: 'music' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export function mimeOf(filename: string, fallback: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const known: Record<string, string> = {
    json: 'application/json',
    txt: 'text/plain',
    csv: 'text/csv',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    pdf: 'application/pdf',
    gpx: 'application/gpx+xml',
    tcx: 'application/vnd.garmin.tcx+xml',
    svg: 'image/svg+xml',
    webp: 'image/webp',
    oga: 'audio/ogg',
    ogg: 'audio/ogg',
    opus: 'audio/ogg',
    mp3: 'audio/mpeg',
    m4a: 'audio/mp4',
    wav: 'audio/wav',
    flac: 'audio/flac',
  };
  return known[ext] ?? (fallback === 'application/octet-stream' ? fallback : fallback || 'application/octet-stream');
}

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private nextFileId = 1;

  constructor(private readonly botId: number) {}

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  byFilePath(path: string): StoredFile | undefined {
    return this.byPath.get(path);
  }

  store(
    upload: UploadedFile | { url: string; filename: string; contentType: string },
    kind: FileKind = 'document',
  ): StoredFile {
    const n = this.nextFileId++;
    const filename = upload.filename.replace(/[\\/]/g, '_') || `file_${n}`;
    const ext = filename.includes('.') ? filename.slice(filename.lastIndexOf('.')) : '';
    const { idPrefix, folder } = FILE_KINDS[kind];
    const file: StoredFile = {
      fileId: `${idPrefix}${String(n).padStart(6, '0')}LOCAL${this.botId}`,
      fileUniqueId: `AgAD${String(n).padStart(6, '0')}`,
      filename,
      mimeType: mimeOf(filename, upload.contentType),
      filePath: `${folder}/file_${n}${ext}`,
    };
    if ('bytes' in upload) file.bytes = upload.bytes;
    else file.url = upload.url;
    this.byId.set(file.fileId, file);
    this.byPath.set(file.filePath, file);
    return file;
  }

  /** A file a user sends (the test side). */
  storeFromUser(kind: FileKind, upload: UserFile, defaultName: string, duration?: number): StoredFile {
    const bytes = typeof upload.bytes === 'string' ? new TextEncoder().encode(upload.bytes) : upload.bytes;
    const filename = upload.filename ?? defaultName;
    const defaultType = kind === 'voice' ? 'audio/ogg' : mimeOf(filename, 'application/octet-stream');
    const file = this.store({ filename, contentType: upload.mimeType ?? defaultType, bytes }, kind);
    if (upload.mimeType) file.mimeType = upload.mimeType;
    if (duration !== undefined) file.duration = duration;
    return file;
  }

  /** The file a send method names in `field`: an upload, a known file_id or a URL, as Telegram takes them. */
  resolveInput(
    p: Params,
    files: Record<string, UploadedFile>,
    field: string,
    maxBytes: number,
    kind: FileKind = 'document',
  ): StoredFile {
    const value = p[field];
    let upload: UploadedFile | undefined;
    if (typeof value === 'string' && value.startsWith('attach://')) upload = files[value.slice('attach://'.length)];
    else if (files[field]) upload = files[field];
    if (upload) {
      if (upload.bytes.length > maxBytes) throw badRequest('file is too big');
      if (upload.bytes.length === 0) throw badRequest('file must be non-empty');
      return this.store(upload, kind);
    }
    if (typeof value === 'string' && value !== '') {
      const known = this.byId.get(value);
      if (known) return known;
      if (/^https?:\/\//i.test(value)) {
        const name = decodeURIComponent(new URL(value).pathname.split('/').pop() || field);
        return this.store({ url: value, filename: name, contentType: 'application/octet-stream' });
      }
      throw badRequest('wrong file identifier/HTTP URL specified');
    }
    throw badRequest(`there is no ${field} in the request`);
  }
}
