// Checks the Playground harness itself against a minimal node bot, so a failure in playground.test.mjs
// points at the bot rather than at the driving code or a changed Playground build.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startEchoBot } from './lib/echoBot.mjs';
import { fixture } from './lib/fixture.mjs';
import { startPlayground } from './lib/playground.mjs';
import { adaptiveCards, cardText } from './lib/playgroundClient.mjs';

describe('Playground harness (echo bot)', () => {
  const ready = fixture(
    async () => {
      const bot = await startEchoBot();
      try {
        const playground = await startPlayground(bot.messagesUrl);
        return { bot, playground, chat: await playground.personalChat() };
      } catch (error) {
        await bot.stop();
        throw error;
      }
    },
    async ({ bot, playground }) => {
      await playground.stop();
      await bot.stop();
    },
  );
  after(() => ready.dispose());

  test('config exposes a personal chat, the test bot and the current user', async () => {
    const { chat } = await ready();
    assert.match(chat.conversationId, /^[0-9a-f-]{36}$/);
    assert.equal(chat.bot.id, '00000000-0000-0000-0000-00000000000011');
    assert.equal(chat.user.id, 'user-id-0');
  });

  test('install sends installationUpdate then conversationUpdate, and the bot reply reaches the stream', async () => {
    const { bot, playground, chat } = await ready();
    const since = playground.frames.length;
    await playground.install(chat.conversationId);
    const frame = await playground.waitForBotMessage(chat.conversationId, chat.bot.id, { since });
    assert.equal(frame.message.text, 'installed');
    const types = bot.activities.map((a) => a.activity.type).filter(Boolean);
    assert.deepEqual(types.slice(types.indexOf('installationUpdate')), ['installationUpdate', 'conversationUpdate']);
  });

  test('typed text reaches the bot anonymously as an msteams message and its card comes back', async () => {
    const { bot, playground, chat } = await ready();
    const since = playground.frames.length;
    await playground.sendText(chat.conversationId, 'ping 42');
    const frame = await playground.waitForBotMessage(chat.conversationId, chat.bot.id, { since, predicate: (m) => adaptiveCards(m).length > 0 });
    assert.match(cardText(adaptiveCards(frame.message)[0]), /echo: ping 42/);
    const inbound = bot.activities.find((a) => a.activity.type === 'message' && a.activity.text === 'ping 42');
    assert.equal(inbound.activity.channelId, 'msteams');
    assert.equal(inbound.headers.authorization, undefined);
    assert.match(inbound.activity.serviceUrl, /\/_connector$/);
  });

  test('Action.Execute click arrives as an adaptiveCard/action invoke with verb and data', async () => {
    const { bot, playground, chat } = await ready();
    const since = playground.frames.length;
    await playground.sendText(chat.conversationId, 'card please');
    const frame = await playground.waitForBotMessage(chat.conversationId, chat.bot.id, { since, predicate: (m) => adaptiveCards(m).length > 0 });
    await playground.execute(chat.conversationId, frame.message.messageId, 'echo.again', { n: 7 });
    const invoke = bot.activities.find((a) => a.activity.type === 'invoke');
    assert.equal(invoke.activity.name, 'adaptiveCard/action');
    assert.equal(invoke.activity.value.action.verb, 'echo.again');
    assert.deepEqual(invoke.activity.value.action.data, { n: 7 });
  });
});
