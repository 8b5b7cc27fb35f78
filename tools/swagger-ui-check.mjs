// Swagger UI in a real browser: opens POST /api/v1/attributions as a new user would, checks that it
// shows application/json with the Kontan seed article selected, presses "Try it out" and "Execute",
// and checks that the answer names Jens Stoltenberg. Saves a screenshot.
//
//   node tools/swagger-ui-check.mjs http://127.0.0.1:PORT [screenshot.png]
//
// Needs playwright-core (npm ci --prefix tools) and a Chromium; CHROMIUM sets its path
// (default /usr/bin/chromium, Debian's package: apt-get install -y chromium). Exit status 1 on failure.
import { chromium } from 'playwright-core';

const base = process.argv[2];
const screenshot = process.argv[3] ?? 'target/swagger-ui.png';
if (!base) {
  console.error('usage: node tools/swagger-ui-check.mjs BASE_URL [screenshot.png]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // No sandbox (CI runs as root); no background traffic, which the closed network here refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let failed = false;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  failed ||= !ok;
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  page.setDefaultTimeout(30_000);
  await page.goto(new URL('/q/swagger-ui/', base).href);
  const op = page.locator('#operations-Attributions-attribute');
  await op.locator('.opblock-summary').click();

  const mediaType = op.locator('.opblock-section-request-body select').first();
  check(await mediaType.inputValue() === 'application/json',
    `request body media type is application/json (${await mediaType.inputValue()})`);
  const example = op.locator('.opblock-section-request-body .examples-select select').first();
  check(await example.inputValue() === 'seed-article', `example selected is seed-article (${await example.inputValue()})`);

  // Swagger UI is configured to open in "Try it out" mode (quarkus.swagger-ui.try-it-out-enabled); press
  // the button only if it is not.
  const tryOut = op.locator('button.try-out__btn');
  if ((await tryOut.innerText()).trim() === 'Try it out') {
    await tryOut.click();
  }
  const body = await op.locator('textarea.body-param__text').inputValue();
  check(body.includes('KONTAN.CO.ID') && body.includes('Stoltenberg'), 'the request body is the Kontan article');

  await op.locator('button.execute').click();
  const reply = op.locator('.live-responses-table .response-col_description pre').first();
  await reply.waitFor();
  const status = (await op.locator('.live-responses-table tr.response .response-col_status').first().innerText()).trim();
  const text = await reply.innerText();
  check(status === '200', `Execute answers 200 (${status})`);
  check(text.includes('"name": "Jens Stoltenberg"'), 'the answer names Jens Stoltenberg');

  await op.scrollIntoViewIfNeeded();
  await op.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
} catch (e) {
  check(false, `Swagger UI could not be driven: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
