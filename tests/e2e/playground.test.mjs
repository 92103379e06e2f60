// The built bot behind the Agents Playground: install, help, unknown text — over the Playground's HTTP API
// and WebSocket stream, then once through the Playground web UI in headless Chromium.
// Needs: dotnet build CxReviewBot.sln (artifacts/bin/CxReviewBot/debug/CxReviewBot.dll), npm ci, /usr/bin/chromium.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startBot } from './lib/bot.mjs';
import { fixture } from './lib/fixture.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { artifactsDir, chromiumPath } from './lib/paths.mjs';
import { startPlayground } from './lib/playground.mjs';
import { adaptiveCards, cardText } from './lib/playgroundClient.mjs';

// The Teams command menu (manifest) is the list of commands users are promised.
const manifest = JSON.parse(readFileSync(new URL('../../manifest/manifest.template.json', import.meta.url), 'utf8'));
const menuCommands = [...new Set(manifest.bots[0].commandLists.flatMap((l) => l.commands.map((c) => c.title)))];
// The first turn pays for JIT and database start-up; the outbox then dispatches within its poll interval.
const firstReplyMs = 30_000;

/**
 * Commands a card offers: `data.command` of its buttons (Action.Execute/Submit, or an imBack value) and a
 * bold `**command**` opening a TextBlock.
 */
function offeredCommands(card) {
  const found = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return undefined;
    if (typeof node.data?.command === 'string') found.add(node.data.command.toLowerCase());
    if (node.data?.msteams?.type === 'imBack' && typeof node.data.msteams.value === 'string') found.add(node.data.msteams.value.toLowerCase());
    if (node.type === 'TextBlock' && typeof node.text === 'string') {
      const bold = node.text.match(/^\*\*([a-z]+)\*\*/i);
      if (bold) found.add(bold[1].toLowerCase());
    }
    Object.values(node).forEach(walk);
    return undefined;
  };
  walk(card);
  return [...found].sort();
}

describe('bot in the Agents Playground', () => {
  let bot;
  let playground;
  let chat;
  const ready = fixture(
    async () => {
      const started = await startBot();
      try {
        const client = await startPlayground(started.messagesUrl);
        [bot, playground, chat] = [started, client, await client.personalChat()];
      } catch (error) {
        await started.stop();
        throw error;
      }
      return { bot, playground };
    },
    async () => {
      await playground.stop();
      await bot.stop();
    },
  );
  after(() => ready.dispose());

  // A second welcome (installationUpdate and conversationUpdate both fire) may still be in flight, so match
  // on what the card says rather than taking the next card.
  async function cardReplyTo(action, what, accept = () => true) {
    await ready();
    const since = playground.frames.length;
    await action();
    try {
      const frame = await playground.waitForBotMessage(chat.conversationId, chat.bot.id, {
        since,
        timeoutMs: firstReplyMs,
        predicate: (m) => adaptiveCards(m).some(accept),
        what,
      });
      return adaptiveCards(frame.message).find(accept);
    } catch (error) {
      throw new Error(`${error.message}\nbot output:\n${bot.output().slice(-3000)}`);
    }
  }

  test('bot process starts and GET /healthz answers 200', async () => {
    await ready();
    const response = await fetch(`${bot.baseUrl}/healthz`);
    assert.equal(response.status, 200);
  });

  let welcomeJson = '';
  let helpCommands = null;
  // A help card offers the help command itself; a repeated welcome card is not an answer to the user.
  const isHelpCard = (card) => JSON.stringify(card) !== welcomeJson && offeredCommands(card).includes('help');

  test('installing in personal chat brings the welcome card', async () => {
    const card = await cardReplyTo(() => playground.install(chat.conversationId), 'welcome card after install');
    welcomeJson = JSON.stringify(card);
    assert.equal(card.type, 'AdaptiveCard');
    assert.ok(cardText(card).length > 0, 'welcome card has no text');
  });

  test('help brings a card offering commands that are all in the Teams command menu', async (t) => {
    const card = await cardReplyTo(() => playground.sendText(chat.conversationId, 'help'), 'help card offering "help"', isHelpCard);
    helpCommands = offeredCommands(card);
    const unknown = helpCommands.filter((c) => !menuCommands.includes(c));
    assert.deepEqual(unknown, [], 'help offers commands missing from manifest commandLists');
    const text = cardText(card);
    for (const command of helpCommands) assert.ok(text.includes(command), `help card does not show "${command}"`);
    const notYet = menuCommands.filter((c) => !helpCommands.includes(c));
    if (notYet.length > 0) t.diagnostic(`menu commands the help card does not offer yet: ${notYet.join(', ')}`);
  });

  test('unknown text brings the help card, never silence', async () => {
    const card = await cardReplyTo(() => playground.sendText(chat.conversationId, 'gibberish'), 'help card for unknown text', isHelpCard);
    if (helpCommands) assert.deepEqual(offeredCommands(card), helpCommands, 'unknown text should offer the same commands as help');
  });

  test('help typed in the Playground web UI renders the card in Chromium', { skip: !existsSync(chromiumPath) && `no Chromium at ${chromiumPath}` }, async () => {
    await ready();
    // Its own Playground: a fresh personal chat, so no card from the tests above is on screen.
    const ui = await startPlayground(bot.messagesUrl);
    const browser = await launchBrowser();
    try {
      const { page } = browser;
      await page.goto(`${ui.baseUrl}/`);
      const compose = page.getByRole('textbox');
      await compose.first().waitFor({ state: 'visible' });
      // Opening the UI installs the app, so the welcome card comes first; let it land before typing.
      const cards = page.locator('.ac-adaptiveCard');
      await cards.first().waitFor({ state: 'visible', timeout: firstReplyMs }).catch(() => {});
      await page.waitForTimeout(1500);
      await compose.first().click();
      await compose.first().fill('help');
      await page.keyboard.press('Enter');
      // The reply is the card after the user's "help" bubble in the transcript naming what help offered above.
      await page.waitForFunction(
        (words) => {
          const bubbles = [...document.querySelectorAll('body *')].filter((e) =>
            e.children.length === 0 && e.textContent.trim() === 'help' && !e.closest('.ac-adaptiveCard, [contenteditable]'));
          const after = [...document.querySelectorAll('.ac-adaptiveCard')].filter((card) =>
            bubbles.some((b) => b.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING));
          return after.some((card) => words.every((w) => card.innerText.toLowerCase().includes(w)));
        },
        helpCommands ?? ['help'],
        { timeout: firstReplyMs },
      );
      const helpCard = cards.last();
      assert.ok((await helpCard.boundingBox()).height > 40, 'help card rendered with no height');
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({ path: join(artifactsDir, 'playground-help.png') });
      await helpCard.screenshot({ path: join(artifactsDir, 'playground-help-card.png') });
    } finally {
      await browser.close();
      await ui.stop();
    }
  });
});
