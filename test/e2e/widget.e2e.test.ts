/**
 * The <sdg-profile> widget in real Chromium: every variant × theme × language on a host page with
 * hostile global CSS, a profile-fuzz test (injection attempts in every string field), `src`
 * failures, the light-DOM fallback, layout shift, keyboard use and axe checks.
 * Needs the widget build ($SDG_OUT_DIR/widget); builds it when missing. No extension involved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM } from './support/browser';
import { startServer, type FixtureServer } from './support/server';
import { validateProfile } from '../../widget/validate';
import type { Profile } from '../../lib/schema/profile';

const WIDGET_DIR = path.resolve(process.env.SDG_OUT_DIR ?? '.output', 'widget');
const FIXTURE: Profile = JSON.parse(fs.readFileSync('test/fixtures/widget/profile-acme.json', 'utf8'));

let server: FixtureServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(WIDGET_DIR, 'sdg-profile.js'))) {
    const { build } = await import('vite');
    await build({ configFile: path.resolve('vite.widget.config.ts'), logLevel: 'warn' });
  }
  server = await startServer({ '/fixtures': 'test/fixtures', '/widget': WIDGET_DIR, '/axe': 'node_modules/axe-core' });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open a fixture page and record page errors and calls to `window.__pwned` (the injection tripwire). */
async function open(p: string, setup?: (page: Page) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    (window as any).__hits = [];
    (window as any).__pwned = (what: string) => (window as any).__hits.push(what);
  });
  await setup?.(page);
  await page.goto(server.url(p), { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('sdg-profile') !== undefined);
  return { page, errors };
}

/** Add widgets to #host and wait until none is loading. */
async function addWidgets(page: Page, specs: { id: string; attrs: Record<string, string>; json?: string }[]): Promise<void> {
  await page.evaluate((specs) => {
    const host = document.getElementById('host')!;
    for (const s of specs) {
      const el = document.createElement('sdg-profile');
      el.id = s.id;
      for (const [k, v] of Object.entries(s.attrs)) el.setAttribute(k, v);
      if (s.json !== undefined) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = s.json;
        el.append(script);
      }
      host.append(el);
    }
  }, specs);
  await page.waitForFunction(
    (ids: string[]) => ids.every((id) => ['ok', 'error'].includes(document.getElementById(id)?.getAttribute('data-state') ?? '')),
    { timeout: 20_000 },
    specs.map((s) => s.id),
  );
}

