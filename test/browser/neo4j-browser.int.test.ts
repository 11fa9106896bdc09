import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Path } from 'neo4j-driver';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ingest } from '../../ingest/index.ts';
import { useApi } from '../helpers/api.ts';
import { loadResultsCorpus } from '../helpers/results-corpus.ts';

const CHROMIUM = '/usr/bin/chromium';
const GUIDE_FILE = 'src/api/guide/browser-guide.html';
const STYLE_FILE = 'src/api/guide/style.grass';
const SCREENSHOT = 'docs/neo4j-browser.png';
const HEADLINE_TITLES = [
  'Counter-Current Learning: A Biologically Plausible',
  'Mono-Forward: Backpropagation-Free',
];

const info = inject('neo4j');

/** Browser on the run's Neo4j: the local server's HTTP port, or NEO4J_BROWSER_URL for any other server */
function browserUrl(): string {
  if (info.local) return `http://localhost:${info.local.httpPort}/browser/`;
  const url = process.env.NEO4J_BROWSER_URL;
  if (!url) {
    throw new Error(
      `This run uses ${info.via} (${info.uri}), whose Neo4j Browser address is unknown: set NEO4J_BROWSER_URL ` +
        '(e.g. http://localhost:7474/browser/), or unset NEO4J_URI so the run starts its own local Neo4j.',
    );
  }
  return url;
}

