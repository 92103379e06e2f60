import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const hostConfig = JSON.parse(readFileSync(new URL('../teams-hostconfig.json', import.meta.url), 'utf8'));
const eventNames = ['Hint', 'ActionTypeNotAllowed', 'CollectionCantBeEmpty', 'Deprecated', 'ElementTypeNotAllowed',
  'InteractivityNotAllowed', 'InvalidPropertyValue', 'MissingCardType', 'PropertyCantBeNull', 'TooManyActions',
  'UnknownActionType', 'UnknownElementType', 'UnsupportedCardVersion', 'DuplicateId', 'UnsupportedProperty',
  'RequiredInputsShouldHaveLabel', 'RequiredInputsShouldHaveErrorMessage', 'Other'];

// Teams renders Adaptive Cards up to schema 1.5 (desktop and mobile); anything newer is a bug in a bot card.
const teamsMaxVersion = 'v1_5';

/**
 * Opens one Chromium page with the official adaptivecards renderer loaded. `render(card, screenshotPath)`
 * parses with a SerializationContext (collecting every parse event), runs validateProperties(), renders
 * into the page and screenshots the result; it resolves with { problems: string[], height }.
 */
export async function openCardRenderer() {
  const browser = await launchBrowser({ viewport: { width: 900, height: 800 } });
  const { page } = browser;
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px; background: #F5F5F5; }
    #host { background: #FFFFFF; border: 1px solid #E0E0E0; border-radius: 4px; }
    .ac-pushButton { background: #FFFFFF; border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px;
      font: 600 14px 'Segoe UI', 'Liberation Sans', sans-serif; color: #242424; }
    .ac-input { font: 14px 'Segoe UI', 'Liberation Sans', sans-serif; padding: 4px; }
  </style></head><body><div id="host"></div></body></html>`);
  await page.addScriptTag({ path: rendererScript });
  // Teams renders the Adaptive Cards markdown subset (bold, italic, links, lists); the renderer only does
  // so when a processor is installed, so install a small one for the screenshots.
  await page.evaluate(() => {
    const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const inline = (t) => escape(t)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*([^*]+)\*/g, '$1<em>$2</em>')
      .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
    window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      const lines = text.split('\n');
      const html = [];
      let list = null;
      for (const line of lines) {
        const item = line.match(/^\s*(?:([-*])|(\d+)\.)\s+(.*)$/);
        const kind = item ? (item[1] ? 'ul' : 'ol') : null;
        if (list && kind !== list) html.push(`</${list}>`);
        if (kind && kind !== list) html.push(`<${kind}>`);
        list = kind;
        html.push(item ? `<li>${inline(item[3])}</li>` : `<p>${inline(line)}</p>`);
      }
      if (list) html.push(`</${list}>`);
      result.outputHtml = html.join('');
      result.didProcess = true;
    };
  });

  async function render(card, screenshotPath) {
    const result = await page.evaluate(({ card, hostConfig, eventNames, maxVersion }) => {
      const AC = window.AdaptiveCards;
      const host = document.getElementById('host');
      host.replaceChildren();
      // Teams shows "full width" cards across the chat column, others at its normal card width.
      host.style.width = card?.msteams?.width === 'Full' ? '760px' : '480px';
      const problems = [];
      const describe = (e, phase) => `${phase} ${eventNames[e.event] ?? e.event}: ${e.message}`;

      const adaptiveCard = new AC.AdaptiveCard();
      adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
      adaptiveCard.maxVersion = AC.Versions[maxVersion];
      const context = new AC.SerializationContext(AC.Versions[maxVersion]);
      try {
        adaptiveCard.parse(card, context);
      } catch (error) {
        return { problems: [`parse threw: ${error.message}`], height: 0 };
      }
      for (let i = 0; i < context.eventCount; i++) problems.push(describe(context.getEventAt(i), 'parse'));
      for (const e of adaptiveCard.validateProperties().validationEvents) problems.push(describe(e, 'validate'));

      const element = adaptiveCard.render();
      if (!element) return { problems: [...problems, 'render returned nothing'], height: 0 };
      host.appendChild(element);
      return { problems, height: element.getBoundingClientRect().height };
    }, { card, hostConfig, eventNames, maxVersion: teamsMaxVersion });

    if (screenshotPath && result.height > 0) await page.locator('#host').screenshot({ path: screenshotPath });
    return result;
  }

  return { render, close: browser.close };
}
