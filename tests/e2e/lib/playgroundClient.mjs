import WebSocket from 'ws';

const defaultTimeoutMs = 20_000;

/**
 * Drives the Playground through its internal HTTP API and reads bot output from its WebSocket stream
 * (protocol.md §9.5; internal and undocumented, hence the exact 0.2.28 pin).
 */
export class PlaygroundClient {
  #frames = [];
  #waiters = new Set();
  #socket;

  constructor(baseUrl, { output = () => '', stopProcess = async () => {} } = {}) {
    this.baseUrl = baseUrl;
    this.output = output;
    this.stopProcess = stopProcess;
  }

  /** Every stream frame received so far: { action, actionConversationId, message }. */
  get frames() {
    return [...this.#frames];
  }

  connect(timeoutMs = defaultTimeoutMs) {
    const url = `${this.baseUrl.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => {
        socket.terminate();
        reject(new Error(`WebSocket ${url} did not open within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('open', () => {
        clearTimeout(timer);
        this.#socket = socket;
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('message', (data) => {
        let frame;
        try {
          frame = JSON.parse(data.toString());
        } catch {
          return;
        }
        this.#frames.push(frame);
        for (const waiter of this.#waiters) waiter();
      });
    });
  }

  async config() {
    return (await this.#request('GET', '/_internal/v1/config')).config;
  }

  /** The personal chat id, the bot and the current user from the Playground's mock data. */
  async personalChat() {
    const config = await this.config();
    return { conversationId: config.personalChat.id, bot: config.bot, user: config.currentUser };
  }

  /**
   * The user types `text` in the conversation; `mentions` ([{ mentioned: { id, name }, text: '<at>…</at>' }]) become
   * mention entities. In a channel the Playground only delivers messages that mention the bot, and the message
   * starts a thread: `postConversationId` (`<channel>;messageid=<id>`) is where the bot's reply lands.
   * Resolves with { messageId, timestamp, postConversationId? }.
   */
  sendText(conversationId, text, { from = 'user-id-0', mentions } = {}) {
    return this.#request('POST', `/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`, {
      from: { id: from },
      text,
      textFormat: 'plain',
      ...(mentions ? { mentions } : {}),
    });
  }

  /** Installs the app in the conversation: the bot gets installationUpdate (add) then conversationUpdate. */
  install(conversationId) {
    return this.#request('POST', `/_debug/conversation/${encodeURIComponent(conversationId)}/installation`);
  }

  /** Clicks an Action.Execute on the bot's card message `replyToId`; resolves with the bot's invoke body. */
  execute(conversationId, replyToId, verb, data = {}, { from = 'user-id-0' } = {}) {
    return this.#request('POST', '/_conversation/v1/invoke', {
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb, data } },
      from: { id: from },
      conversation: { id: conversationId },
      replyToId,
    });
  }

  /** Clicks an Action.Submit on the bot's card message `replyToId`. */
  submit(conversationId, replyToId, value, { from = 'user-id-0' } = {}) {
    return this.#request('POST', '/_conversation/v1/submit', {
      conversation: { id: conversationId },
      from: { id: from },
      replyToId,
      value,
    });
  }

  /**
   * Waits for a frame, starting at index `since` (use `frames.length` taken before the action), that
   * `predicate(frame)` accepts. Rejects after `timeoutMs` listing what did arrive.
   */
  waitForFrame(predicate, { since = 0, timeoutMs = defaultTimeoutMs, what = 'a matching frame' } = {}) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.#frames.slice(since).find(predicate);
        if (found) {
          clearTimeout(timer);
          this.#waiters.delete(check);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        const seen = this.#frames.slice(since).map((f) => `${f.action}: ${summarise(f.message)}`);
        reject(new Error(`no ${what} within ${timeoutMs} ms; frames since #${since}: ${JSON.stringify(seen)}\nplayground output:\n${this.output().slice(-2000)}`));
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  /**
   * Waits for a message the bot created in `conversationId` (not typing indicators, not the user's echo); a
   * channel id also matches replies in its threads.
   */
  waitForBotMessage(conversationId, botId, { since = 0, timeoutMs, predicate = () => true, what = 'bot message' } = {}) {
    return this.waitForFrame((f) => isBotMessage(f, conversationId, botId) && predicate(f.message), { since, timeoutMs, what });
  }

  /** The bot's messages in `conversationId` (and its threads) among the frames from index `since`. */
  botMessages(conversationId, botId, { since = 0 } = {}) {
    return this.#frames.slice(since).filter((f) => isBotMessage(f, conversationId, botId)).map((f) => f.message);
  }

  async stop() {
    this.#socket?.terminate();
    await this.stopProcess();
  }

  async #request(method, path, body) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(defaultTimeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → HTTP ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : {};
  }
}

/** Adaptive Card attachments of a stream message. */
export function adaptiveCards(message) {
  return (message?.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) =>
    typeof a.content === 'string' ? JSON.parse(a.content) : a.content);
}

/** All visible text of a card (TextBlock text, RichText runs, FactSet facts, action titles), lower-cased. */
export function cardText(card) {
  const parts = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return undefined;
    for (const key of ['text', 'title', 'value', 'label', 'placeholder']) if (typeof node[key] === 'string') parts.push(node[key]);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
    return undefined;
  };
  walk(card);
  return parts.join('\n').toLowerCase();
}

function isBotMessage(frame, conversationId, botId) {
  const cid = frame.actionConversationId ?? '';
  return frame.action === 'createMessage' && frame.message?.from?.id === botId
    && (cid === conversationId || cid.startsWith(`${conversationId};messageid=`));
}

function summarise(message) {
  if (!message) return '';
  const cards = adaptiveCards(message).map((c) => `[card: ${cardText(c).replace(/\s+/g, ' ').slice(0, 200)}]`).join(' ');
  return `${message.from?.id ?? '?'} "${(message.text ?? '').slice(0, 60)}" ${cards}`;
}
