// @vitest-environment node
// The CLI is Node-only: run its tests without happy-dom (whose fetch applies browser CORS rules).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../lib/cli/main';
import type { CliIo } from '../../lib/cli/io';
import { AnalysisSchema } from '../../lib/schema/analysis';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'lib/cli/bin.mjs');

const HTML = `<!doctype html><html><head><title>Impact 2024</title><style>p{color:red}</style></head>
<body><h1>Our impact</h1><p>We support SDG <b>13</b>: Climate Action and the 2030 Agenda.</p>
<p style="display:none">SDG 5 is hidden</p><script>var s = "SDG 4";</script>
<ul><li>Target 8.7 in our supply chain</li><li>SDGs 6/7</li></ul></body></html>`;

let dir: string;

/** Runs the CLI in-process with captured streams. */
async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: () => stdin };
  const code = await main(argv, io);
  return { code, out, err };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdg-lens-cli-'));
  fs.writeFileSync(path.join(dir, 'report.html'), HTML);
  fs.mkdirSync(path.join(dir, 'more/deeper'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'more/notes.txt'), 'Our programme supports SDG 4 and SDG 5.\nNothing else.');
  fs.writeFileSync(path.join(dir, 'more/deeper/summary.md'), '# Summary\n\nWe contribute to SDGs 3, 4 and 5.');
  fs.writeFileSync(path.join(dir, 'more/image.png'), 'not text');
  fs.writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4');
  fs.mkdirSync(path.join(dir, 'empty'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sdg-lens (spawned bin)', () => {
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

  test('--help prints the command list and exits 0', () => {
    const r = spawn(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/scan[\s\S]*classify[\s\S]*assess[\s\S]*badge/);
  }, 60_000);

  test('no command is a usage error: exit 2 with usage on stderr', () => {
    const r = spawn([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: sdg-lens/);
  }, 60_000);

  test('scan of an HTML file writes a JSON report and exits 0', () => {
    const r = spawn(['scan', path.join(dir, 'report.html')]);
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout) as { title: string }[];
    expect(reports).toHaveLength(1);
    expect(reports[0]!.title).toBe('Impact 2024');
  }, 60_000);

  test('classify with a bad line exits 1 with a one-line reason', () => {
    const r = spawn(['classify'], '{"id": "a", "text": "SDG 1"}\nnot json\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['sdg-lens classify: line 2 is not valid JSON']);
  }, 60_000);
});

describe('sdg-lens scan', () => {
  test('an HTML report: visible text only, split inline elements joined, offsets into the text', async () => {
    const r = await run(['scan', path.join(dir, 'report.html')]);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out) as { source: string; title: string; analysis: unknown }[];
    const analysis = AnalysisSchema.parse(report!.analysis);
    expect(report!.source).toMatch(/^file:\/\/.*report\.html$/);
    expect(analysis.explicit.map((e) => e.text)).toEqual(['SDG 13: Climate Action', '2030 Agenda', 'Target 8.7', 'SDGs 6/7']);
    expect(analysis.goals.filter((g) => g.explicit > 0).map((g) => g.goal)).toEqual([6, 7, 8, 13]);
  });

  test('a folder is read recursively, supported files only, in name order', async () => {
    const r = await run(['scan', path.join(dir, 'more')]);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as { title: string; analysis: { explicit: { text: string }[] } }[];
    expect(reports.map((x) => x.title)).toEqual(['Summary', 'notes.txt']);
    expect(reports.map((x) => x.analysis.explicit.map((e) => e.text))).toEqual([['SDGs 3, 4 and 5'], ['SDG 4', 'SDG 5']]);
  });

  test.each([
    ['csv', /^source,title,lang,kind,goals,form,target,indicator,criterion,score,start,end,text\r\n/, /,explicit,6 7,list,/],
    ['md', /^# SDG Lens scan\n\n## Impact 2024/, /\*\*SDG 8\*\* target 8\\\.7/],
    ['w3c', /"type": "AnnotationCollection"/, /"TextQuoteSelector"/],
    ['json', /^\[/, /"form": "range"|"form": "list"/],
  ])('--format %s writes that format', async (format, head, body) => {
    const r = await run(['scan', '--format', format, path.join(dir, 'report.html')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(head);
    expect(r.out).toMatch(body);
  });

  test('--format=w3c with several documents writes an array of collections', async () => {
    const r = await run(['scan', '--format=w3c', path.join(dir, 'report.html'), path.join(dir, 'more/notes.txt')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { type: string }[];
    expect(out.map((c) => c.type)).toEqual(['AnnotationCollection', 'AnnotationCollection']);
  });

  test('--lang sets the document language', async () => {
    const r = await run(['scan', '--lang', 'de', path.join(dir, 'more/notes.txt')]);
    expect((JSON.parse(r.out) as { analysis: { lang: string } }[])[0]!.analysis.lang).toBe('de');
  });

  test.each([
    ['a missing file', ['scan', 'no/such/file.html'], /no such file or folder/],
    ['a damaged PDF', ['scan', 'PDF'], /report\.pdf: .*not a readable PDF/],
    ['an unsupported extension', ['scan', 'PNG'], /unsupported file type "\.png"/],
    ['a folder without supported files', ['scan', 'EMPTY'], /no \.html, \.txt, \.md or \.pdf files/],
  ])('%s is bad input: exit 1, one line on stderr, nothing on stdout', async (_name, argv, reason) => {
    const fixed = argv.map((a) =>
      a === 'PDF' ? path.join(dir, 'report.pdf') : a === 'PNG' ? path.join(dir, 'more/image.png') : a === 'EMPTY' ? path.join(dir, 'empty') : a,
    );
    const r = await run(fixed);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(reason);
  });

  test.each([
    ['no input', ['scan'], /no file, folder or URL given/],
    ['an unknown format', ['scan', '--format', 'xml', 'x.html'], /unknown format "xml"/],
    ['a missing format value', ['scan', 'x.html', '--format'], /--format needs a value/],
    ['an unknown language', ['scan', '--lang', 'it', 'x.html'], /unknown language "it"/],
    ['an unknown option', ['scan', '--fast', 'x.html'], /unknown option --fast/],
    ['an unknown command', ['scrape', 'x.html'], /unknown command "scrape"/],
  ])('%s is a usage error: exit 2 with usage', async (_name, argv, reason) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(reason);
    expect(r.err).toMatch(/usage: sdg-lens/);
  });

  describe('URLs', () => {
    let server: http.Server;
    let base = '';
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (req.url === '/report') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
        else if (req.url === '/notes') res.writeHead(200, { 'content-type': 'text/plain' }).end('SDG 12 only.');
        else if (req.url === '/doc.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
        else res.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('an HTML URL and a text URL are fetched and reported with their URL as source', async () => {
      const r = await run(['scan', `${base}/report`, `${base}/notes`]);
      expect(r.code).toBe(0);
      const reports = JSON.parse(r.out) as { source: string; title: string; analysis: { explicit: { text: string }[] } }[];
      expect(reports.map((x) => [x.source, x.title])).toEqual([[`${base}/report`, 'Impact 2024'], [`${base}/notes`, 'notes']]);
      expect(reports[1]!.analysis.explicit.map((e) => e.text)).toEqual(['SDG 12']);
    });

    test.each([
      ['HTTP 404', '/missing', /HTTP 404/],
      ['a damaged PDF response', '/doc.pdf', /not a readable PDF/],
    ])('%s is bad input: exit 1', async (_name, p, reason) => {
      const r = await run(['scan', `${base}${p}`]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(reason);
    });
  });
});

describe('sdg-lens classify', () => {
  test('writes one DESIGN.md line per input with all 17 scores and the named goals', async () => {
    const r = await run(['classify'], '{"id":"a","text":"We back SDG 13 and SDG 4."}\n\n{"id":"b","text":"Nothing here."}\n');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'a', explicit: [4, 13] });
    expect(Object.keys(lines[0]!.scores as object)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(lines[1]).toMatchObject({ id: 'b', explicit: [] });
  });

  test.each([
    ['a line without text', '{"id":"a"}\n', /line 1: text:/],
    ['a non-string id', '{"id":1,"text":"x"}\n', /line 1: id:/],
    ['a broken line after a good one', '{"id":"a","text":"x"}\n{oops\n', /line 2 is not valid JSON/],
  ])('%s is bad input: exit 1 and no partial output', async (_name, stdin, reason) => {
    const r = await run(['classify'], stdin);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(reason);
  });

  test('an argument is a usage error', async () => {
    const r = await run(['classify', 'file.jsonl']);
    expect(r.code).toBe(2);
  });
});
