// The generated client workspaces of `npm run bench:clients` (fixed seed), shared with
// test/bench/clients-parity.mjs so both read the very same files.
import * as fs from 'node:fs';
import * as path from 'node:path';

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const day = (offset) => {
  const d = new Date(2026, 10, 22 - offset, 12);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const FIRST = ['Ana', 'Mark', 'Lucía', 'Marco', 'Sophie', 'Jonas', 'Elena', 'Pablo', 'Giulia', 'Tom', 'Irene', 'Óscar'];
const LAST = ['Ruiz', 'Ellis', 'Fernández', 'Rinaldi', 'Martin', 'Weber', 'Rossi', 'García', 'Neri', 'Smith'];
const TASKS = [
  'send the photos',
  'review the copy',
  'pay the deposit invoice',
  'confirm the menu',
  'publish the staging site',
  'sign the contract',
  'deliver the mock-up',
];
const DUES = ['by Friday', 'next Wednesday', 'in two weeks', 'end of the month', 'tomorrow', 'due: 2026-12-04', ''];

/** Writes n clients (10 notes each) under dir/clients; sizes written in the same order are the same files. */
export function writeWorkspace(dir, n) {
  const clients = path.join(dir, 'clients');
  let files = 0;
  for (let i = 0; i < n; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const c = path.join(clients, `client-${i}`);
    for (const sub of ['meetings', 'drafts', 'followups']) fs.mkdirSync(path.join(c, sub), { recursive: true });
    const lang = pick(['en', 'es', 'it']);
    fs.writeFileSync(
      path.join(c, 'client.md'),
      `---\nname: ${name}\ncompany: Studio ${i}\nemail: c${i}@example.com\nlang: ${lang}\ntimezone: Europe/Madrid\nstatus: ${pick(['active', 'active', 'lead', 'paused'])}\n${rand() < 0.7 ? 'contract: 2026-09-01\n' : ''}${rand() < 0.6 ? 'deposit: 2026-09-02\n' : ''}hours: Mon-Fri 09:00-18:00\ntags: [web, retainer]\n---\n\n# ${name}\n\nNotes about the project.\n`,
    );
    const log = Array.from(
      { length: 20 },
      (_, k) =>
        `- ${day(k * 3)} ${String(8 + Math.floor(rand() * 16)).padStart(2, '0')}:${pick(['00', '15', '40'])} ${pick(['email', 'call', 'whatsapp'])} ${pick(['in', 'out'])}: ${pick(TASKS)}`,
    );
    fs.writeFileSync(path.join(c, 'log.md'), `# Log\n\n${log.join('\n')}\n`);
    for (let m = 0; m < 4; m++) {
      const d = day(m * 9 + 1);
      const actions = Array.from(
        { length: 4 },
        () => `- [${rand() < 0.3 ? 'x' : ' '}] ${pick([name.split(' ')[0], 'Sam'])}: ${pick(TASKS)} ${pick(DUES)}`,
      );
      fs.writeFileSync(
        path.join(c, 'meetings', `${d}-meeting-${m}.md`),
        `---\ndate: ${d}\nattendees: [${name}, Sam Rivera]\n---\n\n# Meeting ${m}\n\n## Decisions\n- Launch with ${m + 2} pages.\n\n## Action items\n${actions.join('\n')}\n\n## Open questions\n- Which payment provider?\n`,
      );
    }
    for (let k = 0; k < 2; k++)
      fs.writeFileSync(
        path.join(c, 'drafts', `${day(k)}-reply-${k}.md`),
        `---\nto: ${name}\n---\n\nHi ${name.split(' ')[0]},\n\nThe files are attached. I will send the rest on Friday.\n`,
      );
    for (let k = 0; k < 2; k++)
      fs.writeFileSync(
        path.join(c, 'followups', `${day(k * 9 + 1)}-meeting-${k}.md`),
        `---\ntype: draft\nsubject: Recap\nmeeting: clients/client-${i}/meetings/${day(k * 9 + 1)}-meeting-${k}.md\n---\n\nHi,\n\nHere is what we agreed.\n`,
      );
    files += 10;
  }
  return { clients, files };
}

/** Every Markdown file under a folder, in a stable order. */
export function list(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) list(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}
