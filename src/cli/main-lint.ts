// `composure lint` alone (dist/cli-lint.js): the launcher loads this smaller bundle for it.
import { lintCommand } from './lint';
import { registerSubcommand } from './run';
import { start } from './start';

registerSubcommand('lint', async () => lintCommand);
start();
