import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../src/core/lang';
import { Linter } from '../../src/core/lint/linter';
import { RULES } from '../../src/core/lint/rules';
import type { Finding, Suggestion } from '../../src/core/lint/types';

/**
 * Golden pairs in test/fixtures/rewrites/*.md: under `## rule-id`, a line `- before` and the next
 * line `  → after` (an empty after means the sentence goes). The header comment sets the language,
 * the client's register, today and the working hours.
 */
interface Pair {
  readonly rule: string;
  readonly before: string;
  readonly after: string;
  readonly line: number;
}

interface GoldenFile {
  readonly name: string;
  readonly lang: Lang;
  readonly register: 'formal' | 'informal' | 'neutral';
  readonly today: string;
  readonly hours: string;
  readonly pairs: Pair[];
}

const DIR = path.join(__dirname, '../../../test/fixtures/rewrites');

function readGolden(name: string): GoldenFile {
  const lines = fs.readFileSync(path.join(DIR, name), 'utf8').split('\n');
  const head = /<!-- rewrites: lang=(\w+) register=(\w+) today=([\d-]+) hours=(.+?) -->/.exec(lines[0]);
  if (!head) throw new Error(`${name}: first line must be the rewrites header`);
  const pairs: Pair[] = [];
  let rule = '';
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('## ')) rule = l.slice(3).trim();
    else if (l.startsWith('- ')) {
      const next = lines[i + 1] ?? '';
      const m = /^ {2}→ ?(.*)$/.exec(next);
      if (!m) throw new Error(`${name}:${i + 2}: expected "  → after"`);
      pairs.push({ rule, before: l.slice(2), after: m[1], line: i + 1 });
      i++;
    }
  }
  return { name, lang: head[1] as Lang, register: head[2] as GoldenFile['register'], today: head[3], hours: head[4], pairs };
}

const apply = (text: string, s: Suggestion) => text.slice(0, s.offset) + s.text + text.slice(s.offset + s.length);

/** Applies every finding's first suggestion (identical ones once; an overlapping one is skipped). */
function applyAllFirst(text: string, findings: readonly Finding[], onlySafe = false): string {
  const chosen: Suggestion[] = [];
  for (const f of findings) {
    const s = f.suggestions[0];
    if (!s || (onlySafe && !s.safe)) continue;
    if (chosen.some((o) => o.offset < s.offset + s.length && s.offset < o.offset + o.length)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => b.offset - a.offset).reduce(apply, text);
}

const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('rewrites: golden before → after pairs', () => {
  for (const name of files) {
    const g = readGolden(name);
    const lint = (text: string) =>
      new Linter().lint(text, {
        lang: g.lang,
        markdown: false,
        rewrite: { today: g.today, workingHours: g.hours, ...(g.register === 'neutral' ? {} : { register: g.register }) },
      }).findings;

    describe(`${name} (${g.lang}, ${g.register})`, () => {
      it('turns every before sentence into its after sentence with the first suggestion, and the rule no longer fires', () => {
        const problems: string[] = [];
        for (const p of g.pairs) {
          const found = lint(p.before);
          const f = found.find((x) => x.rule === p.rule);
          if (!f) {
            problems.push(`${name}:${p.line} ${p.rule} does not fire on "${p.before}"`);
            continue;
          }
          const got = apply(p.before, f.suggestions[0]);
          if (got !== p.after) problems.push(`${name}:${p.line} ${p.rule}\n    want: ${p.after}\n    got:  ${got}`);
          const again = lint(got).filter((x) => x.rule === p.rule);
          if (again.length) problems.push(`${name}:${p.line} ${p.rule} still fires after the fix: "${got}"`);
        }
        assert.deepEqual(problems, []);
      });

      it('gives the same sentence when every first suggestion of a multi-finding sentence is applied at once', () => {
        const problems: string[] = [];
        for (const p of g.pairs) {
          const found = lint(p.before);
          if (found.length < 2) continue;
          const got = applyAllFirst(p.before, found);
          if (got !== p.after) problems.push(`${name}:${p.line} all first suggestions\n    want: ${p.after}\n    got:  ${got}`);
        }
        assert.deepEqual(problems, []);
      });

      it('covers every rule that offers a rewrite with at least four pairs', () => {
        const rewriting = RULES.filter((r) => r.matcher !== 'hold').map((r) => r.id);
        for (const id of rewriting) {
          assert.ok(g.pairs.filter((p) => p.rule === id).length >= 4, `${name}: ${id} has at least 4 pairs`);
        }
      });
    });
  }
});

describe('rewrites: fix-all on a sentence with several safe findings', () => {
  const cases: Array<[Lang, string, string]> = [
    ['en', 'With all due respect, the invoice is OVERDUE!!!', 'The invoice is overdue!'],
    ['es', 'Con todo respeto, la factura está VENCIDA!!', 'La factura está vencida.'],
    ['it', 'Con tutto il rispetto, la fattura è SCADUTA!!!', 'La fattura è scaduta!'],
  ];
  for (const [lang, before, after] of cases) {
    it(`applies every safe fix of one sentence as one grammatical sentence (${lang})`, () => {
      const found = new Linter().lint(before, { lang, markdown: false }).findings;
      assert.ok(found.length >= 3, `three findings in "${before}"`);
      assert.equal(applyAllFirst(before, found, true), after);
    });
  }
});
