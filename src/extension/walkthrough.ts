import * as vscode from 'vscode';

/**
 * The "Get started" walkthrough's steps are ticked by context keys set only when the step's action
 * really happened (a client file written, a follow-up drafted…), not when a command merely ran:
 * a cancelled prompt ticks nothing. Keys match `completionEvents: onContext:<key>` in package.json.
 */
export const STEP_KEYS = {
  client: 'composure.walkthrough.clientCreated',
  meeting: 'composure.walkthrough.meetingCreated',
  followup: 'composure.walkthrough.followupDrafted',
  reply: 'composure.walkthrough.replyChecked',
  templates: 'composure.walkthrough.templateInserted',
} as const;

export type Step = keyof typeof STEP_KEYS;

const done = new Set<Step>();

/** Ticks a walkthrough step (once per session; VS Code remembers completed steps). */
export function completeStep(step: Step): void {
  if (done.has(step)) return;
  done.add(step);
  void vscode.commands.executeCommand('setContext', STEP_KEYS[step], true);
}

/** The steps ticked in this session, in the order they were ticked (their context keys are set). */
export function completedSteps(): Step[] {
  return [...done];
}

/** Passes a command's result through, ticking the step when the result says it did something. */
export function tickWhenDone<T>(step: Step, result: Promise<T>): Promise<T> {
  return result.then((r) => {
    if (r !== undefined && r !== null && r !== false) completeStep(step);
    return r;
  });
}
