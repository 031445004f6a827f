import { registerSubcommand } from './run';

/** Every subcommand, loaded on demand. */
registerSubcommand('lint', async () => (await import('./lint')).lintCommand);
