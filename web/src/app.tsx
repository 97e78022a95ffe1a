/** The Mini App: the plan calendar, a workout's detail, progress and settings, in Telegram's theme. */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Card, CardDescription, CardTitle } from './components/ui/card.tsx';
import { Tabs, TabsContent, TabsList, TabsTrigger } from './components/ui/tabs.tsx';
import { ApiError, api, errorText } from './lib/api.ts';
import { todayIn } from './lib/format.ts';
import { useI18n } from './lib/i18n.tsx';
import { goBack, navigate, type Route, useRoute } from './lib/route.ts';
import { haptic, showBackButton } from './lib/telegram.ts';
import type { Me, Plan } from './lib/types.ts';
import { GOAL_KEY } from './lib/workout-text.ts';
import { Calendar } from './views/calendar.tsx';
import { ProgressView } from './views/progress.tsx';
import { SettingsView } from './views/settings.tsx';
import { WorkoutSheet } from './views/workout-sheet.tsx';

type Tab = 'plan' | 'progress' | 'settings';
const tabOf = (route: Route): Tab => (route.name === 'workout' ? 'plan' : route.name);

export function App() {
  const route = useRoute();
  const { t, setUserLanguage } = useI18n();
  const me = useQuery({ queryKey: ['me'], queryFn: api.me });
  const plan = useQuery({ queryKey: ['plan'], queryFn: api.plan });
  // The runner's own language wins over Telegram's once the server says it.
  useEffect(() => setUserLanguage(me.data?.language), [me.data?.language, setUserLanguage]);

  // Telegram's back button: shown everywhere but on the calendar itself.
  useEffect(() => showBackButton(route.name === 'plan' ? null : goBack), [route.name]);

  if (me.isError) return <Problem error={me.error} />;
  if (me.isPending || plan.isPending) return <Loading />;
  if (plan.isError) return <Problem error={plan.error} />;
  const today = todayIn(me.data.timezone);
  return (
    <div className="mx-auto grid max-w-xl gap-3 p-3 pb-10">
      <Header me={me.data} plan={plan.data} today={today} />
      <Tabs
        value={tabOf(route)}
        onValueChange={(v) => {
          haptic.select();
          navigate({ name: v as Tab });
        }}
      >
        <TabsList>
          <TabsTrigger value="plan">{t('tab-plan')}</TabsTrigger>
          <TabsTrigger value="progress">{t('tab-progress')}</TabsTrigger>
          <TabsTrigger value="settings">{t('tab-settings')}</TabsTrigger>
        </TabsList>
        <TabsContent value="plan" className="mt-3 outline-none">
          {plan.data ? (
            <Calendar
              plan={plan.data}
              today={today}
              units={me.data.units}
              onOpen={(date) => {
                haptic.impact('light');
                navigate({ name: 'workout', date });
              }}
            />
          ) : (
            <NoPlan />
          )}
        </TabsContent>
        <TabsContent value="progress" className="mt-3 outline-none">
          <ProgressView units={me.data.units} />
        </TabsContent>
        <TabsContent value="settings" className="mt-3 outline-none">
          <SettingsView me={me.data} />
        </TabsContent>
      </Tabs>
      <WorkoutSheet
        plan={plan.data}
        date={route.name === 'workout' ? route.date : null}
        today={today}
        units={me.data.units}
        onClose={goBack}
      />
    </div>
  );
}

function Header({ me, plan, today }: { me: Me; plan: Plan | null; today: string }) {
  const { t, f } = useI18n();
  const goal = plan?.goal;
  const race = goal ? t('header-race', { date: f.day(goal.raceDate) }) : '';
  return (
    <header className="flex items-end justify-between gap-2 px-1 pt-1">
      <div>
        <h1 className="text-xl font-bold">
          {goal ? t('header-plan', { goal: t(GOAL_KEY[goal.distance]) }) : t('header-no-plan')}
        </h1>
        <p className="text-sm text-muted">
          {goal
            ? goal.goalTime
              ? `${race} · ${t('goal-time', { time: goal.goalTime })}`
              : race
            : me.name
              ? t('hello-name', { name: me.name })
              : t('hello')}
        </p>
      </div>
      <p className="text-right text-xs text-muted">{t('header-today', { date: f.day(today) })}</p>
    </header>
  );
}

function NoPlan() {
  const { t } = useI18n();
  return (
    <Card>
      <CardTitle>{t('no-plan-title')}</CardTitle>
      <CardDescription className="mt-1">{t('no-plan-hint')}</CardDescription>
    </Card>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <div className="grid min-h-[60vh] place-items-center text-sm text-muted" aria-busy="true">
      {t('loading-plan')}
    </div>
  );
}

function Problem({ error }: { error: Error }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <div className="mx-auto max-w-xl p-3">
      <Card data-testid="problem">
        <CardTitle>
          {status === 401 ? t('problem-401') : status === 404 ? t('problem-404') : t('problem-other')}
        </CardTitle>
        <CardDescription className="mt-1">{errorText(error, t)}</CardDescription>
      </Card>
    </div>
  );
}
