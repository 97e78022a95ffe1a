import type { ResponseParameters } from 'grammy/types';

/** An error answered the way Telegram answers it: `{ ok: false, error_code, description, parameters? }`. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
  }

  toJSON(): { ok: false; error_code: number; description: string; parameters?: ResponseParameters } {
    return this.parameters
      ? { ok: false, error_code: this.errorCode, description: this.description, parameters: this.parameters }
      : { ok: false, error_code: this.errorCode, description: this.description };
  }
}

export const badRequest = (what: string): ApiError => new ApiError(400, `Bad Request: ${what}`);
export const forbidden = (what: string): ApiError => new ApiError(403, `Forbidden: ${what}`);
export const tooManyRequests = (retryAfter: number): ApiError =>
  new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
export const notFound = (): ApiError => new ApiError(404, 'Not Found');
export const unauthorized = (): ApiError => new ApiError(401, 'Unauthorized');
export const conflict = (what: string): ApiError => new ApiError(409, `Conflict: ${what}`);
