// `npm run snippets`: writes snippets/markdown.json from the template catalog.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './code-server.mjs';

const require = createRequire(import.meta.url);
const { markdownSnippets } = require(path.join(ROOT, 'out/src/core/templates/snippets.js'));
fs.mkdirSync(path.join(ROOT, 'snippets'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'snippets/markdown.json'), `${JSON.stringify(markdownSnippets(), null, 2)}\n`);
console.log('snippets/markdown.json written');
