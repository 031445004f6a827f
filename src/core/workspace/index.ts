/** One model of a Composure workspace, shared by the CLI and the extension. */
export * from './fs';
export * from './paths';
export * from './glob';
export * from './text-files';
export * from './walk';
export * from './workspace';
export * from './followup';
