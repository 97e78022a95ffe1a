#!/usr/bin/env node
// The installed `runcoach` command: runs the TypeScript CLI through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
const { loadDotenvFile } = await import('../src/config.ts');
const { processIo } = await import('../src/cli/io.ts');
loadDotenvFile();
process.exitCode = await runCli(process.argv.slice(2), { io: processIo, env: process.env, now: () => new Date() });
