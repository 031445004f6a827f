import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * The "Composure" log (Output panel, also "Composure: Show Log"): every caught error and every
 * settings warning goes here, so nothing fails silently. Notifications stay for what the user
 * must act on.
 */
export function composureLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Composure', { log: true });
  return channel;
}

/** Logs a caught error with what was being done when it happened. */
export function logError(doing: string, err: unknown): void {
  composureLog().error(`${doing}: ${err instanceof Error ? err.message : String(err)}`);
}

/** Logs a warning (a setting that was ignored, a file that could not be read). */
export function logWarning(message: string): void {
  composureLog().warn(message);
}

/** A file that is simply not there (an expected answer, not an error worth logging). */
export function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');
}

/** Logs a failed read unless the file is simply missing. */
export function logReadError(uri: vscode.Uri, err: unknown): void {
  if (!isNotFound(err)) logError(`cannot read ${uri.fsPath || uri.toString()}`, err);
}

/** `COMPOSURE_TIMINGS` set in the extension host's environment (the UI bench sets it). */
export const timingsShown = typeof process !== 'undefined' && !!process.env.COMPOSURE_TIMINGS;

/**
 * Start-up and first-lint timings ("open …", "linted …"), each stamped with the wall clock
 * (`@` epoch milliseconds) so a harness can line them up with the workbench's own events. At
 * trace level (Composure: Show Log, log level Trace), or info when `COMPOSURE_TIMINGS` is set.
 */
export function logTiming(message: string): void {
  const line = `${message} @${Date.now()}`;
  if (timingsShown) composureLog().info(line);
  else composureLog().trace(line);
}
