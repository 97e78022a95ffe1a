/** Telegram's limits the fake enforces (Bot API documentation, each method's parameters). */
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;
export const MAX_BODY = 60 * 1024 * 1024;
export const MAX_DOCUMENT = 50 * 1024 * 1024;
export const MAX_PHOTO = 10 * 1024 * 1024;
/** getFile refuses bigger files: "For the moment, bots can download files of up to 20MB in size" (Bot API, getFile). */
export const MAX_DOWNLOAD = 20 * 1024 * 1024;
/** The longer side of the sizes Telegram makes of a photo (thumbnail, small, medium; the largest is the original). */
export const PHOTO_SIDES = [90, 320, 800];