const VARIANTS = ['badge', 'card', 'full'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const LANGS = [
  ['en', 'SDG profile', 'Clean water and sanitation', 'verified'],
  ['fr', 'Profil ODD', 'Eau propre et assainissement', 'vérifié'],
  ['es', 'Perfil ODS', 'Agua Limpia y Saneamiento', 'verificado'],
] as const;
const COMBOS = VARIANTS.flatMap((v) => THEMES.flatMap((t) => LANGS.map((l) => [v, t, ...l] as const)));
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(13, 17, 23)';

describe('every variant × theme × language on a hostile host page', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open('/fixtures/widget/hostile.html', (p) => p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }])));
    await page.setViewport({ width: 900, height: 800 });
    await addWidgets(page, COMBOS.map(([v, t, l]) => ({ id: `w-${v}-${t}-${l}`, attrs: { variant: v, theme: t, lang: l, src: '/fixtures/widget/profile-acme.json' } })));
  });
  afterAll(() => page?.close());

  test.each(COMBOS)('%s / %s / %s renders in its language, theme and layout despite the page CSS', async (variant, theme, lang, kicker, goal6, verified) => {
    const r = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const root = el.shadowRoot!.querySelector<HTMLElement>('.r')!;
      const cs = getComputedStyle(root);
      return {
        state: el.getAttribute('data-state'),
        hostDisplay: getComputedStyle(el).display,
        hostOpacity: getComputedStyle(el).opacity,
        cls: root.className,
        lang: root.lang,
        bg: cs.backgroundColor,
        fontSize: cs.fontSize,
        transform: getComputedStyle(root.querySelector('.org')!).textTransform,
        text: root.textContent ?? '',
        spoken: root.querySelector('[role="img"]')!.getAttribute('aria-label') ?? '',
        rootWidth: root.getBoundingClientRect().width,
        hostWidth: el.getBoundingClientRect().width,
      };
    }, `w-${variant}-${theme}-${lang}`);
    expect(r.state).toBe('ok');
    expect(r.cls).toBe(`r ${variant}`);
    expect(r.lang).toBe(lang);
    // The page emulates a dark preference, so "auto" must follow it.
    expect(r.bg).toBe(theme === 'light' ? LIGHT_BG : DARK_BG);
    expect([r.hostDisplay, r.hostOpacity, r.fontSize, r.transform]).toEqual(['block', '1', '14px', 'none']);
    expect(r.rootWidth).toBeCloseTo(r.hostWidth, 0);
    expect(r.text).toContain(kicker);
    expect(r.spoken).toContain(`${goal6}: ${verified}`);
  });

  test('the page reported no errors', () => expect(errors).toEqual([]));

  test('auto follows a light preference too', async () => {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const bg = await page.evaluate(() => getComputedStyle(document.getElementById('w-card-auto-en')!.shadowRoot!.querySelector('.r')!).backgroundColor);
    expect(bg).toBe(LIGHT_BG);
  });

  test.each([['card'], ['full']])('%s lists every claimed goal with its level and the risk', async (variant) => {
    const r = await page.evaluate((id) => {
      const root = document.getElementById(id)!.shadowRoot!;
      return {
        goals: [...root.querySelectorAll('[part="goal"]')].map((g) => `${g.querySelector('.gn')!.textContent} = ${g.querySelector('[part="level"]')!.textContent}`),
        risk: root.querySelector('[part="risk"]')!.textContent,
        links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }, `w-${variant}-light-en`);
    expect(r.goals).toEqual([
      'Goal 5, Gender equality = evidenced',
      'Goal 6, Clean water and sanitation = verified',
      'Goal 7, Affordable and clean energy = measured',
      'Goal 13, Climate action = evidenced',
      'Goal 17, Partnerships for the goals = claimed',
    ]);
    expect(r.risk).toContain('Claim risk: medium · 38/100');
    expect(r.risk).toContain('Future pledge without plan');
    if (variant === 'full') expect(r.links).toContain('https://acme.example/climate');
    else expect(r.links).toEqual([]);
  });

  test('an adjusted level is shown with the reader’s reason', async () => {
    const text = await page.evaluate(() => document.getElementById('w-card-light-en')!.shadowRoot!.querySelector('[part="adjustment"]')!.textContent);
    expect(text).toBe('Adjusted from “measured”: The emissions figure excludes scope 3; we show it as evidenced until scope 3 is reported.');
  });

  test('changing the variant attribute re-renders without refetching', async () => {
    const cls = await page.evaluate(async () => {
      const el = document.getElementById('w-badge-light-en')!;
      el.setAttribute('variant', 'full');
      return el.shadowRoot!.querySelector('.r')!.className;
    });
    expect(cls).toBe('r full');
  });
});

describe('responsive from 200 px', () => {
  test.each(VARIANTS)('%s at 200 px wide does not overflow horizontally', async (variant) => {
    const { page } = await open('/fixtures/widget/hostile.html');
    await page.evaluate(() => (document.getElementById('host')!.style.cssText = 'width:200px !important;display:block !important;float:none !important;padding:0 !important;margin:0 !important;border:0 !important'));
    await addWidgets(page, [{ id: 'w', attrs: { variant, theme: 'light', src: '/fixtures/widget/profile-acme.json' } }]);
    const r = await page.evaluate(() => {
      const el = document.getElementById('w')!;
      const root = el.shadowRoot!.querySelector<HTMLElement>('.r')!;
      root.querySelectorAll('details').forEach((d) => (d.open = true));
      const wide = [...root.querySelectorAll<HTMLElement>('*')].filter((n) => n.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5);
      return { host: el.getBoundingClientRect().width, scroll: root.scrollWidth, client: root.clientWidth, wide: wide.map((n) => n.className || n.localName) };
    });
    await page.close();
    expect(r.host).toBe(200);
    expect(r.scroll).toBeLessThanOrEqual(r.client);
    expect(r.wide, JSON.stringify(r.wide)).toEqual([]);
  });
});

