/** Settings: time zone, message times, units, days per week, long-run day; zod-checked, sent through update_profile. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { clockTime, daysPerWeek, type SettingsPatch, timeZone, UNITS, WEEKDAYS } from '../../../src/webapp/schemas.ts';
import { Button } from '../components/ui/button.tsx';
import { Card, CardDescription, CardTitle } from '../components/ui/card.tsx';
import { Field, Input } from '../components/ui/field.tsx';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../components/ui/select.tsx';
import { api, errorText } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { k } from '../lib/messages.ts';
import { haptic } from '../lib/telegram.ts';
import type { Me } from '../lib/types.ts';

const formSchema = z.object({
  timezone: timeZone,
  morningTime: clockTime,
  eveningTime: clockTime,
  units: z.enum(UNITS),
  daysPerWeek,
  longRunDay: z.enum(WEEKDAYS),
});
type Form = z.input<typeof formSchema>;
type Errors = Partial<Record<keyof Form, string>>;

/**
 * What a field's zod issue means, in the runner's language (the schema's own messages are English, shared with
 * the server): one message a field, since each field has one way to be wrong.
 */
const FIELD_ERROR_KEY: Record<keyof Form, string> = {
  timezone: k('error-timezone'),
  morningTime: k('error-time'),
  eveningTime: k('error-time'),
  units: k('error-units'),
  daysPerWeek: k('error-days'),
  longRunDay: k('error-long-run-day'),
};

function zones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function SettingsView({ me }: { me: Me }) {
  const { t, f } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>({
    timezone: me.timezone,
    morningTime: me.morningTime,
    eveningTime: me.eveningTime,
    units: me.units,
    daysPerWeek: me.daysPerWeek,
    longRunDay: me.longRunDay,
  });
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const zoneList = useMemo(zones, []);
  const mutation = useMutation({
    mutationFn: (patch: SettingsPatch) => api.settings(patch),
    onSuccess: (result) => {
      haptic.notify('success');
      queryClient.setQueryData(['me'], result.user);
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
      // A typed city comes back as its zone ("Berlin" → Europe/Berlin): show what was saved.
      setForm((f) => ({ ...f, timezone: result.user.timezone }));
      const text = result.changed.includes('timezone')
        ? t('settings-saved-zone', { zone: result.user.timezone })
        : t('settings-saved');
      setMessage({ text, error: false });
    },
    onError: (err: Error) => {
      haptic.notify('error');
      setMessage({ text: errorText(err, t), error: true });
    },
  });
  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
    setMessage(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = formSchema.safeParse(form);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof Form;
        next[field] ??= t(FIELD_ERROR_KEY[field]);
      }
      setErrors(next);
      haptic.notify('error');
      return;
    }
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parsed.data)) if (me[k as keyof Me] !== v) patch[k] = v;
    if (Object.keys(patch).length === 0) {
      setMessage({ text: t('settings-unchanged'), error: false });
      return;
    }
    mutation.mutate(patch as SettingsPatch);
  };
  return (
    <Card>
      <CardTitle>{t('settings-title')}</CardTitle>
      <CardDescription className="mt-0.5">{t('settings-hint')}</CardDescription>
      <form className="mt-4 grid gap-4" onSubmit={submit} noValidate data-testid="settings-form">
        <Field label={t('field-timezone')} htmlFor="timezone" error={errors.timezone}>
          <Input
            id="timezone"
            name="timezone"
            list="zones"
            autoComplete="off"
            value={form.timezone}
            aria-invalid={errors.timezone ? true : undefined}
            onChange={(e) => set('timezone', e.target.value)}
          />
          <datalist id="zones">
            {zoneList.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t('field-morning')} htmlFor="morningTime" error={errors.morningTime}>
            <Input
              id="morningTime"
              type="time"
              value={form.morningTime}
              aria-invalid={errors.morningTime ? true : undefined}
              onChange={(e) => set('morningTime', e.target.value)}
            />
          </Field>
          <Field label={t('field-evening')} htmlFor="eveningTime" error={errors.eveningTime}>
            <Input
              id="eveningTime"
              type="time"
              value={form.eveningTime}
              aria-invalid={errors.eveningTime ? true : undefined}
              onChange={(e) => set('eveningTime', e.target.value)}
            />
          </Field>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t('field-units')} htmlFor="units" error={errors.units}>
            <Select value={form.units} onValueChange={(v) => set('units', v as Form['units'])}>
              <SelectTrigger id="units" aria-label={t('field-units')}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="km">{t('units-km')}</SelectItem>
                <SelectItem value="mi">{t('units-mi')}</SelectItem>
              </SelectContent>
            </Select>
          </Field>
          <Field label={t('field-days')} htmlFor="daysPerWeek" error={errors.daysPerWeek}>
            <Select value={String(form.daysPerWeek)} onValueChange={(v) => set('daysPerWeek', Number(v))}>
              <SelectTrigger id="daysPerWeek" aria-label={t('field-days')}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {[2, 3, 4, 5, 6, 7].map((n) => (
                  <SelectItem key={n} value={String(n)}>
                    {t('days-count', { count: n })}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </Field>
        </div>
        <Field label={t('field-long-run-day')} htmlFor="longRunDay" error={errors.longRunDay}>
          <Select value={form.longRunDay} onValueChange={(v) => set('longRunDay', v as Form['longRunDay'])}>
            <SelectTrigger id="longRunDay" aria-label={t('field-long-run-day')}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {WEEKDAYS.map((d, i) => (
                <SelectItem key={d} value={d}>
                  {f.weekdayLong(i)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </Field>
        {message ? (
          <p
            role="status"
            data-testid="settings-message"
            className={message.error ? 'text-sm text-destructive' : 'text-sm text-[var(--type-easy)]'}
          >
            {message.text}
          </p>
        ) : null}
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('saving') : t('save')}
        </Button>
        <p className="text-xs text-muted">{t('settings-plan-note')}</p>
      </form>
    </Card>
  );
}
