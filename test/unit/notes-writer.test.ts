import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMeetingNote } from '../../src/core/notes/parse';

const DIR = path.resolve(__dirname, '../../../test/fixtures/notes');
const read = (file: string) => parseMeetingNote(fs.readFileSync(path.join(DIR, file), 'utf8'), { fileName: file });

describe('the writer as an owner when no user name is set', () => {
  it('names the writer as the note states it ("io = Ilaria", "me (Robin, design)")', () => {
    assert.deepEqual(
      read('it-io-e-tag.md')
        .actions.filter((a) => a.mine)
        .map((a) => a.owner),
      ['Ilaria'],
    );
    assert.deepEqual(
      read('en-owner-forms.md')
        .actions.filter((a) => a.mine)
        .map((a) => a.owner),
      ['Robin'],
    );
  });

  it('takes the name written beside the pronoun or its group ("Yo (Lola)", "@yo (Lola)", "Me (Dana)", "**Io**" under "io = Serena")', () => {
    const mine = (file: string) =>
      read(file)
        .actions.filter((a) => a.mine)
        .map((a) => a.owner);
    assert.deepEqual(mine('es-yo-con-nombre.md'), ['Lola', 'Lola']);
    assert.deepEqual(mine('it-io-con-nome.md'), ['Serena', 'Serena']);
    assert.deepEqual(mine('en-writer-and-groups.md'), ['Dana']);
  });

  it("writes the pronoun of the note's language when the note does not name its writer", () => {
    assert.deepEqual(
      read('es-yo-sin-nombre.md')
        .actions.filter((a) => a.mine)
        .map((a) => a.owner),
      ['Yo'],
    );
  });
});
