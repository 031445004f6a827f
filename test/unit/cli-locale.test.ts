import * as assert from 'node:assert/strict';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { envLocale } from '../../src/cli/node-io';
import { run } from '../../src/cli/run';
import '../../src/cli/commands';
import { memoryIo } from './helpers/memory-io';

const FILES = {
  '/ws/.vscode/settings.json': '{"composure.userName": "Sam Rivera", "composure.userAliases": ["Sam"]}',
  '/ws/clients/acme/client.md': '---\nname: Mark Ellis\nlang: en\nstatus: active\ncontract: 2026-10-01\ndeposit: 2026-10-02\n---\n',
  '/ws/clients/acme/log.md': '- 2026-11-12 10:00 email out: sent the plan\n',
  '/ws/clients/acme/meetings/2026-11-12-review.md':
    '---\ndate: 2026-11-12\nattendees: [Mark, Sam]\n---\n## Actions\n- [ ] Mark: send the photos by 2026-11-13\n- [ ] Sam: send the invoice by 2026-11-30\n',
  '/ws/clients/acme/followups/2026-11-12-review.md': '---\nmeeting: meetings/2026-11-12-review.md\n---\n',
  '/ws/clients/acme/drafts/reply.md': 'As I already said, the copy was due on the 3rd!!!\n',
  '/ws/notes/undated.md': '# Call\n\n## Actions\n- [ ] Mark: send the photos\n',
};

