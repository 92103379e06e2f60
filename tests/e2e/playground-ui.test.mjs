// The Agents Playground web UI in headless Chromium against the built bot with the demo data, as a user would,
// with one bot + Playground + browser for the whole file. Personal chat: the welcome card on opening, `help` and
// `owners` typed in the compose box. Group chat: opening it installs the app (one welcome); @mention the bot with
// `setup`, fill the form (a rejected save keeps the input), save; `agenda` shows the demo data's agenda card (headline
// numbers, touchpoints worst first, "Show more" / "Previous", refresh); "Record decision" on the agenda opens the
// decision form, and recording it updates the agenda; `decisions` lists it; `actions` lists its action, "Snooze 1 day"
// then "Done"; `minutes` before the first meeting has ended; `owners`.
// Assertions are on what the UI renders and on what the client received (the Playground's WebSocket stream).
// Screenshots of every card (whole page, chat pane, card bubble) land in tests/e2e/artifacts/playground/; the
// README's live Playground pictures come from there.
// Needs: dotnet build CxReviewBot.sln, npm ci, /usr/bin/chromium (or CHROMIUM_PATH); without it the file fails.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { executeActions, plainText, readCsv } from './lib/botCards.mjs';
import { fixture } from './lib/fixture.mjs';
import { artifactsDir, chromiumPath } from './lib/paths.mjs';
import { adaptiveCards, cardText } from './lib/playgroundClient.mjs';
import { choose, chooseMany, installSettled, markSeen, openConversation, pickDate, replyMs, say, shoot, shootPart, startUiSession, visibleText, waitForCard } from './lib/playgroundUi.mjs';

const shotsDir = join(artifactsDir, 'playground');
const demoTouchpoints = readCsv(new URL('../../samples/touchpoints.csv', import.meta.url)).map((r) => r.touchpoint);
const reviewName = 'Customer weekly review';

/** The business-wide (`*`) metrics of the demo data's last period, formatted as the card prints scores and percents. */
function headlineNumbers() {
  const units = Object.fromEntries(readCsv(new URL('../../samples/metrics.csv', import.meta.url)).map((m) => [m.metric, m.unit]));
  const rows = readCsv(new URL('../../samples/observations.csv', import.meta.url)).filter((r) => r.touchpoint === '*');
  const last = rows.map((r) => r.period_end).sort().at(-1);
  return rows.filter((r) => r.period_end === last).map((r) => {
    const v = Number(r.value);
    const unit = units[r.metric];
    const text = unit === 'score' ? v.toFixed(1) : unit === 'percent' ? `${Number(v.toFixed(1))}%` : null;
    return { metric: r.metric, text };
  });
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const statusRank = ['decision needed', 'off target', 'no data', 'on track'];

/** The agenda card's touchpoint blocks in card order: { name, status } (title column, then the status column). */
function touchpointStatuses(card) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return undefined;
    if (node.type === 'ColumnSet' && node.columns?.length === 2) {
      const title = plainText(cardText(node.columns[0]));
      const status = statusRank.find((s) => cardText(node.columns[1]).includes(s));
      const name = demoTouchpoints.find((t) => title.startsWith(t.toLowerCase()));
      if (name && status) found.push({ name, status });
    }
    return Object.values(node).forEach(walk);
  };
  walk(card.body);
  return found;
}

