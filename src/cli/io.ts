import type { PlatformPath } from 'node:path';
import type { WorkspaceFs } from '../core/workspace/fs';

/** What the CLI needs from the outside world; tests pass an in-memory implementation. */
export interface CliIo {
  /** The current folder, in the platform's own form (`/home/ana/ws`, `C:\Users\ana\ws`). */
  readonly cwd: string;
  /** The date used when `--today` is absent, as YYYY-MM-DD in local time. */
  readonly today: string;
  /** Now as local `YYYY-MM-DDTHH:MM` (for holds on drafts), when `--today` is absent. */
  readonly now?: string;
  /** The platform's path rules (node:path by default; path.win32 in tests). */
  readonly path?: PlatformPath;
  /** The user's locale (LC_ALL, LC_MESSAGES, LANG), for messages from the core. */
  readonly locale?: string;
  out(text: string): void;
  err(text: string): void;
  /** Standard input's bytes; throws a ReadError past the size cap. */
  readStdin(): Promise<Uint8Array>;
  /** Files, with paths in the core's form (see src/core/workspace/paths.ts). */
  readonly fs: WorkspaceFs;
}
