/** The Gemini coach end to end: the real SDK against the fake Gemini server, a real SQLite file. */
import { describe, expect, test } from 'vitest';
import { call, calls, lastFunctionResponses, model, say, systemText, text } from '../../fakes/gemini-server.ts';
import { API_KEY, htmlOf, RUNNER, setup } from './helpers.ts';

/** Whether the engine's adaptation is wired yet (src/coach/engine.ts is finished elsewhere). */
describe('tool loop', () => {
  test('a single tool: two requests, the result goes back, the model words the answer', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['get_profile']), say('You run **4 days** a week, long run on Sunday.'));
    const reply = await s.coach.reply(s.ctx(), 'what are my settings?');

    expect(reply.via).toBe('gemini');
    expect(htmlOf(reply)).toBe('You run <b>4 days</b> a week, long run on Sunday.');
    expect(s.fake.requests).toHaveLength(2);
    const [first, second] = s.fake.requests;
    expect(first?.model).toBe('gemini-test');
    expect(first?.apiKey).toBe(API_KEY);
    expect(systemText(first!)).toContain('You are runcoach');
    expect(systemText(first!)).toContain('Today: Tuesday 2026-12-01, 10:00 local time.');
    expect(systemText(first!)).toContain('name Ana');
    const responses = lastFunctionResponses(second!);
    expect(responses).toHaveLength(1);
    expect(responses[0]?.name).toBe('get_profile');
    expect(responses[0]?.response).toMatchObject({
      output: { profile: { telegramId: RUNNER, timezone: 'Europe/Berlin' } },
    });
    expect(responses[0]?.id).toBeTruthy();
    expect(s.fake.violations).toEqual([]);
    // The whole turn is stored: user text, model call, function response, model answer.
    expect(s.store.history.all(RUNNER).map((r) => r.role)).toEqual(['user', 'model', 'user', 'model']);
  });

  test('two tools in one step: both run, both results go back together', async () => {
    const s = await setup();
    s.fake.enqueue(
      calls(['update_profile', { weeklyKm: 35, longRunDay: 'sat' }], ['get_workouts', {}]),
      say('Done: 35 km a week, long runs on Saturday.'),
    );
    const reply = await s.coach.reply(s.ctx(), 'I run 35 km a week now, long run Saturdays. What is on this week?');
    expect(reply.via).toBe('gemini');
    expect(s.fake.violations).toEqual([]);
    const responses = lastFunctionResponses(s.fake.requests[1]!);
    expect(responses.map((r) => r.name)).toEqual(['update_profile', 'get_workouts']);
    expect(responses[1]?.response).toMatchObject({ output: { from: '2026-11-30', to: '2026-12-06' } });
    const user = s.store.users.get(RUNNER);
    expect(user?.weeklyKm).toBe(35);
    expect(user?.longRunDay).toBe('sat');
  });

  test('a multi-step loop: create a plan, then read the week, then answer', async () => {
    const s = await setup();
    s.fake.enqueue(
      calls(['create_plan', { goal: '10k', raceDate: '2027-03-07', daysPerWeek: 4 }]),
      calls(['get_workouts', {}]),
      say('Your 10K plan is ready: this week starts easy.'),
    );
    const reply = await s.coach.reply(s.ctx(), 'Build me a plan for a 10k on 7 March, 4 days a week');
    expect(reply.via).toBe('gemini');
    expect(s.fake.requests).toHaveLength(3);
    expect(s.fake.violations).toEqual([]);
    expect(s.store.plans.getActive(RUNNER)?.goal).toMatchObject({ distance: '10k', raceDate: '2027-03-07' });
    // The third request carries both earlier steps whole.
    const contents = s.fake.requests[2]!.body.contents;
    expect(contents.map((c) => c.role)).toEqual(['user', 'model', 'user', 'model', 'user']);
    expect(htmlOf(reply)).toContain('Your 10K plan is ready');
  });

  test('a bad argument goes back as an error the model corrects', async () => {
    const s = await setup();
    s.fake.enqueue(
      calls(['update_profile', { morningTime: '7am' }]),
      calls(['update_profile', { morningTime: '07:00' }]),
      say('Your workout will arrive at 07:00.'),
    );
    const reply = await s.coach.reply(s.ctx(), 'send my workouts at 7am');
    expect(reply.via).toBe('gemini');
    const error = lastFunctionResponses(s.fake.requests[1]!)[0]?.response as { error?: string };
    expect(error.error).toMatch(/morningTime/);
    expect(lastFunctionResponses(s.fake.requests[2]!)[0]?.response).toMatchObject({
      output: { changed: ['morningTime'] },
    });
    expect(s.store.users.get(RUNNER)?.morningTime).toBe('07:00');
  });

  test('an unknown function is answered as an error, not run', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['launch_rocket', { to: 'moon' }]), say('I can only help with your running.'));
    const reply = await s.coach.reply(s.ctx(), 'launch a rocket');
    expect(reply.via).toBe('gemini');
    expect(lastFunctionResponses(s.fake.requests[1]!)[0]?.response).toMatchObject({
      error: expect.stringContaining('no function named'),
    });
  });

  test('feedback in words becomes record_feedback', async () => {
    const s = await setup();
    s.fake.enqueue(
      calls(['record_feedback', { rpe: 8, feeling: 'tired', notes: 'legs were heavy' }]),
      say('Thanks, an 8 is hard for an easy day.'),
    );
    const reply = await s.coach.reply(s.ctx(), 'legs were heavy today, felt like an 8');
    expect(reply.via).toBe('gemini');
    expect(s.store.feedback.all(RUNNER)[0]).toMatchObject({ rpe: 8, feeling: 'tired', date: '2026-12-01' });
    expect(lastFunctionResponses(s.fake.requests[1]!)[0]?.response).toMatchObject({
      output: { rpe: 8, changes: [], stopRunning: false },
    });
  });

  test('feedback with a plan: the engine adapts and the model gets the changes', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['create_plan', { goal: 'half', raceDate: '2027-04-11' }]), say('Plan ready.'));
    await s.coach.reply(s.ctx(), 'plan a half on 11 April');
    s.fake.handle((req) => {
      const last = req.body.contents.at(-1);
      if (last?.parts.some((p) => p.text)) return calls(['record_feedback', { rpe: 9, feeling: 'exhausted' }]);
      const out = lastFunctionResponses(req)[0]?.response as { output?: { changes?: { date: string }[] } };
      return say(`I changed ${out.output?.changes?.length ?? 0} days.`);
    });
    const reply = await s.coach.reply(s.ctx(), 'completely exhausted, that felt like a 9');
    expect(reply.via).toBe('gemini');
    expect(htmlOf(reply)).toMatch(/I changed \d+ days/);
  });

  test('after log_run the reply keeps the template buttons (how did it feel?)', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['log_run', { distanceKm: 8, duration: '45:00' }]), say('Nice 8 km! How did it feel?'));
    const reply = await s.coach.reply(s.ctx(), 'ran 8k in 45 minutes');
    expect(reply.via).toBe('gemini');
    expect(s.store.runs.all(RUNNER)).toHaveLength(1);
    const last = reply.messages[reply.messages.length - 1];
    expect(last?.buttons?.flat().length).toBeGreaterThan(0);
  });

  test('when the model says nothing after tools, the templates answer', async () => {
    const s = await setup();
    s.fake.enqueue(calls(['get_profile']), model({ text: '' }));
    const reply = await s.coach.reply(s.ctx(), 'my profile');
    expect(reply.via).toBe('gemini');
    expect(htmlOf(reply)).toContain('<b>Your profile</b>');
  });

  test('model text is escaped and light markdown becomes Telegram HTML', async () => {
    const s = await setup();
    s.fake.enqueue(say('Keep it **easy** & _relaxed_: <script>x</script>\n* warm up\n* cool down'));
    const reply = await s.coach.reply(s.ctx(), 'tips?');
    expect(htmlOf(reply)).toBe(
      'Keep it <b>easy</b> &amp; <i>relaxed</i>: &lt;script&gt;x&lt;/script&gt;\n• warm up\n• cool down',
    );
  });

  test('thought parts are not shown; tokens are counted per turn and logged without secrets', async () => {
    const s = await setup();
    s.fake.enqueue(model({ text: 'thinking about paces', thought: true }, text('Easy means conversational.')));
    const reply = await s.coach.reply(s.ctx(), 'how easy is easy?');
    expect(htmlOf(reply)).toBe('Easy means conversational.');
    const usage = s.store.usage.get(RUNNER, '2026-12-01');
    expect(usage?.turns).toBe(1);
    expect(usage?.promptTokens).toBeGreaterThan(0);
    expect(usage?.totalTokens).toBeGreaterThan(usage?.promptTokens ?? 0);
    const line = s.logs.find((l) => l.msg === 'gemini turn');
    expect(line).toMatchObject({ userId: RUNNER, requests: 1, result: 'ok' });
    expect(line?.totalTokens).toBe(usage?.totalTokens);
    expect(JSON.stringify(s.logs)).not.toContain(API_KEY);
    expect(JSON.stringify(s.logs)).not.toContain('how easy is easy');
  });

  test('declarations: every tool, no user id anywhere, no delete tool, only keywords Gemini accepts', async () => {
    const s = await setup();
    await s.coach.reply(s.ctx(), 'hi');
    const decls = s.fake.requests[0]!.body.tools?.[0]?.functionDeclarations ?? [];
    expect(decls.map((d) => d.name).sort()).toEqual(
      [
        'adjust_plan',
        'complete_workout',
        'create_plan',
        'get_profile',
        'get_progress',
        'get_workouts',
        'log_run',
        'record_feedback',
        'reschedule_workout',
        'skip_workout',
        'update_profile',
        'change_plan',
        'restore_workout',
        'set_messages',
        'answer_question',
        'return_to_running',
      ].sort(),
    );
    const json = JSON.stringify(decls);
    expect(json).not.toMatch(/delete|userId|telegramId|\$schema|exclusiveMinimum|"pattern"|additionalProperties/);
    expect(s.fake.violations).toEqual([]);
  });

  test('a dropped thought signature is refused by the fake like Google does', async () => {
    const s = await setup();
    // Guard the guard: send a request whose model call has no signature.
    const res = await fetch(`${s.baseUrl}/v1beta/models/gemini-test:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': API_KEY },
      body: JSON.stringify({
        contents: [
          { role: 'user', parts: [{ text: 'hi' }] },
          { role: 'model', parts: [call('get_profile')] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_profile', response: {} } }] },
        ],
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('INVALID_ARGUMENT');
  });
});