describe('the built files', () => {
  test.each([['sdg-profile.js'], ['sdg-profile.mjs']])('%s is self-contained, without zod, and at most 10 KB gzipped', (file) => {
    const code = fs.readFileSync(path.join(WIDGET_DIR, file), 'utf8');
    expect(code).not.toMatch(/^\s*import[\s{*]/m);
    expect(code).not.toMatch(/ZodError|zod/i);
    expect(code).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML|document\.write|\beval\(|new Function/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
  });
});

describe('a host page with a strict Content-Security-Policy', () => {
  test('renders fully styled with no CSP violation (constructed stylesheet, CSSOM colours)', async () => {
    const { page, errors } = await open('/fixtures/widget/csp.html');
    await page.waitForFunction(() => document.getElementById('w')!.getAttribute('data-state') === 'ok');
    const r = await page.evaluate(() => {
      const root = document.getElementById('w')!.shadowRoot!;
      return {
        violations: (window as any).__violations,
        radius: getComputedStyle(root.querySelector('.r')!).borderTopLeftRadius,
        goal6: getComputedStyle(root.querySelectorAll('.t')[5]!).backgroundColor,
      };
    });
    await page.close();
    expect(r).toEqual({ violations: [], radius: '10px', goal6: 'rgb(38, 189, 226)' });
    expect(errors).toEqual([]);
  });
});

describe('language from the page', () => {
  test.each([
    ['es', 'Perfil ODS'], ['fr-CA', 'Profil ODD'], ['de', 'SDG profile'],
  ])('inside lang="%s" with no lang attribute it speaks the page language (%s)', async (lang, kicker) => {
    const { page } = await open('/fixtures/widget/hostile.html');
    await page.evaluate((lang) => document.getElementById('host')!.setAttribute('lang', lang), lang);
    await addWidgets(page, [{ id: 'w', attrs: { variant: 'badge', src: '/fixtures/widget/profile-acme.json' } }]);
    const text = await page.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelector('.kk')!.textContent);
    await page.close();
    expect(text).toBe(kicker);
  });
});

// ---------------------------------------------------------------- fuzz
const PAYLOADS = [
  '<img src=x onerror="window.__pwned(\'img\')">',
  '<script>window.__pwned("script")</script>',
  '</script><script>window.__pwned("close-script")</script>',
  '"><svg onload="window.__pwned(\'svg\')">',
  "' onmouseover='window.__pwned(1)' x='",
  'javascript:window.__pwned("js-url")',
  'JaVaScRiPt:window.__pwned("js-url-case")',
  'data:text/html,<script>window.__pwned("data")</script>',
  '<style>*{display:none!important}</style>',
  'red;}</style><style>:host{background:url(javascript:window.__pwned("css"))}',
  '<iframe src="javascript:window.__pwned(\'iframe\')"></iframe>',
  '<a href="javascript:window.__pwned(\'a\')">click</a>',
  '{{constructor.constructor("window.__pwned(\'tpl\')")()}}',
  '${window.__pwned("tpl2")}',
  '\u202Eevil\u202C <b>bold</b> \u0000 \uFFFF',
  'x'.repeat(300_000),
];

type Setter = (p: any, v: string) => void;
const FIELDS: [string, Setter][] = [
  ['organisation.name', (p, v) => (p.organisation.name = v)],
  ['organisation.website', (p, v) => (p.organisation.website = v)],
  ['period', (p, v) => (p.period = v)],
  ['goals.reason', (p, v) => ((p.goals[2].reason = v), (p.goals[2].level = 'claimed'))],
  ['goals.targets', (p, v) => (p.goals[0].targets = [v])],
  ['goals.indicators.label', (p, v) => (p.goals[0].indicators[0].label = v)],
  ['goals.indicators.unit', (p, v) => (p.goals[0].indicators[0].unit = v)],
  ['goals.indicators.baseline', (p, v) => (p.goals[0].indicators[0].baseline = v)],
  ['goals.sources', (p, v) => (p.goals[0].sources = [v])],
  ['goals.level', (p, v) => (p.goals[0].level = v)],
  ['risk.summary', (p, v) => (p.risk.summary = v)],
  ['risk.level', (p, v) => (p.risk.level = v)],
  ['criteria.criterion', (p, v) => (p.criteria[0].criterion = v)],
  ['sources.url', (p, v) => (p.sources[0].url = v)],
  ['sources.title', (p, v) => (p.sources[0].title = v)],
  ['generator.name', (p, v) => (p.generator.name = v)],
  ['generator.version', (p, v) => (p.generator.version = v)],
  ['generated', (p, v) => (p.generated = v)],
  ['format', (p, v) => (p.format = v)],
  ['goals.goal (a string)', (p, v) => (p.goals[0].goal = v)],
];
// Payloads that are also http(s) URLs, so URL fields get links that must still be safe.
const URL_PAYLOADS = [
  'https://evil.example/"><img src=x onerror="window.__pwned(\'url\')">',
  'https://evil.example/</script><script>window.__pwned("url2")</script>',
  "https://evil.example/' onclick='window.__pwned(3)",
];

const FUZZ = [
  ...FIELDS.flatMap(([field, set]) => PAYLOADS.map((payload, i) => ({ field, set, payload, i }))),
  ...FIELDS.filter(([f]) => /website|sources/.test(f)).flatMap(([field, set]) => URL_PAYLOADS.map((payload, i) => ({ field, set, payload, i: 100 + i }))),
];

describe(`profile fuzz: ${FUZZ.length} injection cases, across ${FIELDS.length} fields`, () => {
  const ALLOWED = new Set(['div', 'p', 'span', 'b', 'i', 'ul', 'li', 'details', 'summary', 'a', 'slot']);
  const cases = FUZZ.map(({ field, set, payload, i }) => {
    const p = structuredClone(FIXTURE) as any;
    set(p, payload);
    const json = JSON.stringify(p);
    return { id: `f-${field.replace(/\W/g, '-')}-${i}`, field, json, valid: validateProfile(JSON.parse(json)).ok, variant: VARIANTS[i % 3]! };
  });
  // A whole file beyond the size limit, and inline JSON that breaks out of its script element in HTML.
  cases.push({ id: 'f-huge-file', field: 'file', json: JSON.stringify({ ...FIXTURE, pad: 'x'.repeat(300_000) }), valid: false, variant: 'full' });

  let page: Page;
  let errors: string[];
  let results: { id: string; state: string | null; tags: string[]; onAttrs: number; badLinks: string[]; styleOk: boolean; outside: number }[];
  beforeAll(async () => {
    ({ page, errors } = await open('/fixtures/widget/hostile.html'));
    const before = await page.evaluate(() => document.querySelectorAll('*').length);
    await addWidgets(page, cases.map((c) => ({ id: c.id, attrs: { variant: c.variant, theme: 'light' }, json: c.json })));
    // Open every <details> and hover/click nothing: rendering alone must not run anything; then look at everything.
    results = await page.evaluate((before: number, n: number) => {
      const sheet = document.querySelector('sdg-profile')!.shadowRoot!.adoptedStyleSheets[0];
      return [...document.querySelectorAll('sdg-profile')].map((el) => {
        const root = el.shadowRoot!;
        root.querySelectorAll('details').forEach((d) => (d.open = true));
        const all = [...root.querySelectorAll('*')];
        return {
          id: el.id,
          state: el.getAttribute('data-state'),
          tags: [...new Set(all.map((e) => e.localName))],
          onAttrs: all.filter((e) => e.getAttributeNames().some((a) => a.toLowerCase().startsWith('on'))).length,
          badLinks: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => !/^https?:\/\//.test(h)),
          // Our one shared stylesheet, and no <style> element that a payload could have added.
          styleOk: root.querySelectorAll('style').length === 0 && root.adoptedStyleSheets.length === 1 && root.adoptedStyleSheets[0] === sheet,
          // Each widget adds 2 light-DOM nodes (itself and its script); anything more was injected.
          outside: document.querySelectorAll('*').length - before - 2 * n,
        };
      });
    }, before, cases.length);
    // Give any injected timers or image error handlers a chance to fire before counting.
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(() => page?.close());

  test('nothing executed: the tripwire was never called and no page error occurred', async () => {
    expect(await page.evaluate(() => (window as any).__hits)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each(cases.map((c, k) => [c.field, c.id, c.valid, k] as const))('%s (%s): shown=%s, only our elements, no handlers, only http(s) links', (_f, id, valid, k) => {
    const r = results[k]!;
    expect(r.id).toBe(id);
    expect(r.state).toBe(valid ? 'ok' : 'error');
    expect(r.tags.filter((t) => !ALLOWED.has(t))).toEqual([]);
    expect(r.onAttrs).toBe(0);
    expect(r.badLinks).toEqual([]);
    expect(r.styleOk).toBe(true);
    expect(r.outside).toBe(0);
  });

  test('payload text that is valid is shown as text, verbatim', async () => {
    const text = await page.evaluate(() => document.getElementById('f-organisation-name-0')!.shadowRoot!.querySelector('.org')!.textContent);
    expect(text).toBe(PAYLOADS[0]);
  });
});

// ---------------------------------------------------------------- src failures and the fallback
describe('src failures', () => {
  test.each([
    ['a 404', '/fixtures/widget/missing.json', 'the file could not be loaded'],
    ['invalid JSON', '/fixtures/widget/broken.json', 'the file is not valid JSON'],
    ['JSON that is not a profile', '/fixtures/widget/demo.html', 'the file is not valid JSON'],
    ['a valid JSON file of another shape', '/axe/package.json', 'the file is not a valid profile'],
    ['an unreachable host', 'http://127.0.0.1:9/profile.json', 'the file could not be loaded'],
  ])('%s shows a small error and keeps the fallback link visible', async (_n, src, reason) => {
    const { page, errors } = await open('/fixtures/widget/hostile.html');
    await page.evaluate((src) => {
      document.getElementById('host')!.innerHTML = `<sdg-profile id="w" variant="card" theme="light" lang="en" src="${src}"><a id="fb" href="https://acme.example/">Acme SDG profile</a></sdg-profile>`;
    }, src);
    await page.waitForFunction(() => document.getElementById('w')!.getAttribute('data-state') === 'error');
    const r = await page.evaluate(() => {
      const el = document.getElementById('w')!;
      return {
        error: el.shadowRoot!.querySelector('[part="error"]')!.textContent,
        height: el.shadowRoot!.querySelector('[part="error"]')!.getBoundingClientRect().height,
        fallbackShown: document.getElementById('fb')!.getClientRects().length > 0,
      };
    });
    await page.close();
    expect(r.error).toBe(`⚠This SDG profile cannot be shown: ${reason}.`);
    expect(r.height).toBeLessThan(80);
    expect(r.fallbackShown).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a response far over the size limit is refused as not a profile', async () => {
    const { page } = await open('/fixtures/widget/hostile.html', async (p) => {
      await p.setRequestInterception(true);
      p.on('request', (req) =>
        req.url().endsWith('/huge.json') ? req.respond({ status: 200, contentType: 'application/json', body: `"${'x'.repeat(2_000_000)}"` }) : req.continue(),
      );
    });
    await addWidgets(page, [{ id: 'w', attrs: { src: '/fixtures/widget/huge.json', lang: 'en' } }]);
    const text = await page.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelector('[part="error"]')?.textContent);
    await page.close();
    expect(text).toBe('⚠This SDG profile cannot be shown: the file is not a valid profile.');
  });

  test('the fetch omits credentials: no cookie reaches the profile server', async () => {
    const seen: (string | undefined)[] = [];
    const { page } = await open('/fixtures/widget/hostile.html', async (p) => {
      p.on('request', (req) => {
        if (req.url().includes('profile-acme.json')) seen.push(req.headers()['cookie']);
      });
    });
    await page.evaluate(() => (document.cookie = 'session=secret; path=/'));
    await addWidgets(page, [{ id: 'w', attrs: { src: '/fixtures/widget/profile-acme.json' } }]);
    await page.close();
    expect(seen).toEqual([undefined]);
  });
});

describe('fallback and layout', () => {
  test('the light-DOM fallback stays until the widget renders, then gives way', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { page } = await open('/fixtures/widget/shift.html', async (p) => {
      await p.setRequestInterception(true);
      p.on('request', async (req) => {
        if (req.url().includes('profile-acme.json')) await gate;
        await req.continue();
      });
    });
    const during = await page.evaluate(() => ({
      state: document.getElementById('w')!.getAttribute('data-state'),
      fallback: document.querySelector('#w img')!.getBoundingClientRect().height,
    }));
    release();
    await page.waitForFunction(() => document.getElementById('w')!.getAttribute('data-state') === 'ok');
    const after = await page.evaluate(() => document.querySelector('#w img')!.getClientRects().length);
    await page.close();
    expect(during).toEqual({ state: 'loading', fallback: 98 });
    expect(after).toBe(0);
  });

  /** The height a variant renders at on the shift page: what the profile builder measures in its preview. */
  async function renderedHeight(variant: string): Promise<number> {
    const { page } = await open('/fixtures/widget/shift.html');
    await page.evaluate((v) => document.getElementById('w')!.setAttribute('variant', v), variant);
    await page.waitForFunction(() => document.getElementById('w')!.getAttribute('data-state') === 'ok');
    const h = await page.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelector('.r')!.getBoundingClientRect().height);
    await page.close();
    return Math.ceil(h);
  }

  test.each([
    ['badge, default reservation', 'badge', false],
    ['card, with the height the profile builder writes into the snippet', 'card', true],
  ])('%s: nothing moves when the widget renders (layout-shift score 0)', async (_n, variant, measured) => {
    const style = measured ? `--sdg-min-height: ${await renderedHeight(variant)}px` : '';
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { page } = await open('/fixtures/widget/shift.html', async (p) => {
      await p.setRequestInterception(true);
      p.on('request', async (req) => {
        if (req.url().includes('profile-acme.json')) await gate;
        await req.continue();
      });
    });
    // The attributes an embedder writes in the markup; set while the profile is still on its way.
    await page.evaluate((variant, style) => {
      const w = document.getElementById('w')!;
      w.setAttribute('style', style);
      w.setAttribute('variant', variant);
    }, variant, style);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.evaluate(() => {
      (window as any).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) (window as any).__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: false });
    });
    await new Promise((r) => setTimeout(r, 100));
    const before = await page.evaluate(() => document.getElementById('below')!.getBoundingClientRect().top);
    release();
    await page.waitForFunction(() => document.getElementById('w')!.getAttribute('data-state') === 'ok');
    await new Promise((r) => setTimeout(r, 300));
    const after = await page.evaluate(() => ({ top: document.getElementById('below')!.getBoundingClientRect().top, shift: (window as any).__shift }));
    await page.close();
    expect(after.top).toBe(before);
    expect(after.shift).toBe(0);
  });
});

