import * as assert from 'node:assert/strict';
import { Linter } from '../../src/core/lint/linter';

// A lint builds a finding's suggestions (rewrites of its sentence) when they are first read: these
// tests pin down that they are the ones of the text that was linted, whenever they are read.

const PROBLEMS = 'Siento muchísimo molestar otra vez con esto. ¿Se entiende? Tendrá el diseño lo antes posible.\n';
const FORMAL = `Estimado Sr. García, le escribo para confirmarle la reunión. Quedo a su disposición. Atentamente.\n\n${PROBLEMS}`;
const INFORMAL = `Hola Ana, ¿qué tal? Dime si puedes el lunes, si tienes un momento y si quieres verlo. Avísame, un abrazo.\n\n${PROBLEMS}`;
const opts = { lang: 'es' as const, doc: 'reply.md', rewrite: { today: '2026-11-27' } };

/** Each finding's rule and the text of its suggestions. */
const fixes = (findings: readonly { rule: string; suggestions: readonly { text: string }[] }[]) =>
  findings.map((f) => [f.rule, ...f.suggestions.map((s) => s.text)]);

describe('suggestions built when read', () => {
  it('gives the register of the text that was linted, even when read after the same document was linted again in the other register', () => {
    const linter = new Linter();
    const formal = linter.lint(FORMAL, opts);
    const informal = linter.lint(INFORMAL, opts);
    // Read in the other order than linted: the formal result is read after its document changed.
    const informalFixes = fixes(informal.findings);
    const formalFixes = fixes(formal.findings);
    assert.deepEqual(formalFixes, fixes(new Linter().lint(FORMAL, opts).findings));
    assert.deepEqual(informalFixes, fixes(new Linter().lint(INFORMAL, opts).findings));
    assert.ok(
      formalFixes.some((f) => f.includes('Si tiene alguna duda, dígamelo.')),
      'the formal draft is answered with usted',
    );
    assert.ok(
      informalFixes.some((f) => f.includes('Si tienes alguna duda, dímelo.')),
      'the informal draft is answered with tú',
    );
  });

  it('puts the suggestions in JSON like any other field, in the same place', () => {
    const [f] = new Linter().lint(PROBLEMS, opts).findings;
    const json = JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['rule', 'category', 'severity', 'offset', 'length', 'text', 'message', 'suggestions', 'lang']);
    assert.deepEqual(json.suggestions, f.suggestions);
    assert.ok(f.suggestions.length > 0);
  });
});
