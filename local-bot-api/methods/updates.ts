/** getMe, getUpdates and the webhook methods. */
import { badRequest } from '../errors.ts';
import { bool, int, obj, type Params, str } from '../params.ts';
import type { BotApiState } from '../state/index.ts';
import type { WebhookInfoState } from '../types.ts';
import type { Methods } from './types.ts';

const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export function updateMethods(s: BotApiState): Methods {
  const ok = () => true;
  const deleteWebhook = (p: Params) => {
    s.updates.deleteWebhook(bool(p, 'drop_pending_updates'));
    return true;
  };
  return {
    getMe: () => s.botInfo,
    getUpdates: (p, _f, call) => {
      s.updates.refuseWhileWebhook();
      return s.updates.poll(
        {
          limit: Math.min(100, Math.max(1, int(p, 'limit') ?? 100)),
          timeout: Math.max(0, int(p, 'timeout') ?? 0),
          offset: int(p, 'offset'),
          allowed: obj<string[]>(p, 'allowed_updates', 'allowed updates'),
        },
        call.onClose,
      );
    },
    logOut: ok,
    close: ok,
    setWebhook: (p) => {
      const url = str(p, 'url') ?? '';
      const secret = str(p, 'secret_token');
      if (secret !== undefined && secret !== '' && !SECRET_TOKEN.test(secret)) {
        throw badRequest('secret token contains unallowed characters');
      }
      if (url === '') return deleteWebhook(p);
      if (!/^https?:\/\//i.test(url)) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      const allowed = obj<string[]>(p, 'allowed_updates', 'allowed updates');
      const maxConnections = Math.min(100, Math.max(1, int(p, 'max_connections') ?? 40));
      const hook: WebhookInfoState = { url, maxConnections };
      if (secret) hook.secretToken = secret;
      if (Array.isArray(allowed) && allowed.length) hook.allowedUpdates = allowed;
      s.updates.setWebhook(hook, bool(p, 'drop_pending_updates'));
      return true;
    },
    deleteWebhook,
    getWebhookInfo: () => {
      const h = s.updates.webhook;
      const pending = s.updates.pending;
      if (!h) return { url: '', has_custom_certificate: false, pending_update_count: pending };
      return {
        url: h.url,
        has_custom_certificate: false,
        pending_update_count: pending,
        max_connections: h.maxConnections,
        ip_address: '127.0.0.1',
        ...(h.allowedUpdates ? { allowed_updates: h.allowedUpdates } : {}),
        ...(h.lastErrorDate ? { last_error_date: h.lastErrorDate, last_error_message: h.lastErrorMessage } : {}),
      };
    },
  };
}
