// Driving the Agents Playground 0.2.28 web UI (Fluent UI + its own Adaptive Cards host) with Playwright. Selectors
// are roles and visible text where the UI exposes them; the card container class `.ac-adaptiveCard` comes from the
// adaptivecards renderer inside the Playground.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBot } from './bot.mjs';
import { launchBrowser } from './browser.mjs';
import { startPlayground } from './playground.mjs';

/** Generous: the first turn pays for JIT and database start-up, and the machine is shared by parallel builds. */
export const replyMs = 45_000;

/**
 * Starts the bot with the demo data, the Playground headless and Chromium on its UI. Resolves with
 * { bot, ui (PlaygroundClient: the WebSocket frames the client received), browser, page, stop() }.
 */
export async function startUiSession({ shotsDir, env = {}, viewport = { width: 1280, height: 1500 } } = {}) {
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  // Chromium starts while the bot and the Playground do (each takes seconds on a loaded machine).
  const launching = launchBrowser({ viewport });
  launching.catch(() => {});
  let bot;
  let ui;
  let browser;
  try {
    bot = await startBot({ env: { Demo__Seed: 'true', ...env } });
    ui = await startPlayground(bot.messagesUrl);
    browser = await launching;
    browser.context.setDefaultTimeout(replyMs);
    await browser.page.goto(`${ui.baseUrl}/`, { timeout: 90_000 });
    await compose(browser.page).waitFor({ state: 'visible', timeout: 90_000 });
  } catch (error) {
    await (browser ?? (await launching.catch(() => null)))?.close();
    await ui?.stop();
    await bot?.stop();
    throw new Error(`${error.message}${bot ? `\nbot output:\n${bot.output().slice(-3000)}` : ''}`);
  }
  const stop = async () => {
    await browser.close();
    await ui.stop();
    await bot.stop();
  };
  return { bot, ui, browser, page: browser.page, stop };
}

/** The compose box (a Lexical editor; card inputs are textboxes too, so the role alone is ambiguous). */
export const compose = (page) => page.locator('[role="textbox"][data-lexical-editor="true"]');

/** Opens a conversation from the left rail ("Personal Chat", "Group Chat", "General", "Announcements"). */
export async function openConversation(page, name) {
  await page.getByText(name, { exact: true }).first().click();
  await compose(page).waitFor({ state: 'visible' });
}

/** How long a duplicate (e.g. a second welcome for the second install event) gets to show up: the outbox polls every 2 s. */
export const duplicateWindowMs = 4_000;

/**
 * Waits until the Playground's log panel lists `count` answered install events of each kind (installationUpdate and
 * conversationUpdate, both "200"), then for {@link duplicateWindowMs}: an absence can only be checked after a while.
 */
export async function installSettled(page, count) {
  for (const kind of ['installationUpdate', 'conversationUpdate']) {
    await page.waitForFunction(({ kind, count }) => [...document.querySelectorAll('a, span, div')]
      .filter((e) => e.children.length === 0 && e.textContent.trim() === `${kind} 200`).length >= count, { kind, count });
  }
  await page.waitForTimeout(duplicateWindowMs);
}

/**
 * Marks every card on screen as seen, so {@link waitForCard} only accepts cards that arrive afterwards. Call it
 * before the action that makes the bot answer.
 */
export async function markSeen(page) {
  await page.evaluate(() => document.querySelectorAll('.ac-adaptiveCard').forEach((c) => c.setAttribute('data-e2e-seen', '')));
}

/**
 * Types `text` in the compose box and sends it. With `mention`, the bot is @mentioned first by picking it from
 * the compose box's suggestion menu (the Playground only delivers group chat and channel messages that mention it).
 * Marks the cards already shown as seen.
 */
export async function say(page, text, { mention = false, botName = 'Test Bot' } = {}) {
  await markSeen(page);
  const box = compose(page);
  await box.click();
  if (mention) {
    await page.keyboard.type(`@${botName.slice(0, 4)}`);
    await page.getByRole('menuitem', { name: botName }).click();
    await page.keyboard.type(` ${text}`);
  } else {
    await box.fill(text);
  }
  await page.keyboard.press('Enter');
}

/**
 * Waits for a card on screen whose text holds every one of `words` (case-insensitive); with `fresh`, only cards
 * that were not on screen at the last {@link markSeen}. Tags it data-e2e=`tag` and returns its locator.
 */