describe('Neo4j Browser with the PaperGraph guide and style', () => {
  // the sample corpus, and hand-made results until the extractor fills them, so the leaderboard slide has rows
  const api = useApi({
    load: async (driver) => {
      await ingest(['data/sample-abstracts.txt'], { driver, batchSize: 100 });
      await loadResultsCorpus(driver);
    },
  });
  const apiOrigin = () => new URL(api.url).origin;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let examples: string[];

  beforeAll(async () => {
    // never skip: a missing browser is a setup problem to fix, not a reason to pass
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} not found: install Debian's chromium with \`apt-get install -y chromium\`.`,
      );
    }
    profile = await mkdtemp(join(tmpdir(), 'papergraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      viewport: { width: 1280, height: 900 },
    });
    // the guide's runnable blocks as Browser will see them: parsed by Chromium, entities decoded
    const parser = await context.newPage();
    await parser.setContent(await readFile(GUIDE_FILE, 'utf8'));
    examples = (await parser.locator('pre.runnable').allTextContents()).map((text) => text.trim());
    await parser.close();
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const cypherExamples = () => examples.filter((text) => !text.startsWith(':'));
  const inlineStyle = () => {
    const found = examples.find((text) => text.startsWith(':style\n'));
    if (!found) throw new Error(`${GUIDE_FILE} has no inline :style block`);
    return found;
  };
  const headline = () => {
    const found = examples.find((text) => text.includes("'MNIST'"));
    if (!found) throw new Error(`${GUIDE_FILE} has no example with 'MNIST'`);
    return found;
  };

  it('has Cypher examples that all return rows on the sample corpus', async () => {
    expect(cypherExamples().length).toBeGreaterThanOrEqual(7);
    for (const query of cypherExamples()) {
      const { records } = await api.db.driver.executeQuery(query);
      expect(records.length, query).toBeGreaterThan(0);
    }
  });

  it('finds the headline paper whatever the spelling of backprop, and nothing for Cora', async () => {
    const papers = async (query: string): Promise<string[]> =>
      (await api.db.driver.executeQuery(query)).records.map((record) => {
        const path = record.get('path') as Path;
        return path.segments.find((segment) => segment.end.labels.includes('Paper'))!.end.properties.title;
      });
    for (const spelling of ['back-propagation', 'backprop', 'BP', 'Backpropagation']) {
      const query = headline().replace("'back-propagation'", `'${spelling}'`);
      expect((await papers(query)).sort(), spelling).toEqual(
        HEADLINE_TITLES.map((title) => expect.stringContaining(title)),
      );
    }
    // the guide explains why: no paper evaluated on Cora proposes an alternative to backprop
    expect(await papers(headline().replace("'MNIST'", "'Cora'"))).toEqual([]);
  });

  it('applies inline the same style as style.grass', async () => {
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(squeeze(inlineStyle().slice(':style'.length))).toBe(squeeze(await readFile(STYLE_FILE, 'utf8')));
  });

  it('connects (with no password on the local default), applies the style and renders the headline example', async () => {
    const params = new URLSearchParams({ dbms: info.uri });
    // auth is disabled on the local default: NO_AUTH makes the connect form connect by itself
    if (info.local) params.set('preselectAuthMethod', 'NO_AUTH');
    // an explicit cmd=play also stops Browser from running browser.post_connect_cmd, whose port is the default API's
    params.set('cmd', 'play');
    params.set('arg', `${apiOrigin()}/browser-guide`);
    await page.goto(`${browserUrl()}?${params}`);
    if (!info.local) await logIn(page);
    await page
      .getByText(/You have a working connection|You are connected as user/)
      .first()
      .waitFor({ timeout: 60_000 });

    // the guide's inline :style block, which works whatever the API's port
    await run(page, inlineStyle());
    await expect.poll(() => frames(page).first().innerText()).toContain('caption: "{title}"');

    await run(page, headline());
    const result = await latestResult(page);
    await result.getByTestId('cypherFrameSidebarVisualization').click();
    await expect.poll(() => result.innerText()).toContain('Displaying 6 nodes, 6 relationships');
    await page.waitForTimeout(2_000); // let the force layout settle
    await mkdir('docs', { recursive: true });
    await result.screenshot({ path: SCREENSHOT });
    expect((await stat(SCREENSHOT)).size).toBeLessThan(300_000);

    await result.getByTestId('cypherFrameSidebarTable').click();
    await expect.poll(() => result.innerText()).toContain(HEADLINE_TITLES[1]);
  });

  it('plays the guide from the API, loads the style from the API, and runs the headline block from its slide', async () => {
    const guide = frames(page).filter({ has: page.getByTestId('carousel') });
    expect(
      await guide.count(),
      `Browser could not play ${apiOrigin()}/browser-guide: the API must answer the CORS preflight (OPTIONS) that ` +
        'Browser sends before fetching a guide or a style, with access-control-allow-origin and -allow-headers',
    ).toBe(1);
    await expect.poll(() => guide.innerText()).toContain('Research papers and the concepts they name');

    // the style by URL, as the guide's first :style block does on the default port
    await run(page, ':style reset');
    await run(page, `:style ${apiOrigin()}/browser-style.grass`);
    await expect.poll(() => frames(page).first().innerText()).toContain('caption: "{title}"');

    const block = guide.locator('pre.runnable', { hasText: "'MNIST'" });
    for (let i = 0; i < 12 && !(await block.isVisible()); i++) await guide.getByTestId('nextSlide').click();
    const results = frames(page).filter({ has: page.getByTestId('frame-loaded-contents') });
    const before = await results.count();
    await block.click(); // copies the query into the editor
    await page.getByTestId('editor-Run').click();
    await expect.poll(() => results.count()).toBe(before + 1);
    const result = await latestResult(page);
    await result.getByTestId('cypherFrameSidebarTable').click();
    await expect.poll(() => result.innerText()).toContain(HEADLINE_TITLES[1]);
  });
});

/** Browser's result frames, newest first */
const frames = (page: Page): Locator => page.locator('[data-testid="frame"]');

/** puts a command or query into Browser's editor and runs it */
async function run(page: Page, command: string): Promise<void> {
  await page.locator('#monaco-main-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  // insertText, unlike type, is one input event: the editor's bracket auto-closing does not add to it
  await page.keyboard.insertText(command);
  await page.getByTestId('editor-Run').click();
}

/** the newest Cypher result frame, once its result has rendered (in the view last chosen) */
async function latestResult(page: Page): Promise<Locator> {
  const result = frames(page)
    .filter({ has: page.getByTestId('frame-loaded-contents') })
    .first();
  await result.getByTestId('frame-loaded-contents').waitFor({ timeout: 30_000 });
  return result;
}

/** fills Browser's connect form with the run's credentials (servers with auth enabled) */
async function logIn(page: Page): Promise<void> {
  const info = inject('neo4j');
  await page.getByTestId('username').fill(info.user);
  await page.getByTestId('password').fill(info.password);
  await page.getByTestId('connect').click();
}
