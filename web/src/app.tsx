/** The Mini App: the plan calendar, a workout's detail, progress and settings, in Telegram's theme. */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Card, CardDescription, CardTitle } from './components/ui/card.tsx';
import { Tabs, TabsContent, TabsList, TabsTrigger } from './components/ui/tabs.tsx';
import { type ApiError, api } from './lib/api.ts';
import { dayLabel, todayIn } from './lib/format.ts';
import { goBack, navigate, type Route, useRoute } from './lib/route.ts';
import { haptic, showBackButton } from './lib/telegram.ts';
import type { Me, Plan } from './lib/types.ts';
import { Calendar } from './views/calendar.tsx';
import { ProgressView } from './views/progress.tsx';
import { SettingsView } from './views/settings.tsx';
import { WorkoutSheet } from './views/workout-sheet.tsx';

const GOAL_LABEL = { '5k': '5K', '10k': '10K', half: 'Half marathon', marathon: 'Marathon' } as const;

type Tab = 'plan' | 'progress' | 'settings';
const tabOf = (route: Route): Tab => (route.name === 'workout' ? 'plan' : route.name);

export function App() {
  const route = useRoute();
  const me = useQuery({ queryKey: ['me'], queryFn: api.me });
  const plan = useQuery({ queryKey: ['plan'], queryFn: api.plan });

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
          <TabsTrigger value="plan">Plan</TabsTrigger>
          <TabsTrigger value="progress">Progress</TabsTrigger>
          <TabsTrigger value="settings">Settings</TabsTrigger>
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
  const goal = plan?.goal;
  return (
    <header className="flex items-end justify-between gap-2 px-1 pt-1">
      <div>
        <h1 className="text-xl font-bold">{goal ? `${GOAL_LABEL[goal.distance]} plan` : 'runcoach'}</h1>
        <p className="text-sm text-muted">
          {goal
            ? `Race ${dayLabel(goal.raceDate)}${goal.goalTime ? ` · goal ${goal.goalTime}` : ''}`
            : `Hi${me.name ? `, ${me.name}` : ''}!`}
        </p>
      </div>
      <p className="text-right text-xs text-muted">Today {dayLabel(today)}</p>
    </header>
  );
}

function NoPlan() {
  return (
    <Card>
      <CardTitle>No plan yet</CardTitle>
      <CardDescription className="mt-1">
        Tell the coach about your goal race in the chat, for example “half marathon on 14 March, I run 30 km a week”.
      </CardDescription>
    </Card>
  );
}

function Loading() {
  return (
    <div className="grid min-h-[60vh] place-items-center text-sm text-muted" aria-busy="true">
      Loading your plan…
    </div>
  );
}

function Problem({ error }: { error: ApiError | Error }) {
  const status = (error as ApiError).status;
  return (
    <div className="mx-auto max-w-xl p-3">
      <Card data-testid="problem">
        <CardTitle>
          {status === 401 ? 'Open runcoach from Telegram' : status === 404 ? 'Say hello first' : 'Something went wrong'}
        </CardTitle>
        <CardDescription className="mt-1">{error.message}</CardDescription>
      </Card>
    </div>
  );
}
