/** What the CLI needs from the outside world; tests pass an in-memory implementation. */
export interface CliIo {
  readonly cwd: string;
  /** The date used when `--today` is absent, as YYYY-MM-DD in local time. */
  readonly today: string;
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  /** Returns file bytes, or throws an Error whose message names the problem. */
  readFile(path: string): Promise<Uint8Array>;
  /** `file`, `dir` or undefined when the path does not exist. */
  stat(path: string): Promise<'file' | 'dir' | undefined>;
  readDir(path: string): Promise<string[]>;
}
