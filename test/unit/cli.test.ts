import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/run';
import { memoryIo } from './helpers/memory-io';
import { version } from '../../package.json';

describe('composure CLI', () => {
  it('prints its version with --version', async () => {
    const io = memoryIo();
    assert.equal(await run(['--version'], io), 0);
    assert.equal(io.stdout(), `${version}\n`);
  });

  it('prints help listing the subcommands with --help and exits 0', async () => {
    const io = memoryIo();
    assert.equal(await run(['--help'], io), 0);
    assert.match(io.stdout(), /Usage: composure <command>/);
  });

  it('exits 2 with the help when no command is given', async () => {
    const io = memoryIo();
    assert.equal(await run([], io), 2);
    assert.match(io.stdout(), /Usage/);
  });

  it('rejects an unknown command with exit code 2 and names it', async () => {
    const io = memoryIo();
    assert.equal(await run(['frobnicate'], io), 2);
    assert.match(io.stderr(), /unknown command 'frobnicate'/);
  });
});
