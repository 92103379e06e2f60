// The built bot behind the Agents Playground, over the Playground's HTTP API and WebSocket stream: install in
// every scope, help (also @mentioned in a channel), unknown text, owners on the demo data, every help button.
// The web UI in Chromium is playground-ui.test.mjs.
// Needs: dotnet build CxReviewBot.sln (artifacts/bin/CxReviewBot/debug/CxReviewBot.dll), npm ci.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { executeActions, offeredCommands, plainText, readCsv } from './lib/botCards.mjs';
import { startBot } from './lib/bot.mjs';
import { fixture } from './lib/fixture.mjs';
import { startPlayground } from './lib/playground.mjs';
import { adaptiveCards, cardText } from './lib/playgroundClient.mjs';

// The Teams command menu (manifest) is the list of commands users are promised.
const manifest = JSON.parse(readFileSync(new URL('../../manifest/manifest.template.json', import.meta.url), 'utf8'));
const menuCommands = [...new Set(manifest.bots[0].commandLists.flatMap((l) => l.commands.map((c) => c.title)))];
// The demo seed imports exactly these touchpoints (bot/Features/Catalog/Demo, docs/catalog.md).
const demoTouchpoints = readCsv(new URL('../../samples/touchpoints.csv', import.meta.url));
// The first turn pays for JIT and database start-up; the outbox then dispatches within its poll interval (2 s).
const firstReplyMs = 30_000;
// Long enough for a second, duplicate welcome to reach the Playground through the outbox.
const duplicateWindowMs = 5_000;
const errorType = 'application/vnd.microsoft.error';
const adminKey = randomUUID();

// Scope-specific lines of cards/Welcome/WelcomeCard.cs.
const welcomeText = {
  personal: 'send you check-ins for the touchpoints you own',
  groupChat: "run this chat's weekly business review",
  channel: 'post the weekly business review agenda in this channel',
};
const isWelcome = (card) => cardText(card).includes('welcome to cx review bot') || card.fallbackText?.startsWith('Welcome to CX Review Bot');

