/** The daily tasks the retention job runs besides its own deletes: Strava's raw-data purge and backups. */
import type { Config } from '../config.ts';
import type { Store } from '../db/store/index.ts';
import type { Logger } from '../log.ts';
import type { HousekeepingTask } from './context.ts';

export function housekeepingTasks(deps: {
  config: Config;
  store: Store;
  log: Logger;
  strava?: { purgeRaw(now: Date): number } | undefined;
}): HousekeepingTask[] {
  const tasks: HousekeepingTask[] = [];
  const { strava, config, store, log } = deps;
  if (strava) tasks.push({ name: 'strava-retention', run: (at) => strava.purgeRaw(at) });
  const dir = config.backup.dir;
  if (dir) {
    tasks.push({
      name: 'backup',
      run: async (at) => {
        const path = await store.backup(dir, config.backup.keep, at);
        log.info({ path }, 'backup written');
        // The retention job adds these counts to the rows it deleted: a backup deletes none.
        return 0;
      },
    });
  }
  return tasks;
}
