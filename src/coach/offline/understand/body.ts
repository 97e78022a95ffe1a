/** Efforts, feelings and pain as runners describe them. */
import type { Span } from '../quantities.ts';
import type { Feeling } from './types.ts';

// efforts, feelings, pain

export interface RpeMatch extends Span {
  value: number;
  keyword: boolean;
}

export function findRpe(t: string): RpeMatch[] {
  const out: RpeMatch[] = [];
  for (const m of t.matchAll(
    /\b(?:rpe|effort|exertion)\s*(?:of|was|is|at|=|:|about|around|maybe|like)?\s*(\d{1,3})(?:\s*(?:\/|out of)\s*10\b)?/g,
  )) {
    out.push({ value: Number(m[1]), index: m.index, end: m.index + m[0].length, keyword: true });
  }
  for (const m of t.matchAll(/(?<![\d.:,])(\d{1,3})\s*(?:\/|out of)\s*10\b(?![\d/])/g)) {
    if (out.some((o) => m.index < o.end && o.index < m.index + m[0].length)) continue;
    out.push({ value: Number(m[1]), index: m.index, end: m.index + m[0].length, keyword: false });
  }
  return out.sort((a, b) => a.index - b.index);
}

export const FEELING_PATTERNS: [RegExp, Feeling][] = [
  [
    /\b(exhausted|wrecked|destroyed|knackered|shattered|drained|wiped out|burn(?:ed|t) out|cooked|running on empty|dead tired|completely dead|totally dead|fried|spent|empty tank|nothing left)\b/,
    'exhausted',
  ],
  [
    /\b(tired|heavy|sluggish|fatigued|flat|rough|struggled|struggling|sleepy|dead legs|legs (?:are|were|felt|feel) (?:dead|heavy|sore)|sore legs|legs sore|tough|hard work|felt hard|was hard|really hard|brutal|not great|not good|terrible|awful|bad|crap|meh)\b/,
    'tired',
  ],
  [
    /\b(great|amazing|awesome|fantastic|excellent|brilliant|strong|perfect|incredible|superb|flying|fresh|on fire|best run)\b/,
    'great',
  ],
  [/\b(good|nice|solid|comfortable|smooth|pleasant|felt easy|was easy|felt well|felt fine)\b/, 'good'],
  [/\b(ok|okay|alright|all right|fine|so-so|so so|average|not bad|decent|could be worse)\b/, 'ok'],
];

export function findFeeling(t: string): Feeling | null {
  // "not bad" before "bad"; negated positives are handled by listing them in 'tired'.
  if (/\bnot bad\b/.test(t) && !/\b(tired|exhausted|heavy)\b/.test(t)) return 'ok';
  for (const [re, feeling] of FEELING_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    if (feeling === 'great' || feeling === 'good') {
      const before = t.slice(Math.max(0, m.index - 12), m.index);
      if (/\b(?:not|n't|never|wasn't|didn't feel)\s*(?:so |very |that |too )?$/.test(before)) return 'tired';
    }
    return feeling;
  }
  return null;
}

export const BODY_PARTS =
  '(?:lower back|upper back|back|knees?|ankles?|shins?|calf|calves|hamstrings?|hips?|achilles|feet|foot|heels?|arch(?:es)?|plantar|it ?band|itb|quads?|glutes?|groin|toes?|shoulders?|neck|thighs?|hip flexors?|adductors?|piriformis|chest|side stitch|stitch|soleus|tendon)';
export const PAIN_WORDS =
  '(?:hurts?|hurting|hurted|pain|painful|sore|soreness|aches?|aching|achy|twinges?|niggles?|niggly|tight|tightness|tweaked|sprained|pulled|strained|swollen|throbbing|stiff|injured|burning|sharp|worse|flared up|flaring up|playing up|acting up)';
/** "left inner thigh" keeps both words: the side and which face of the part (body.ftl words both). */
export const PART_RE = new RegExp(
  `\\b(?:(left|right|both|lower|upper|inner|outer|my) )?(?:(left|right|inner|outer) )?(${BODY_PARTS})\\b`,
);
export const PAIN_RE = new RegExp(`\\b${PAIN_WORDS}\\b`);

export interface PainFinding {
  location: string;
  severity: number | null;
  intensity: number;
}

/** "6/10" next to a body part is how runners rate pain: never an effort (design.md: pain is recorded as pain). */
const OUT_OF_TEN = /\b(\d{1,2})\s*\/\s*10\b/;

export function findPain(t: string): PainFinding | null {
  const part = PART_RE.exec(t);
  if (!part) return null;
  if (!PAIN_RE.test(t) && !OUT_OF_TEN.test(t)) return null;
  const side = [part[1], part[2]].filter((s) => s && s !== 'my').join(' ');
  const location = `${side ? `${side} ` : ''}${part[3]}`.trim();
  // General muscle soreness is tiredness, not pain.
  if (/^(?:legs?|muscles?|body)$/.test(location)) return null;
  const explicit =
    /\b(?:pain|severity|hurts?|sore(?:ness)?)\s*(?:is|was|of|at|about|around|level|:|=)?\s*(?:a\s*)?(\d{1,3})\b(?!\s*(?:k|km|mi|min|days?|weeks?|h)\b)/.exec(
      t,
    );
  const intensity =
    /\b(sharp|severe|stabbing|agony|agonizing|really|very|a lot|lots|badly|bad|can't walk|cannot walk|limping|swollen)\b/.test(
      t,
    )
      ? 7
      : /\b(slight(?:ly)?|a bit|a little|little|mild(?:ly)?|niggles?|niggly|twinges?|minor|tight)\b/.test(t)
        ? 2
        : 4;
  const rated = explicit ? null : OUT_OF_TEN.exec(t);
  const severity = explicit ? Number(explicit[1]) : rated ? Number(rated[1]) : null;
  // Out of 1–10 the number is kept: the callers answer with the 1-to-10 hint rather than guess a severity.
  return { location, severity, intensity };
}
