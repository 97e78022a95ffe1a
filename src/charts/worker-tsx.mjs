// Development and tests only: a worker thread does not inherit tsx's hooks, so the TypeScript chart worker is
// loaded through this file, which registers tsx in the thread first. Compiled builds load worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: renderChart } = await import('./worker.ts');
export default renderChart;