describe('bot in the Agents Playground', () => {
  let bot;
  let playground;
  let config;
  const ready = fixture(
    async () => {
      bot = await startBot({ env: { Demo__Seed: 'true', Admin__ApiKey: adminKey } });
      try {
        playground = await startPlayground(bot.messagesUrl);
        config = await playground.config();
      } catch (error) {
        await bot.stop();
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

  const personal = () => config.personalChat.id;
  const groupChat = () => config.groupChats[0].id;
  const channel = () => config.teams[0].channels[0].id;

  /** Runs `action` and resolves with the first bot message in `conversationId` (or a thread of it) with a card `accept` takes. */
  async function cardReplyTo(conversationId, action, what, accept = () => true) {
    await ready();
    const since = playground.frames.length;
    await action();
    try {
      const frame = await playground.waitForBotMessage(conversationId, config.bot.id, {
        since,
        timeoutMs: firstReplyMs,
        predicate: (m) => adaptiveCards(m).some(accept),
        what,
      });
      return { card: adaptiveCards(frame.message).find(accept), message: frame.message, since };
    } catch (error) {
      throw new Error(`${error.message}\nbot output:\n${bot.output().slice(-3000)}`);
    }
  }

  async function installBringsOneWelcome(conversationId, scope) {
    const { card, since } = await cardReplyTo(conversationId, () => playground.install(conversationId), `welcome card in ${scope}`, isWelcome);
    assert.equal(card.type, 'AdaptiveCard');
    assert.ok(cardText(card).includes(welcomeText[scope]), `${scope} welcome lacks "${welcomeText[scope]}":\n${cardText(card)}`);
    for (const [other, text] of Object.entries(welcomeText)) {
      if (other !== scope) assert.ok(!cardText(card).includes(text), `${scope} welcome says the ${other} line`);
    }
    // installationUpdate and conversationUpdate both announce the install; the bot must greet once.
    await new Promise((r) => setTimeout(r, duplicateWindowMs));
    const welcomes = playground.botMessages(conversationId, config.bot.id, { since }).filter((m) => adaptiveCards(m).some(isWelcome));
    assert.equal(welcomes.length, 1, `${welcomes.length} welcome cards in ${scope}`);
    return card;
  }

  /** The user's mention of the bot, as Teams and the Playground put it in a channel message. */
  const mentionBot = () => {
    const text = `<at>${config.bot.name}</at>`;
    return { text, mentions: [{ mentioned: { id: config.bot.id, name: config.bot.name }, text }] };
  };

  test('bot process starts and GET /healthz answers 200', async () => {
    await ready();
    const response = await fetch(`${bot.baseUrl}/healthz`);
    assert.equal(response.status, 200);
  });

  test('the demo seed targets the tenant the Playground puts in activities', async () => {
    await ready();
    assert.ok(bot.output().includes(config.tenantId), `bot output does not mention the Playground tenant ${config.tenantId}`);
    assert.match(bot.output(), new RegExp(`Demo[^\\n]*${config.tenantId}`), 'no demo seed log line for the Playground tenant');
  });

  let welcomeJson = '';
  let helpCard = null;
  let helpMessageId = null;
  // A help card offers the help command itself; a repeated welcome card is not an answer to the user.
  const isHelpCard = (card) => JSON.stringify(card) !== welcomeJson && !isWelcome(card) && offeredCommands(card).includes('help');

  test('installing in personal chat brings one welcome card for personal scope', async () => {
    welcomeJson = JSON.stringify(await installBringsOneWelcome(personal(), 'personal'));
  });

  test('installing in a group chat brings one welcome card for the group', async () => {
    await ready();
    await installBringsOneWelcome(groupChat(), 'groupChat');
  });

  test('installing in a team channel brings one welcome card for the channel', async () => {
    await ready();
    await installBringsOneWelcome(channel(), 'channel');
  });

  test('help @mentioning the bot in a channel brings the help card in the thread', async () => {
    await ready();
    const { text, mentions } = mentionBot();
    let posted;
    const { card } = await cardReplyTo(channel(), async () => {
      posted = await playground.sendText(channel(), `${text} help`, { mentions });
    }, 'help card in the channel thread', isHelpCard);
    assert.ok(offeredCommands(card).includes('owners'), 'channel help card does not offer owners');
    assert.ok(posted.postConversationId?.startsWith(`${channel()};messageid=`), `no thread id: ${JSON.stringify(posted)}`);
  });

  test('help brings a card offering commands that are all in the Teams command menu, owners included', async (t) => {
    const reply = await cardReplyTo(personal(), () => playground.sendText(personal(), 'help'), 'help card offering "help"', isHelpCard);
    [helpCard, helpMessageId] = [reply.card, reply.message.messageId];
    const commands = offeredCommands(helpCard);
    assert.ok(commands.includes('owners'), `help does not offer owners: ${commands.join(', ')}`);
    const unknown = commands.filter((c) => !menuCommands.includes(c));
    assert.deepEqual(unknown, [], 'help offers commands missing from manifest commandLists');
    const text = cardText(helpCard);
    for (const command of commands) assert.ok(text.includes(command), `help card does not show "${command}"`);
    const notYet = menuCommands.filter((c) => !commands.includes(c));
    if (notYet.length > 0) t.diagnostic(`menu commands the help card does not offer yet: ${notYet.join(', ')}`);
  });

  test('unknown text brings the help card, never silence', async () => {
    const { card } = await cardReplyTo(personal(), () => playground.sendText(personal(), 'gibberish'), 'help card for unknown text', isHelpCard);
    if (helpCard) assert.deepEqual(offeredCommands(card), offeredCommands(helpCard), 'unknown text should offer the same commands as help');
  });

  test('owners lists every demo touchpoint with its named owner', async () => {
    const { card } = await cardReplyTo(personal(), () => playground.sendText(personal(), 'owners'), 'owners card',
      (c) => cardText(c).includes('touchpoint owners'));
    const text = plainText(cardText(card));
    for (const row of demoTouchpoints) {
      assert.ok(text.includes(row.touchpoint.toLowerCase()), `owners card lacks touchpoint "${row.touchpoint}"`);
      if (row.owner_upn) assert.ok(text.includes(row.owner_name.toLowerCase()), `owners card lacks owner "${row.owner_name}" of ${row.touchpoint}`);
    }
    assert.match(text, new RegExp(`showing all ${demoTouchpoints.length}\\b`), 'owners summary does not count the demo touchpoints');
  });

  test('every command button on the help card gets a non-error reply', async () => {
    await ready();
    assert.ok(helpCard, 'no help card from the help test');
    const buttons = executeActions(helpCard, 'command.run');
    assert.ok(buttons.length >= 2, `help card has ${buttons.length} command.run buttons`);
    for (const button of buttons) {
      const since = playground.frames.length;
      const body = await playground.execute(personal(), helpMessageId, button.verb, button.data);
      assert.notEqual(body.type, errorType, `"${button.title}" (${button.data.command}) answered an error: ${JSON.stringify(body.value)}`);
      assert.ok(['application/vnd.microsoft.activity.message', 'application/vnd.microsoft.card.adaptive'].includes(body.type),
        `"${button.title}" answered ${JSON.stringify(body)}`);
      // The command itself answers in the chat, as if typed.
      const frame = await playground.waitForBotMessage(personal(), config.bot.id, {
        since,
        timeoutMs: firstReplyMs,
        predicate: (m) => adaptiveCards(m).length > 0 || Boolean(m.text),
        what: `reply to the "${button.title}" button`,
      });
      assert.ok(!/error|went wrong/i.test(frame.message.text ?? ''), `"${button.title}" replied: ${frame.message.text}`);
    }
  });

  test('the welcome card buttons name commands the bot answers (diagnostic only)', async (t) => {
    await ready();
    const welcome = JSON.parse(welcomeJson || '{}');
    const unanswered = executeActions(welcome, 'command.run').map((b) => b.data.command)
      .filter((c) => !offeredCommands(helpCard ?? {}).includes(c));
    if (unanswered.length > 0) t.diagnostic(`welcome card offers commands help does not list: ${unanswered.join(', ')}`);
  });

  test('owners pages when the list is long: unowned first, "Show more" brings the rest', async () => {
    await ready();
    // 40 more touchpoints, a few unowned, so the list is over one page (OwnersView.MaxPageSize = 40).
    const extra = Array.from({ length: 40 }, (_, i) => {
      const name = `E2E touchpoint ${String(i + 1).padStart(2, '0')}`;
      return i % 10 === 0 ? `${name},support,,,,` : `${name},support,e2e.owner${i}@contoso.example,,E2E Owner ${i},`;
    });
    const csv = ['touchpoint,function,owner_upn,owner_aad_id,owner_name,description', ...extra].join('\n');
    const imported = await fetch(`${bot.baseUrl}/api/v1/import/touchpoints`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-api-key': adminKey, 'x-tenant-id': config.tenantId },
      body: csv,
    });
    assert.equal(imported.status, 200, await imported.text());

    const { card, message } = await cardReplyTo(personal(), () => playground.sendText(personal(), 'owners'), 'paged owners card',
      (c) => cardText(c).includes('touchpoint owners') && cardText(c).includes('e2e touchpoint'));
    const firstPage = plainText(cardText(card)).split('\n');
    assert.ok(firstPage.some((l) => l.includes('4 touchpoints have no owner')), 'summary does not count 4 unowned touchpoints');
    const unowned = extra.filter((l) => l.includes(',,,,')).map((l) => l.split(',')[0].toLowerCase());
    const lastUnowned = Math.max(...unowned.map((n) => firstPage.indexOf(n)));
    assert.ok(unowned.every((n) => firstPage.includes(n)), 'an unowned touchpoint is missing from page 1');
    assert.ok(lastUnowned < firstPage.indexOf('contract & pricing'), 'unowned touchpoints are not listed first');
    const [more] = executeActions(card, 'owners.page');
    assert.ok(more, 'a 52-touchpoint owners card has no paging button');

    const body = await playground.execute(personal(), message.messageId, more.verb, more.data);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body).slice(0, 500));
    const secondPage = plainText(cardText(body.value)).split('\n');
    const all = [...demoTouchpoints.map((r) => r.touchpoint), ...extra.map((l) => l.split(',')[0])].map((n) => n.toLowerCase());
    // A touchpoint's name is a line of its own (a bold TextBlock); summary and owner lines never equal one.
    const onFirst = all.filter((n) => firstPage.includes(n));
    const onSecond = all.filter((n) => secondPage.includes(n));
    assert.deepEqual(onFirst.filter((n) => onSecond.includes(n)), [], 'a touchpoint is on both pages');
    assert.deepEqual([...onFirst, ...onSecond].sort(), [...all].sort(), 'the two pages do not hold every touchpoint once');
    assert.ok(executeActions(body.value, 'owners.page').some((a) => a.title === 'Previous'), 'page 2 has no "Previous" button');
  });

  test('the bot answered every Playground request without a server error', async () => {
    await ready();
    const failures = bot.output().match(/Request finished HTTP\/[\d.]+ POST \S+\/api\/messages - 5\d\d[^\n]*/g) ?? [];
    // EF Core logs a failed insert itself even when the bot catches it (the install race, ConversationTracker),
    // so only the bot's own failure logs count.
    const exceptions = (bot.output().match(/^fail: [^\n]*\n[^\n]*/gm) ?? []).filter((l) => !l.startsWith('fail: Microsoft.EntityFrameworkCore.'));
    assert.deepEqual([...failures, ...exceptions], [], 'bot output has 5xx answers or logged failures');
  });
});