async function cli(argv: string[], locale: string) {
  const io = memoryIo(FILES, { locale });
  const code = await run(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('the CLI speaks the language of the environment (en, es, it)', () => {
  it('has every CLI message in the three languages, with the same arguments', () => {
    const args = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    for (const [key, texts] of Object.entries(CLI_MESSAGES)) {
      for (const l of ['en', 'es', 'it'] as const) {
        assert.ok(texts[l]?.trim(), `${key} ${l}`);
        assert.equal(args(texts[l]), args(texts.en), `${key} ${l}: arguments`);
      }
    }
  });

  it('takes the locale from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(envLocale({ LC_ALL: 'it_IT.UTF-8', LC_MESSAGES: 'es_ES', LANG: 'en_US' }), 'it_IT.UTF-8');
    assert.equal(envLocale({ LC_ALL: '', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_US' }), 'es_ES.UTF-8');
    assert.equal(envLocale({ LANG: 'it_CH' }), 'it_CH');
    assert.equal(envLocale({}), undefined);
  });

  const cases: Array<[string, string, string[], RegExp, RegExp]> = [
    // [locale, what, argv, stdout, stderr]
    [
      'es_ES.UTF-8',
      'the command list',
      ['--help'],
      /^composure .* — higiene .*\n\nUso: composure <comando> \[opciones\]\n\nComandos:\n {2}lint {7}revisa /,
      /^$/,
    ],
    [
      'it_IT.UTF-8',
      'the command list',
      ['--help'],
      /^composure .* — igiene .*\n\nUso: composure <comando> \[opzioni\]\n\nComandi:\n {2}lint {7}controlla /,
      /^$/,
    ],
    [
      'es',
      'the help of a command',
      ['agreements', '--help'],
      /^Uso: composure agreements .*\n\nTodas las tareas abiertas[^]*\nOpciones:\n[^]*\nEjemplos:\n {2}composure [^]*\nCódigos de salida: 0 listado/,
      /^$/,
    ],
    [
      'it',
      'the help of a command',
      ['lint', '--help'],
      /^Uso: composure lint [^]*\nOpzioni:\n[^]*--locale en\|es\|it {6}lingua dei messaggi[^]*\nEsempi:\n[^]*\nCodici di uscita: 0 nessuna segnalazione/,
      /^$/,
    ],
    [
      'es',
      'a usage error',
      ['agreements', '--mine', '--theirs'],
      /^$/,
      /^composure agreements: indica --mine o --theirs, no ambos\nUso: composure agreements /,
    ],
    ['it', 'a usage error', ['lint', '--format', 'xml', 'a.md'], /^$/, /^composure lint: --format deve essere uno tra text, json\nUso: /],
    ['es', 'an unknown option', ['clients', '--soon'], /^$/, /^composure clients: Opción desconocida '--soon'\n/],
    ['it', 'a missing value', ['clients', '--format'], /^$/, /^composure clients: L'opzione '--format' richiede un valore\n/],
    [
      'es',
      'an unknown command',
      ['frobnicate'],
      /^$/,
      /^composure: comando desconocido 'frobnicate'\. Ejecuta 'composure --help' para ver la lista\.\n$/,
    ],
    [
      'it',
      'an unreadable file',
      ['lint', 'nope.md'],
      /^0 segnalazioni in 0 file\n$/,
      /^composure lint: impossibile leggere nope\.md: file o cartella inesistente\n$/,
    ],
    [
      'es',
      'the lint summary and tries',
      ['lint', '--today', '2026-11-22', 'clients/acme/drafts/reply.md'],
      /\n {4}prueba: [^]*\nclients\/acme\/drafts\/reply\.md: tensión [^\n]+\n\d+ hallazgos en 1 archivo\n$/,
      /^$/,
    ],
    [
      'it',
      'the clients list',
      ['clients', '--today', '2026-11-22'],
      /^Mark Ellis \[active\] — 2 aperti · ultimo contatto 2026-11-12 \(10 giorni fa\)\n/,
      /^$/,
    ],
    [
      'es',
      'the agreements list',
      ['agreements', '--today', '2026-11-22'],
      /^2026-11-13 {2}VENCIDO suyo {2}Mark Ellis: Mark — send the photos[^\n]*\n2026-11-30 {2}mío {3}Mark Ellis: Sam — send the invoice/,
      /^$/,
    ],
    ['it', 'an empty agreements list', ['agreements', '--overdue', '--mine', '--today', '2026-11-22'], /^Nessun accordo aperto\.\n$/, /^$/],
    [
      'es',
      'the warnings of a meeting note',
      ['followup', '--today', '2026-11-22', 'notes/undated.md'],
      /^\*\*Subject:\*\* /,
      /^composure followup: notes\/undated\.md:1: Falta la fecha de la reunión /,
    ],
    [
      'it',
      'the warnings of a meeting note',
      ['followup', '--today', '2026-11-22', 'notes/undated.md'],
      /^\*\*Subject:\*\* /,
      /^composure followup: notes\/undated\.md:1: Manca la data della riunione /,
    ],
    ['C', 'English for the C locale', ['agreements', '--overdue', '--mine', '--today', '2026-11-22'], /^No open agreements\.\n$/, /^$/],
  ];
  for (const [locale, what, argv, out, err] of cases) {
    it(`prints ${what} in ${locale} (composure ${argv.join(' ')})`, async () => {
      const r = await cli(argv, locale);
      assert.match(r.out, out);
      assert.match(r.err, err);
    });
  }

  it('gives settings warnings in the language too', async () => {
    const io = memoryIo(
      { '/ws/.composure.json': '{"lint": {"severity": {"heat": "loud"}}, "clientsFolder": "../x"', '/ws/drafts/a.md': 'Hello.\n' },
      { locale: 'it_IT.UTF-8' },
    );
    assert.equal(await run(['lint', 'drafts/a.md'], io), 0);
    assert.match(
      io.stderr(),
      /^composure lint: avviso: \.: \.composure\.json: JSON non valido \(CloseBraceExpected alla riga 1\); viene ignorato\n$/,
    );
    const es = memoryIo(
      { '/ws/.composure.json': '{"lint": {"severity": {"heat": "loud"}}, "clientsFolder": "../x"}', '/ws/drafts/a.md': 'Hello.\n' },
      { locale: 'es' },
    );
    assert.equal(await run(['lint', 'drafts/a.md'], es), 0);
    assert.match(es.stderr(), /aviso: \.: composure\.clientsFolder: '\.\.\/x' debe ser una carpeta dentro del espacio de trabajo/);
    assert.match(es.stderr(), /aviso: \.: composure\.lint\.severity\.heat: 'loud' no es error, warning, info, hint ni off/);
  });

  it('takes --locale before or after the command over the environment, and keeps exit codes', async () => {
    const before = await cli(['--locale', 'it', 'agreements', '--mine', '--theirs'], 'es_ES.UTF-8');
    assert.equal(before.code, 2);
    assert.match(before.err, /^composure agreements: indica --mine o --theirs, non entrambi\n/);
    const after = await cli(['agreements', '--overdue', '--mine', '--today', '2026-11-22', '--locale=es'], 'it');
    assert.equal(after.code, 0);
    assert.equal(after.out, 'No hay acuerdos abiertos.\n');
    const bad = await cli(['--locale', 'fr', 'clients'], 'en');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--locale must be one of en, es, it/);
  });

  it('keeps JSON the same in every language (keys, codes and data), only messages change', async () => {
    const en = JSON.parse((await cli(['agreements', '--format', 'json', '--today', '2026-11-22'], 'en')).out);
    const it = JSON.parse((await cli(['agreements', '--format', 'json', '--today', '2026-11-22'], 'it')).out);
    assert.deepEqual(it, en);
    const lintEn = JSON.parse((await cli(['lint', '--format', 'json', '--today', '2026-11-22', 'clients/acme/drafts/reply.md'], 'en')).out);
    const lintEs = JSON.parse((await cli(['lint', '--format', 'json', '--today', '2026-11-22', 'clients/acme/drafts/reply.md'], 'es')).out);
    assert.deepEqual(
      lintEs.map((f: Record<string, unknown>) => Object.keys(f)),
      lintEn.map((f: Record<string, unknown>) => Object.keys(f)),
    );
    assert.deepEqual(
      lintEs.map((f: { rule: string; severity: string; offset: number }) => [f.rule, f.severity, f.offset]),
      lintEn.map((f: { rule: string; severity: string; offset: number }) => [f.rule, f.severity, f.offset]),
    );
    assert.notEqual(lintEs[0].message, lintEn[0].message, 'the finding messages follow the locale');
  });
});
