import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

describe('the npm package', function () {
  this.timeout(180_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'composure-pack-'));
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('packs (building on prepack) into a package whose composure bin runs from a clean folder, offline', () => {
    // Pack a copy of the sources, so the working tree's dist/ is left as it is.
    const src = path.join(tmp, 'src-copy');
    fs.mkdirSync(src);
    for (const p of [
      'package.json',
      '.npmignore',
      'esbuild.config.mjs',
      'tsconfig.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'src',
      'media',
      'snippets',
    ]) {
      fs.cpSync(path.join(ROOT, p), path.join(src, p), { recursive: true });
    }
    for (const f of fs.readdirSync(ROOT).filter((f) => /^package\.nls.*\.json$/.test(f)))
      fs.copyFileSync(path.join(ROOT, f), path.join(src, f));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'junction');
    const env = {
      ...process.env,
      npm_config_cache: path.join(tmp, 'npm-cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: 'C.UTF-8',
    };
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--pack-destination', tmp], {
        cwd: src,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0].files.map((f) => f.path);
    assert.ok(files.includes('dist/cli.js') && files.includes('dist/extension.js'), 'the bundles are packed');
    for (const f of [
      'dist/cli-all.js',
      'dist/cli-lint.js',
      'dist/cli-lint.cache',
      'dist/matcher-en.bin',
      'dist/matcher-es.bin',
      'dist/matcher-it.bin',
      'dist/pack-en.json',
      'dist/pack-es.json',
      'dist/pack-it.json',
    ])
      assert.ok(
        files.includes(f),
        `${f} is packed (the launcher's bundles, the lint bundle's code cache, the compiled phrase matcher and the packs)`,
      );
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.map')), 'no sources, tests or source maps');

    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), '{"name": "app", "private": true}\n');
    execFileSync(npm, ['install', '--offline', path.join(tmp, packed[0].filename)], { cwd: app, env, stdio: 'ignore' });
    const out = execFileSync(npx, ['--offline', 'composure', '--version'], { cwd: app, env, encoding: 'utf8' });
    assert.equal(out, `${version}\n`);
    const help = execFileSync(npx, ['--offline', 'composure', 'agreements', '--help'], { cwd: app, env, encoding: 'utf8' });
    assert.match(help, /^Usage: composure agreements/);
    // `lint` runs from its own bundle, on the matcher compiled at build time.
    fs.writeFileSync(path.join(app, 'reply.md'), 'Como ya te dije, te mando la factura lo antes posible.\n');
    const lint = spawnSync(npx, ['--offline', 'composure', 'lint', '--format', 'json', 'reply.md'], { cwd: app, env, encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    const rules = (JSON.parse(lint.stdout) as Array<{ rule: string }>).map((f) => f.rule);
    assert.deepEqual(rules, ['reproachful-reminder', 'vague-timing']);
    const italian = execFileSync(npx, ['--offline', 'composure', 'agreements', '--help'], {
      cwd: app,
      env: { ...env, LANG: 'it_IT.UTF-8' },
      encoding: 'utf8',
    });
    assert.match(italian, /^Uso: composure agreements [^]*\nCodici di uscita: /, 'messages follow LANG');
  });
});
