// The helpdesk page in a real browser: headless Chromium (Debian's `chromium`) driven by
// playwright-core. Starts `mdmdoc serve` on a free loopback port.
//
//   cargo build && (cd e2e && npm ci && npm test)
//
// MDMDOC_BIN overrides the binary (default ../target/debug/mdmdoc); CHROMIUM the browser
// (default /usr/bin/chromium). Without a browser the test is skipped and says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const bin = process.env.MDMDOC_BIN || join(root, 'target', 'debug', 'mdmdoc');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = join(root, 'target', 'e2e');

let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  chromium = null;
}
const skip = !existsSync(browserPath)
  ? `SKIPPED: no Chromium at ${browserPath} (apt-get install -y chromium chromium-driver)`
  : !chromium
    ? 'SKIPPED: playwright-core is not installed (cd e2e && npm ci)'
    : !existsSync(bin)
      ? `SKIPPED: no mdmdoc binary at ${bin} (cargo build)`
      : false;
if (skip) console.log(skip);

let server;
let baseUrl;
let context;
let profile;

before(async () => {
  if (skip) return;
  server = spawn(bin, ['serve', '--listen', '127.0.0.1:0', '--now', '2026-11-22T12:00:00Z'], {
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  baseUrl = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error('mdmdoc serve did not start: ' + seen)), 20000);
    server.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) {
        clearTimeout(timer);
        ok(m[0]);
      }
    });
    server.on('exit', (code) => fail(new Error(`mdmdoc serve exited (${code}): ${seen}`)));
  });
  profile = mkdtempSync(join(tmpdir(), 'mdmdoc-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: true,
    viewport: { width: 1280, height: 1000 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl.replace(/\/$/, '') });
});

after(async () => {
  if (context) await context.close();
  if (server) server.kill('SIGTERM');
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('Finnish explanation, escaped script, snapshot diagnosis, ticket text', { skip }, async () => {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

  await page.goto(baseUrl);
  // The page is ready (its script has loaded the strings and listens for changes).
  await page.locator('html[lang="en-US"][data-ready="true"]').waitFor({ state: 'attached' });

  // Pick fi-FI: the labels turn Finnish.
  await page.selectOption('#lang', 'fi-FI');
  await page.locator('html[lang="fi-FI"]').waitFor();
  assert.equal(await page.textContent('label[for="paste"]'), 'Virhekoodi, viesti tai lokiote');

  // Paste DeviceCapReached: the Finnish title and a localized doc link.
  await page.fill('#paste', 'DeviceCapReached');
  await page.click('#explain-button');
  const title = page.locator('.card h3').first();
  await title.waitFor();
  assert.equal(await title.textContent(), 'Käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän');
  assert.equal(await page.locator('.card .badge').first().textContent(), 'Korkea');
  const link = page.locator('.card a[href^="https://learn.microsoft.com/fi-fi/"]').first();
  assert.ok((await link.textContent()).length > 0);
  assert.ok(await page.locator('.card ol li').count() >= 3);
  await page.screenshot({ path: join(shots, 'page-fi-FI.png'), fullPage: true });

  // Copy as ticket text: the clipboard holds the Finnish title and the steps.
  await page.click('#copy-button');
  await page.locator('#status', { hasText: 'Kopioitu' }).waitFor();
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(clip, /\[Korkea\] Käyttäjä on saavuttanut/);
  assert.match(clip, /1\. Avaa Intune-hallintakeskuksessa/);

  // A pasted <script> is shown as text and never runs.
  await page.fill('#paste', '<script>alert(1)</script>');
  await page.click('#explain-button');
  // Wait for the new answer, not the previous one still on screen.
  const query = page.locator('#results .query', { hasText: 'alert(1)' });
  await query.waitFor();
  assert.equal(await query.textContent(), '<script>alert(1)</script>');
  assert.equal(await page.locator('#results script').count(), 0);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  await page.screenshot({ path: join(shots, 'script-as-text.png'), fullPage: true });

  // The language is remembered.
  await page.reload();
  await page.locator('html[lang="fi-FI"][data-ready="true"]').waitFor({ state: 'attached' });
  assert.equal(await page.inputValue('#lang'), 'fi-FI');

  // The SCEP window question appears for the SCEP message, and the answer changes the fix.
  await page.fill('#paste', 'The SCEP server returned an invalid response.');
  await page.click('#explain-button');
  await page.locator('#facts:not([hidden])').waitFor();
  await page.fill('#fact-minutes_since_profile_download', '20');
  await page.click('#explain-button');
  await page.locator('.card .rule-id', { hasText: 'scep-invalid-response-reset' }).first().waitFor();

  // Upload a snapshot: findings as cards, most severe first.
  await page.setInputFiles('#snapshot', join(root, 'tests', 'fixtures', 'acceptance.json'));
  await page.click('#diagnose-button');
  await page.locator('.card .badge', { hasText: 'Kriittinen' }).first().waitFor();
  assert.ok(await page.locator('.card').count() >= 3);
  await page.screenshot({ path: join(shots, 'diagnosis-fi-FI.png'), fullPage: true });

  // The HTML report of that snapshot, downloaded in Finnish.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('#report-button'),
  ]);
  const saved = join(shots, 'report-fi-FI.html');
  await download.saveAs(saved);
  const report = readFileSync(saved, 'utf8');
  assert.match(report, /<html lang="fi-FI"/);
  assert.match(report, /Käyttäjä on saavuttanut rekisteröitävien laitteiden enimmäismäärän/);

  assert.deepEqual(dialogs, []);
  assert.deepEqual(consoleErrors, []);
});

test('keyboard only: Tab reaches the picker, the paste box and the button in order', { skip }, async () => {
  const page = await context.newPage();
  await page.goto(baseUrl + '?lang=en-US');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id));
  }
  assert.deepEqual(order, ['lang', 'paste', 'explain-button', 'snapshot']);
  await page.focus('#paste');
  await page.keyboard.type('NoEnrollmentPolicy');
  await page.keyboard.press('Control+Enter');
  await page.locator('.card .rule-id', { hasText: 'enroll-no-enrollment-policy' }).first().waitFor();
});
