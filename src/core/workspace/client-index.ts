import { ClientIndex } from '../clients/index';
import type { ReadError, WorkspaceFs } from './fs';
import { NOTE_FILE } from './layout';
import { readTextFile } from './text-files';
import { walkFiles } from './walk';
import type { ComposureWorkspace } from './workspace';

/**
 * Reads every client note under the clients folder into a ClientIndex. Files that cannot be read
 * are reported through `onError` and left out; the rest is indexed.
 */
export async function loadClientIndex(fs: WorkspaceFs, ws: ComposureWorkspace, onError: (err: ReadError) => void): Promise<ClientIndex> {
  const index = new ClientIndex({ root: ws.clientsRoot, userNames: [ws.settings.userName, ...ws.settings.userAliases].filter(Boolean) });
  if ((await fs.stat(ws.clientsRoot))?.kind !== 'dir') return index;
  const files = await walkFiles(fs, ws.clientsRoot, { include: (n) => NOTE_FILE.test(n), onError });
  for (const f of files) {
    try {
      index.setFile(f, (await readTextFile(fs, f)).text);
    } catch (err) {
      onError(err as ReadError);
    }
  }
  return index;
}
