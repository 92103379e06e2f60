// The Agents Playground web UI in headless Chromium against the built bot with the demo data, in the personal
// chat: the welcome card on opening, then `help` and `owners` typed in the compose box. Screenshots (whole page,
// chat pane, the card's bubble) land in tests/e2e/artifacts/playground/. The group chat review flows (setup,
// agenda, …) are playground-review.test.mjs.
// Needs: dotnet build CxReviewBot.sln, npm ci, /usr/bin/chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fixture } from './lib/fixture.mjs';
import { artifactsDir, chromiumPath } from './lib/paths.mjs';
import { adaptiveCards, cardText } from './lib/playgroundClient.mjs';
import { installSettled, say, shoot, startUiSession, waitForCard } from './lib/playgroundUi.mjs';

const shotsDir = join(artifactsDir, 'playground');
const skip = !existsSync(chromiumPath) && `no Chromium at ${chromiumPath}`;

describe('bot in the Agents Playground web UI (Chromium)', { skip }, () => {
  const ready = fixture(() => startUiSession({ shotsDir }), (s) => s.stop());
  after(() => ready.dispose());

  test('opening the Playground installs the app and shows the welcome card', async () => {
    const { page, ui } = await ready();
    const card = await waitForCard(page, ['cx review bot', 'set up the weekly review'], 'welcome', { fresh: false });
    assert.ok((await card.boundingBox()).height > 100, 'welcome card rendered with almost no height');
    // installationUpdate and conversationUpdate both announce the install; the bot must greet once.
    const { personalChat, bot } = await ui.config();
    await installSettled(page, 1);
    const welcomes = ui.botMessages(personalChat.id, bot.id).filter((m) => adaptiveCards(m).some((c) => c.fallbackText?.startsWith('Welcome to CX Review Bot')));
    assert.equal(welcomes.length, 1, `${welcomes.length} welcome messages received`);
    assert.equal(await page.locator('.ac-adaptiveCard').count(), 1, 'more than one card after opening');
    await shoot(page, card, shotsDir, 'welcome');
  });

  test('help typed in the compose box renders the help card', async () => {
    const { page } = await ready();
    await say(page, 'help');
    const card = await waitForCard(page, ['cx review bot commands', 'help', 'owners'], 'help');
    assert.ok((await card.boundingBox()).height > 40, 'help card rendered with no height');
    await shoot(page, card, shotsDir, 'help');
  });

  test('owners typed in the compose box renders every demo touchpoint with its owner', async () => {
    const { page } = await ready();
    await say(page, 'owners');
    const card = await waitForCard(page, ['touchpoint owners', 'contract & pricing', 'daniel brooks', 'website', 'maya lindqvist'], 'owners');
    assert.ok((await card.boundingBox()).height > 300, 'owners card too short for 12 touchpoints');
    await shoot(page, card, shotsDir, 'owners');
  });
});