// A missing browser is an installation failure (./test.sh installs chromium), never a skip.
test('Chromium is installed for the Playground UI tests', () => {
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: install it (apt-get install chromium; ./test.sh does as root) or set CHROMIUM_PATH`);
});

describe('bot in the Agents Playground web UI (Chromium)', () => {
  const ready = fixture(() => startUiSession({ shotsDir }), (s) => s.stop());
  after(() => ready.dispose());

  let config;
  const groupChat = async () => {
    const { ui } = await ready();
    config ??= await ui.config();
    return config.groupChats[0].id;
  };
  /** Bot messages the client received in the group chat since frame `since`. */
  const received = async (since) => {
    const { ui } = await ready();
    return ui.botMessages(await groupChat(), config.bot.id, { since });
  };

  test('opening the Playground installs the app in the personal chat and shows one welcome card', async () => {
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

  test('help typed in the personal chat renders the help card', async () => {
    const { page } = await ready();
    await say(page, 'help');
    const card = await waitForCard(page, ['cx review bot commands', 'help', 'owners'], 'help');
    assert.ok((await card.boundingBox()).height > 40, 'help card rendered with no height');
    await shoot(page, card, shotsDir, 'help');
  });

  test('owners typed in the personal chat renders every demo touchpoint with its owner', async () => {
    const { page } = await ready();
    await say(page, 'owners');
    const card = await waitForCard(page, ['touchpoint owners', 'contract & pricing', 'daniel brooks', 'website', 'maya lindqvist'], 'owners');
    assert.ok((await card.boundingBox()).height > 300, 'owners card too short for 12 touchpoints');
    await shoot(page, card, shotsDir, 'owners');
  });

  test('opening the group chat installs the app there: one welcome card for the group', async () => {
    const { page, ui } = await ready();
    await openConversation(page, 'Group Chat');
    const card = await waitForCard(page, ['hello everyone', "run this chat's weekly business review"], 'group-welcome', { fresh: false });
    await shoot(page, card, shotsDir, 'group-welcome');
    const frame = await ui.waitForBotMessage(await groupChat(), config.bot.id, { since: 0, timeoutMs: replyMs, what: 'group welcome frame' });
    assert.ok(cardText(adaptiveCards(frame.message)[0]).includes("run this chat's weekly business review"));
    await installSettled(page, 2);
    const welcomes = (await received(0)).filter((m) => adaptiveCards(m).some((c) => c.fallbackText?.startsWith('Welcome to CX Review Bot')));
    assert.equal(welcomes.length, 1, `${welcomes.length} welcome cards in the group chat`);
  });

  test('setup @mentioned in the group chat shows the form with the chat roster, the user as CX lead', async () => {
    const { page } = await ready();
    await say(page, 'setup', { mention: true });
    const card = await waitForCard(page, ['set up the weekly review', 'review name', 'day of the week', 'cx leads'], 'setup-form');
    assert.equal(await card.getByRole('combobox', { name: 'CX leads' }).inputValue(), config.currentUser?.name ?? 'Alex Wilber');
    const members = await card.getByRole('combobox', { name: 'Members' }).inputValue();
    for (const user of config.users.slice(0, 3)) assert.ok(members.includes(user.name), `members "${members}" lack ${user.name}`);
    await shoot(page, card, shotsDir, 'setup-form');
  });

  test('saving without a CX lead shows the error on the card and keeps what was typed', async () => {
    const { page, ui } = await ready();
    const form = page.locator('[data-e2e="setup-form"]');
    await form.getByRole('textbox', { name: 'Review name' }).fill(reviewName);
    await choose(page, form, 'Day of the week', 'Wednesday');
    await choose(page, form, 'Meeting time', '9:30 AM');
    await choose(page, form, 'Time zone', 'Europe/London');
    await chooseMany(page, form, 'CX leads', []);
    const since = ui.frames.length;
    await markSeen(page);
    await form.getByRole('button', { name: 'Save' }).click();

    const card = await waitForCard(page, ['nothing was saved', 'choose at least one cx lead'], 'setup-error', { fresh: false });
    assert.equal(await card.getByRole('textbox', { name: 'Review name' }).inputValue(), reviewName);
    assert.equal(await card.getByRole('combobox', { name: 'Day of the week' }).inputValue(), 'Wednesday');
    assert.equal(await card.getByRole('combobox', { name: 'Meeting time' }).inputValue(), '9:30 AM');
    assert.equal(await card.getByRole('combobox', { name: 'Time zone' }).inputValue(), 'Europe/London');
    await shoot(page, card, shotsDir, 'setup-error');
    // The error answered the click in place: no new message in the chat.
    assert.deepEqual((await received(since)).map((m) => cardText(adaptiveCards(m)[0] ?? {}).slice(0, 80)), []);
  });

  test('saving with a CX lead confirms the review on the card: name, meeting day and time, members', async () => {
    const { page } = await ready();
    const form = page.locator('[data-e2e="setup-error"]');
    await chooseMany(page, form, 'CX leads', ['Alex Wilber', 'Megan Bowen']);
    await form.getByRole('button', { name: 'Save' }).click();
    const card = await waitForCard(page, ['review saved', reviewName], 'setup-saved', { fresh: false });
    const text = await visibleText(card);
    assert.match(text, /meets wednesday 09:30 \(europe\/london\)/);
    assert.match(text, /next agenda (monday|tuesday) \d+ \w+ \d{4} 09:30 \(europe\/london\)/, text);
    assert.match(text, /members 6\b/, text);
    await shoot(page, card, shotsDir, 'setup-saved');
  });

  let agendaMessageId;
  test('agenda posts the review\'s agenda card: headline numbers, every touchpoint worst first, "Show more"', async () => {
    const { page, ui } = await ready();
    const since = ui.frames.length;
    await say(page, 'agenda', { mention: true });
    const card = await waitForCard(page, [`${reviewName} — agenda`, 'meets wednesday 09:30'], 'agenda');
    const text = plainText(await visibleText(card));
    for (const { metric, text: value } of headlineNumbers()) {
      assert.ok(text.includes(metric.toLowerCase()), `agenda lacks headline ${metric}`);
      // The value sits in the same headline row, right after the metric's name and kind.
      if (value) assert.match(text, new RegExp(`${escapeRegExp(metric.toLowerCase())}.{0,60}${escapeRegExp(value)}`), `agenda lacks ${metric} ${value}`);
    }
    const shown = demoTouchpoints.filter((t) => text.includes(`${t.toLowerCase()} ·`));
    assert.ok(shown.length >= 5 && shown.length < demoTouchpoints.length, `page 1 shows ${shown.length} touchpoints`);
    assert.ok(await card.getByRole('button', { name: 'Show more' }).isVisible(), 'no "Show more" on page 1');
    await shoot(page, card, shotsDir, 'agenda');

    // What the client received: one agenda message in the group chat, the card the UI shows.
    const [message] = (await received(since)).filter((m) => adaptiveCards(m).some((c) => cardText(c).includes('— agenda')));
    assert.ok(message, 'the client recorded no agenda message');
    agendaMessageId = message.messageId;
    const recorded = adaptiveCards(message)[0];
    assert.ok(cardText(recorded).includes(reviewName.toLowerCase()));
    assert.ok(executeActions(recorded, 'agenda.page').some((a) => a.title === 'Show more'));
    assert.ok(recorded.refresh?.action?.verb, 'the agenda card has no refresh action');
    // Worst first, in the card the client received and in the order the UI shows it.
    const blocks = touchpointStatuses(recorded);
    assert.deepEqual(blocks.map((b) => b.name).sort(), [...shown].sort(), 'the UI shows other touchpoints than the card holds');
    const ranks = blocks.map((b) => statusRank.indexOf(b.status));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), `not worst first: ${JSON.stringify(blocks)}`);
    assert.equal(blocks[0].status, 'decision needed', 'the demo data has touchpoints needing a decision; they come first');
    const positions = blocks.map((b) => text.indexOf(`${b.name.toLowerCase()} ·`));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b), 'the UI shows the touchpoints in another order');
  });

  test('"Show more" and "Previous" page through the agenda: every touchpoint once', async () => {
    const { page } = await ready();
    const first = page.locator('[data-e2e="agenda"]');
    const firstText = plainText(await visibleText(first));
    await markSeen(page);
    await first.getByRole('button', { name: 'Show more' }).click();
    // Words only page 2 has: the card is replaced in place, so page 1's words would match before the update lands.
    const second = await waitForCard(page, [`${reviewName} — agenda`, 'previous', 'are on page 1'], 'agenda-page2', { fresh: false });
    const secondText = plainText(await visibleText(second));
    const p1 = demoTouchpoints.filter((t) => firstText.includes(`${t.toLowerCase()} ·`));
    const p2 = demoTouchpoints.filter((t) => secondText.includes(`${t.toLowerCase()} ·`));
    assert.deepEqual(p1.filter((t) => p2.includes(t)), [], 'a touchpoint is on both pages');
    assert.deepEqual([...p1, ...p2].sort(), [...demoTouchpoints].sort(), 'the pages do not hold every touchpoint');
    assert.match(secondText, /escalations, overdue actions and results are on page 1/);
    await shoot(page, second, shotsDir, 'agenda-page2');
    await second.getByRole('button', { name: 'Previous' }).click();
    const back = await waitForCard(page, [`${reviewName} — agenda`, 'show more'], 'agenda', { fresh: false });
    assert.equal(plainText(await visibleText(back)), firstText);
  });

  test('the agenda card\'s refresh action answers with the current agenda', async () => {
    const { ui } = await ready();
    assert.ok(agendaMessageId, 'no agenda message from the agenda test');
    const recorded = adaptiveCards((await received(0)).find((m) => m.messageId === agendaMessageId))[0];
    const { verb, data } = recorded.refresh.action;
    const body = await ui.execute(await groupChat(), agendaMessageId, verb, data);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body).slice(0, 300));
    assert.ok(cardText(body.value).includes(`${reviewName.toLowerCase()} — agenda`));
  });

  // Recorded on the worst touchpoint, owned by the Playground's user so the action flows below are theirs.
  const decisionText = 'Call every detractor within 48 hours';
  const due = new Date(Date.now() + 7 * 86_400_000);
  let decidedOn;

  test('"Record decision" on an agenda touchpoint opens the decision form for that touchpoint', async () => {
    const { page } = await ready();
    const agenda = page.locator('[data-e2e="agenda"]');
    const recorded = adaptiveCards((await received(0)).find((m) => m.messageId === agendaMessageId))[0];
    const blocks = touchpointStatuses(recorded);
    decidedOn = blocks[0].name;
    // One "Record decision" button per touchpoint block, in block order.
    await agenda.getByRole('button', { name: 'Record decision' }).nth(0).click();
    const form = await waitForCard(page, ['record a decision', reviewName, 'owner', 'due date'], 'decision-form', { fresh: false });
    assert.equal(await form.getByRole('combobox', { name: 'Touchpoint it is about' }).inputValue(), decidedOn);
    assert.equal(await form.getByRole('combobox', { name: 'Owner' }).inputValue(), '', 'owner pre-filled');
  });

  test('recording the decision answers with the agenda showing it under its touchpoint; the posted agenda is updated too', async () => {
    const { page, ui } = await ready();
    const form = page.locator('[data-e2e="decision-form"]');
    await form.getByRole('textbox', { name: 'Decision' }).fill(decisionText);
    await choose(page, form, 'Owner', 'Alex Wilber');
    const dueText = await pickDate(page, form, 'Due date', due);
    assert.match(dueText, new RegExp(`${due.getUTCDate()}, ${due.getUTCFullYear()}`));
    await choose(page, form, 'Metric it should move', 'CSAT (score)');
    await form.getByRole('spinbutton').fill('0.3');
    await shoot(page, form, shotsDir, 'decision-form');
    const since = ui.frames.length;
    await form.getByRole('button', { name: 'Record decision' }).click();

    const card = await waitForCard(page, [`${reviewName} — agenda`, 'decided:', decisionText], 'agenda-decided', { fresh: false });
    const text = plainText(await visibleText(card));
    const dueShort = `${due.getUTCDate()} ${due.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }).toLowerCase()}`;
    assert.ok(text.includes(`decided: ${decisionText.toLowerCase()} (alex wilber, due ${dueShort})`), text.slice(0, 3000));
    // Under its touchpoint: after that touchpoint's title, before the next one's.
    const at = text.indexOf(`${decidedOn.toLowerCase()} ·`);
    const next = Math.min(...demoTouchpoints.map((t) => text.indexOf(`${t.toLowerCase()} ·`)).filter((i) => i > at));
    const decided = text.indexOf('decided:');
    assert.ok(at >= 0 && decided > at && decided < next, `the decision is not under ${decidedOn}`);
    await shoot(page, card, shotsDir, 'agenda-decided');
    await shootPart(card, [`${decidedOn} ·`, 'decided:', 'record decision'], join(shotsDir, 'agenda-decided-touchpoint.png'));
    // The posted agenda message itself was updated (what every other member sees), not only the clicker's card.
    const update = await ui.waitForFrame((f) => f.action === 'updateMessage' && f.message?.messageId === agendaMessageId
      && adaptiveCards(f.message).some((c) => cardText(c).includes(decisionText.toLowerCase())), { since, timeoutMs: replyMs, what: 'agenda message update' });
    assert.ok(update);
  });

  test('decisions lists the recorded decision with its owner and touchpoint', async () => {
    const { page } = await ready();
    await say(page, 'decisions', { mention: true });
    const card = await waitForCard(page, [decisionText, 'alex wilber'], 'decisions');
    const text = plainText(await visibleText(card));
    const isoDue = due.toISOString().slice(0, 10);
    assert.ok(text.includes(`alex wilber · due ${isoDue} · open`), `no owner, due date and status: ${text.slice(0, 1500)}`);
    assert.ok(text.includes(`targets ${decidedOn.toLowerCase()} · csat · expected +0.3`), `no touchpoint and metric: ${text.slice(0, 1500)}`);
    await shoot(page, card, shotsDir, 'decisions');
  });

  test('actions lists the decision\'s action for its owner; "Snooze 1 day" then "Done" answer on the card', async () => {
    const { page } = await ready();
    await say(page, 'actions', { mention: true });
    const list = await waitForCard(page, ['my actions', decisionText], 'actions');
    assert.match(await visibleText(list), /1 open, 0 overdue/);
    await shoot(page, list, shotsDir, 'actions');
    await list.getByRole('button', { name: 'Snooze 1 day' }).first().click();
    // Dates in the review's time zone, as "Tue 24 Nov 2026".
    const part = (o) => new Date(Date.now() + 86_400_000).toLocaleString('en-US', { timeZone: 'Europe/London', ...o });
    const tomorrow = `${part({ weekday: 'short' })} ${part({ day: 'numeric' })} ${part({ month: 'short' })} ${part({ year: 'numeric' })}`.toLowerCase();
    const snoozed = await waitForCard(page, ['my actions', decisionText, `snoozed until ${tomorrow}`], 'actions-snoozed', { fresh: false });
    await shoot(page, snoozed, shotsDir, 'actions-snoozed');
    await snoozed.getByRole('button', { name: 'Done' }).first().click();
    const done = await waitForCard(page, ['my actions', 'you have no open actions'], 'actions-done', { fresh: false });
    assert.ok(!(await visibleText(done)).includes(decisionText.toLowerCase()), 'the done action is still listed');
  });

  test('minutes before the review\'s first meeting has ended says when the first minutes come', async () => {
    const { page } = await ready();
    await say(page, 'minutes', { mention: true });
    const card = await waitForCard(page, ['no meeting has ended since this review was set up', 'wednesday 09:30'], 'minutes');
    await shoot(page, card, shotsDir, 'minutes');
  });

  test('decide with text opens the decision form with that text filled in', async () => {
    const { page } = await ready();
    const text = 'Pause the spring discount';
    await say(page, `decide ${text}`, { mention: true });
    const form = await waitForCard(page, ['record a decision', reviewName, 'owner', 'due date'], 'decide-form');
    assert.equal(await form.getByRole('textbox', { name: 'Decision' }).inputValue(), text);
    await shoot(page, form, shotsDir, 'decide-form');
  });

  test('owners @mentioned in the group chat lists every touchpoint with its owner', async () => {
    const { page } = await ready();
    await say(page, 'owners', { mention: true });
    const card = await waitForCard(page, ['touchpoint owners', 'showing all 12'], 'group-owners');
    const text = plainText(await visibleText(card));
    for (const t of demoTouchpoints) assert.ok(text.includes(t.toLowerCase()), `owners lacks ${t}`);
  });

  test('the bot logged no failure while serving the UI', async () => {
    const { bot } = await ready();
    const failures = (bot.output().match(/^fail: [^\n]*\n[^\n]*/gm) ?? []).filter((l) => !l.startsWith('fail: Microsoft.EntityFrameworkCore.'));
    assert.deepEqual(failures, []);
  });
});