export async function waitForCard(page, words, tag, { fresh = true, timeout = replyMs } = {}) {
  const lower = words.map((w) => w.toLowerCase());
  await page.waitForFunction(({ lower, tag, fresh }) => {
    document.querySelectorAll(`[data-e2e="${tag}"]`).forEach((c) => c.removeAttribute('data-e2e'));
    const card = [...document.querySelectorAll('.ac-adaptiveCard')].reverse().find((c) =>
      (!fresh || !c.hasAttribute('data-e2e-seen')) && lower.every((w) => c.innerText.toLowerCase().includes(w)));
    card?.setAttribute('data-e2e', tag);
    return Boolean(card);
  }, { lower, tag, fresh }, { timeout });
  return page.locator(`[data-e2e="${tag}"]`);
}

/** Card text as the user sees it (the rendered DOM), lower-cased, whitespace collapsed. */
export async function visibleText(card) {
  return (await card.innerText()).toLowerCase().replace(/\s+/g, ' ');
}

/** Picks `option` in a single-select Fluent combobox (Input.ChoiceSet compact, Input.Time) labelled `label`. */
export async function choose(page, card, label, option) {
  await card.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Sets a multi-select combobox labelled `label` to exactly the `wanted` option names. */
export async function chooseMany(page, card, label, wanted) {
  await card.getByRole('combobox', { name: label }).click();
  const items = page.getByRole('menuitemcheckbox');
  await items.first().waitFor();
  for (const item of await items.all()) {
    const name = (await item.innerText()).trim();
    const checked = (await item.getAttribute('aria-checked')) === 'true';
    if (checked !== wanted.includes(name)) await item.click();
  }
  await page.keyboard.press('Escape');
  await items.first().waitFor({ state: 'hidden' });
}

/**
 * Picks `date` (a Date, its UTC day) in the Fluent date picker of the input labelled exactly `label`: opens the
 * calendar, moves to the date's month with the "Next month" button and clicks the day.
 */
export async function pickDate(page, card, label, date) {
  const input = card.getByRole('combobox', { name: label, exact: true });
  await input.click();
  const month = date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  const day = page.getByRole('button', { name: `${date.getUTCDate()}, ${month}, ${date.getUTCFullYear()}`, exact: true });
  const next = page.locator('button[title^="Next month"]');
  await next.waitFor();
  for (let i = 0; i < 12 && !(await day.isVisible()); i++) await next.click();
  await day.click();
  return input.inputValue();
}

/**
 * Screenshots: the whole page, the chat pane (the card's scrolling ancestor) and the card's message bubble. A card
 * taller than the window (the agenda) gets a window tall enough to show it whole, restored afterwards.
 */
export async function shoot(page, card, shotsDir, name) {
  const viewport = page.viewportSize();
  const { height } = await card.boundingBox();
  if (height + 400 > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(height) + 400 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  try {
    await card.scrollIntoViewIfNeeded();
    // Fonts and images (sparklines) finish loading before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    await card.evaluate((c) => Promise.all([...c.querySelectorAll('img')].map((i) => (i.complete ? null : new Promise((r) => { i.onload = r; i.onerror = r; })))));
    const tag = await card.getAttribute('data-e2e');
    await card.evaluate((c, t) => {
      document.querySelectorAll('[data-e2e-pane]').forEach((e) => e.removeAttribute('data-e2e-pane'));
      let pane = c.parentElement;
      while (pane && !/(auto|scroll)/.test(getComputedStyle(pane).overflowY)) pane = pane.parentElement;
      pane?.setAttribute('data-e2e-pane', '');
      (c.closest('.fai-OutputCard') ?? c).setAttribute('data-e2e-bubble', t);
    }, tag);
    await page.screenshot({ path: join(shotsDir, `${name}-page.png`) });
    await page.locator('[data-e2e-pane]').last().screenshot({ path: join(shotsDir, `${name}-pane.png`) });
    await page.locator(`[data-e2e-bubble="${tag}"]`).last().screenshot({ path: join(shotsDir, `${name}-card.png`) });
  } finally {
    if (page.viewportSize().height !== viewport.height) await page.setViewportSize(viewport);
  }
}

/** Screenshot of the smallest element of `card` whose text holds every one of `words` (e.g. one agenda touchpoint). */
export async function shootPart(card, words, path) {
  const tag = await card.evaluate((c, lower) => {
    const fits = (e) => lower.every((w) => e.innerText.toLowerCase().includes(w));
    let best = fits(c) ? c : null;
    for (const e of c.querySelectorAll('*')) if (fits(e) && (!best || best.contains(e))) best = e;
    best?.setAttribute('data-e2e-part', '');
    return Boolean(best);
  }, words.map((w) => w.toLowerCase()));
  if (!tag) throw new Error(`no part of the card holds ${words.join(', ')}`);
  const part = card.locator('[data-e2e-part]');
  await part.screenshot({ path });
  await part.evaluate((e) => e.removeAttribute('data-e2e-part'));
}
