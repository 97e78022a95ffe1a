/**
 * The dev-only login for `npm run chat`: a link that opens the Mini App in a plain browser as the local runner.
 *
 * The token is shaped like initData but signed with a key of its own ("RuncoachDevLogin" instead of Telegram's
 * "WebAppData"), so it can never pass as real initData, and the router accepts it only when created with
 * `devLogin: true`, which production never sets. It travels in the URL fragment (not sent to servers or logs)
 * and then in `Authorization: tma-dev <token>`.
 */
import { signInitData } from './init-data.ts';

export const DEV_LOGIN_KEY = 'RuncoachDevLogin';

export function signDevToken(userId: number, botToken: string, nowMs = Date.now()): string {
  return signInitData(
    { user: { id: userId, first_name: 'Local runner' }, authDate: Math.floor(nowMs / 1000) },
    botToken,
    DEV_LOGIN_KEY,
  );
}

/** `${publicUrl}/app/#dev=<token>`: valid for 24 hours, only against a router created with devLogin: true. */
export function devLoginUrl(publicUrl: string, userId: number, botToken: string, nowMs = Date.now()): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/app/#dev=${encodeURIComponent(signDevToken(userId, botToken, nowMs))}`;
}