// ---------------------------------------------------------------- keyboard and accessibility
describe('keyboard and accessibility', () => {
  test('Tab reaches the details toggle inside the badge and Enter opens it', async () => {
    const { page } = await open('/fixtures/widget/hostile.html');
    await addWidgets(page, [{ id: 'w', attrs: { variant: 'badge', theme: 'light', src: '/fixtures/widget/profile-acme.json' } }]);
    await page.focus('#before');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.getElementById('w')!.shadowRoot!.activeElement?.localName);
    await page.keyboard.press('Enter');
    const opened = await page.evaluate(() => document.getElementById('w')!.shadowRoot!.querySelector('details')!.open);
    const outline = await page.evaluate(() => getComputedStyle(document.getElementById('w')!.shadowRoot!.activeElement!).outlineStyle);
    await page.close();
    expect([focused, opened, outline]).toEqual(['summary', true, 'solid']);
  });

  test.each([['light'], ['dark']] as const)('axe finds no WCAG A/AA violation in any widget of the demo page (%s preference)', async (scheme) => {
    const { page } = await open('/fixtures/widget/demo.html', (p) => p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]));
    await page.setViewport({ width: 1240, height: 900 });
    await page.waitForFunction(() => [...document.querySelectorAll('sdg-profile')].every((e) => ['ok', 'error'].includes(e.getAttribute('data-state') ?? '')));
    // Open every details element so the hidden parts are checked too.
    await page.evaluate(() => document.querySelectorAll('sdg-profile').forEach((e) => e.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true))));
    await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as any).axe;
      const res = await axe.run({ include: [...document.querySelectorAll('sdg-profile')].map((e) => [e]) }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return res.violations.map((v: any) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target?.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`);
    });
    const count = await page.evaluate(() => document.querySelectorAll('sdg-profile').length);
    await page.close();
    expect(count).toBe(11);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
