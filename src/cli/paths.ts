import * as nodePath from 'node:path';
import { relativeTo } from '../core/workspace/paths';
import { UsageError } from './args';
import type { CliIo } from './io';

const platform = (io: CliIo) => io.path ?? nodePath;

/**
 * A command-line path as the core writes paths: absolute (resolved against the current folder
 * with the platform's rules, so `C:\notes` and `\\server\share` stay absolute on Windows) and
 * with `/` separators.
 */
export function corePath(io: CliIo, arg: string): string {
  if (arg === '') throw new UsageError('err.emptyPath');
  const p = platform(io);
  const abs = p.resolve(io.cwd, arg);
  return p.sep === '\\' ? abs.replace(/\\/g, '/') : abs;
}

/** A core path as the user should read it: relative to the current folder when inside it. */
export function shownPath(io: CliIo, path: string): string {
  const p = platform(io);
  const cwd = p.sep === '\\' ? p.resolve(io.cwd).replace(/\\/g, '/') : p.resolve(io.cwd);
  const rel = relativeTo(cwd, path);
  const out = rel === undefined ? path : rel === '' ? '.' : rel;
  return p.sep === '\\' ? out.replace(/\//g, '\\') : out;
}
