/**
 * The example docs-site page in a real browser (Debian's Chromium, headless): served from one
 * loopback origin, it queries a dref server on another over GraphQL GET and renders the results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/catalog-model.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let api: TestApp;
let site: Server;
let browser: Browser;
let apiUrl: string;
let siteUrl: string;

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`).toBe(true);
  api = await createTestApp();
  apiUrl = await api.app.listen({ port: 0, host: '127.0.0.1' });
  const page = readFileSync(join(ROOT, 'server', 'docs-site', 'index.html'));
  site = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page); });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await api?.close();
});

describe('the example docs-site page', () => {
  it('queries the API from another origin and renders the results', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?endpoint=${encodeURIComponent(`${apiUrl}/graphql`)}`);
    await page.fill('#query', 'restart');
    await page.click('#search button[type=submit]');
    await page.waitForSelector('#results li');
    const first = page.locator('#results li').first();
    expect(await first.getAttribute('data-id')).toBe('command:restart');
    expect(await first.innerText()).toContain('docker restart');
    expect(await page.locator('#results li mark').count()).toBeGreaterThan(0);
    await page.close();
  }, 30_000);

  it('renders Korean results and a did-you-mean', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?endpoint=${encodeURIComponent(`${apiUrl}/graphql`)}`);
    await page.selectOption('#lang', 'KO');
    await page.fill('#query', 'restrat');
    await page.click('#search button[type=submit]');
    await page.waitForSelector('#results li');
    expect(await page.locator('#status').innerText()).toContain('restart');
    expect(await page.locator('#results li').first().innerText()).toMatch(/\p{Script=Hangul}/u);
    await page.close();
  }, 30_000);

  it('explains a command line: what each value means in the chosen language, and the fix for a mistake', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/?endpoint=${encodeURIComponent(`${apiUrl}/graphql`)}`);
    await page.fill('#line', 'docker run -d -p 8080:80 --restart=alwas nginx:1.27');
    await page.click('#explain button[type=submit]');
    await page.waitForSelector('#tokens tr');
    const row = (text: string) => page.locator('#tokens tr', { has: page.locator('td.text', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
    expect(await row('8080:80').innerText()).toContain('Port 8080 of the host (every address) → container port 80/tcp');
    expect(await row('nginx:1.27').innerText()).toContain('Image docker.io/library/nginx');
    expect(await row('-p').innerText()).toContain('Make a container port reachable');
    expect(await page.locator('#problems li').innerText()).toContain('docker run -d -p 8080:80 --restart=always nginx:1.27');
    await page.selectOption('#lang', 'KO');
    await page.click('#explain button[type=submit]');
    await page.waitForFunction(() => document.querySelector('#tokens')?.textContent?.includes('컨테이너 포트 80/tcp'));
    // Bad input is the API's answer, said as such; not "could not be reached".
    await page.fill('#line', 'x'.repeat(10_001));
    await page.click('#explain button[type=submit]');
    await page.waitForSelector('#problems li');
    expect(await page.locator('#problems li').innerText()).toMatch(/^the command line is 10001 characters long; the limit is 10000/);
    await page.close();
  }, 30_000);
});
