// The Agents Playground web UI in headless Chromium against the built bot with the demo data: the welcome card
// on opening, then `help` and `owners` typed in the compose box. Screenshots (whole page, chat pane, the card's
// bubble) land in tests/e2e/artifacts/playground/ — the README's live Playground pictures come from here.
// Needs: dotnet build CxReviewBot.sln, npm ci, /usr/bin/chromium.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startBot } from './lib/bot.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { fixture } from './lib/fixture.mjs';
import { artifactsDir, chromiumPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';

const shotsDir = join(artifactsDir, 'playground');
const firstReplyMs = 30_000;
const skip = !existsSync(chromiumPath) && `no Chromium at ${chromiumPath}`;

/**
 * Waits for the card the bot posted after the user's bubble reading `typed` (or the first card when `typed` is
 * null) whose text holds every word of `words`, tags it data-e2e=`tag` and returns its locator.
 */
async function cardAfter(page, typed, words, tag) {
  await page.waitForFunction(({ typed, words, tag }) => {
    const bubbles = typed === null ? null : [...document.querySelectorAll('body *')].filter((e) =>
      e.children.length === 0 && e.textContent.trim() === typed && !e.closest('.ac-adaptiveCard, [contenteditable]'));
    const card = [...document.querySelectorAll('.ac-adaptiveCard')].find((c) =>
      (bubbles === null || bubbles.some((b) => b.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING))
      && words.every((w) => c.innerText.toLowerCase().includes(w)));
    card?.setAttribute('data-e2e', tag);
    return Boolean(card);
  }, { typed, words, tag }, { timeout: firstReplyMs });
  return page.locator(`[data-e2e="${tag}"]`);
}

/** Screenshots: the whole page, the chat pane (the card's scrolling ancestor) and the card's message bubble. */
async function shoot(page, card, name) {
  await card.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await card.evaluate((c) => {
    let pane = c.parentElement;
    while (pane && !/(auto|scroll)/.test(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
    pane?.setAttribute('data-e2e-pane', '');
    (c.closest('.fai-OutputCard') ?? c).setAttribute('data-e2e-bubble', c.getAttribute('data-e2e'));
  });
  await page.screenshot({ path: join(shotsDir, `${name}-page.png`) });
  await page.locator('[data-e2e-pane]').last().screenshot({ path: join(shotsDir, `${name}-pane.png`) });
  await page.locator(`[data-e2e-bubble="${await card.getAttribute('data-e2e')}"]`).screenshot({ path: join(shotsDir, `${name}-card.png`) });
}

describe('bot in the Agents Playground web UI (Chromium)', { skip }, () => {
  const ready = fixture(
    async () => {
      mkdirSync(shotsDir, { recursive: true });
      const bot = await startBot({ env: { Demo__Seed: 'true' } });
      let ui;
      let browser;
      try {
        ui = await startPlayground(bot.messagesUrl);
        // Tall enough that the owners card (12 demo touchpoints) fits the chat pane without scrolling.
        browser = await launchBrowser({ viewport: { width: 1280, height: 1500 } });
        await browser.page.goto(`${ui.baseUrl}/`);
        return { bot, ui, browser, page: browser.page };
      } catch (error) {
        await browser?.close();
        await ui?.stop();
        await bot.stop();
        throw error;
      }
    },
    async ({ bot, ui, browser }) => {
      await browser.close();
      await ui.stop();
      await bot.stop();
    },
  );
  after(() => ready.dispose());

  async function type(page, text) {
    const compose = page.getByRole('textbox').first();
    await compose.click();
    await compose.fill(text);
    await page.keyboard.press('Enter');
  }

  test('opening the Playground installs the app and shows the welcome card', async () => {
    const { page } = await ready();
    await page.getByRole('textbox').first().waitFor({ state: 'visible' });
    const card = await cardAfter(page, null, ['cx review bot', 'set up the weekly review'], 'welcome');
    assert.ok((await card.boundingBox()).height > 100, 'welcome card rendered with almost no height');
    // Let the second install activity settle: still one welcome card.
    await page.waitForTimeout(3000);
    assert.equal(await page.locator('.ac-adaptiveCard').count(), 1, 'more than one card after opening');
    await shoot(page, card, 'welcome');
  });

  test('help typed in the compose box renders the help card', async () => {
    const { page } = await ready();
    await type(page, 'help');
    const card = await cardAfter(page, 'help', ['cx review bot commands', 'help', 'owners'], 'help');
    assert.ok((await card.boundingBox()).height > 40, 'help card rendered with no height');
    await shoot(page, card, 'help');
  });

  test('owners typed in the compose box renders every demo touchpoint with its owner', async () => {
    const { page } = await ready();
    await type(page, 'owners');
    const card = await cardAfter(page, 'owners', ['touchpoint owners', 'contract & pricing', 'daniel brooks', 'website', 'maya lindqvist'], 'owners');
    assert.ok((await card.boundingBox()).height > 300, 'owners card too short for 12 touchpoints');
    await shoot(page, card, 'owners');
  });
});
