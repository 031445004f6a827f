import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseMeetingNote } from '../../src/core/notes/parse';

const DIR = path.resolve(__dirname, '../../../test/fixtures/notes');
const read = (file: string) => parseMeetingNote(fs.readFileSync(path.join(DIR, file), 'utf8'), { fileName: file });
/** The owners the note reader gives the writer's own items in a fixture note. */
const mine = (file: string) =>
  read(file)
    .actions.filter((a) => a.mine)
    .map((a) => a.owner);

describe('the writer as an owner when no user name is set', () => {
  it('names the writer as the note states it ("io = Ilaria", "me (Robin, design)")', () => {
    assert.deepEqual(mine('it-io-e-tag.md'), ['Ilaria']);
    assert.deepEqual(mine('en-owner-forms.md'), ['Robin']);
  });

  it('takes the name written beside the pronoun or its group ("Yo (Lola)", "@yo (Lola)", "Me (Dana)", "**Io**" under "io = Serena")', () => {
    assert.deepEqual(mine('es-yo-con-nombre.md'), ['Lola', 'Lola']);
    assert.deepEqual(mine('it-io-con-nome.md'), ['Serena', 'Serena']);
    assert.deepEqual(mine('en-writer-and-groups.md'), ['Dana']);
  });

  it("writes the pronoun of the note's language when the note does not name its writer", () => {
    assert.deepEqual(mine('es-yo-sin-nombre.md'), ['Yo']);
  });
});
