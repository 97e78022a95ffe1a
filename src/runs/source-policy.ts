/**
 * Where a run came from, and what each source allows: the one place that knows the Strava policy (design.md,
 * "Strava policy"). Code asks the policy (`modelMay`, `rawRetention`, `shownIn`) instead of comparing with
 * source names, so a new source is a new row here.
 */

export const RUN_SOURCES = ['manual', 'strava', 'file', 'intervals'] as const;
export type RunSource = (typeof RUN_SOURCES)[number];

/** The places a run (or what it did to the plan) may appear. */
export type Face =
  /** Bot replies, the Mini App and the export: the runner's own screens. */
  | 'runner'
  /** The private .ics feed, which calendar apps fetch and may sync anywhere. */
  | 'calendar_feed'
  /** Third-party services we push to (intervals.icu). */
  | 'third_party';

export interface SourcePolicy {
  /** May the run (its numbers, or plan statuses it set) enter a Gemini request? */
  modelMay: boolean;
  /**
   * How long the raw source data (title, sport type, raw JSON) is kept: `null` = as long as the run; a
   * `{ config }` names the config field that holds the days (`STRAVA_RETENTION_DAYS`).
   */
  rawRetention: null | { config: 'stravaRetentionDays' };
  /** Faces on which the run may be shown. */
  shownIn: ReadonlySet<Face>;
}

const everywhere: ReadonlySet<Face> = new Set<Face>(['runner', 'calendar_feed', 'third_party']);

export const SOURCE_POLICY: Readonly<Record<RunSource, SourcePolicy>> = {
  // What the runner types is theirs.
  manual: { modelMay: true, rawRetention: null, shownIn: everywhere },
  // Strava's API agreement (June 2026): no Strava data in an AI model's context, raw data kept at most 7 days,
  // shown only to the runner it belongs to.
  strava: { modelMay: false, rawRetention: { config: 'stravaRetentionDays' }, shownIn: new Set<Face>(['runner']) },
  // A file from the runner's own device.
  file: { modelMay: true, rawRetention: null, shownIn: everywhere },
  // intervals.icu activities that did not come from Strava (those are skipped at import): the runner's own data.
  intervals: { modelMay: true, rawRetention: null, shownIn: everywhere },
};

export function policyOf(source: RunSource): SourcePolicy {
  return SOURCE_POLICY[source];
}

/** Whether the model may see this run (or the plan status it set). */
export const modelMaySee = (run: { source: RunSource }): boolean => policyOf(run.source).modelMay;

/** Sources whose runs never reach the model. */
export const HIDDEN_FROM_MODEL: readonly RunSource[] = RUN_SOURCES.filter((s) => !SOURCE_POLICY[s].modelMay);

/** Sources whose raw data is purged after a configured number of days. */
export const PURGED_SOURCES: readonly RunSource[] = RUN_SOURCES.filter((s) => SOURCE_POLICY[s].rawRetention !== null);
