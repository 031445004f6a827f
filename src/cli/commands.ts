import { agreementsCommand } from './agreements';
import { clientsCommand } from './clients';
import { followupCommand } from './followup';
import { lintCommand } from './lint';
import { registerSubcommand } from './run';

/** Every subcommand, in the order `--help` lists them. */
registerSubcommand('lint', async () => lintCommand);
registerSubcommand('followup', async () => followupCommand);
registerSubcommand('clients', async () => clientsCommand);
registerSubcommand('agreements', async () => agreementsCommand);
