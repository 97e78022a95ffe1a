import type { UploadedFile } from '../multipart.ts';
import type { Params } from '../params.ts';

/** What a method may learn of its call beyond the parameters: when the caller goes away (a long poll's end). */
export interface CallContext {
  onClose?: (listener: () => void) => void;
}

/** A Bot API method: parameters (normalised) and uploaded files in, the `result` out (or an ApiError thrown). */
export type Method = (p: Params, files: Record<string, UploadedFile>, call: CallContext) => unknown;

export type Methods = Record<string, Method>;
