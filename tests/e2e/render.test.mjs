// Renders every golden card JSON (tests/Unit/Cards/golden/**/*.json) with the official adaptivecards 3.0.6
// renderer in headless Chromium, using a Teams-like host config and Teams' maximum schema version (1.5).
// Any parse event, any validateProperties() failure, or an empty render fails that card's test.
// A PNG of each card lands in tests/e2e/artifacts/cards/. CARDS_GOLDEN_DIR overrides the folder.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { openCardRenderer } from './lib/cardRenderer.mjs';
import { fixture } from './lib/fixture.mjs';
import { artifactsDir, repoRoot } from './lib/paths.mjs';

const goldenDir = process.env.CARDS_GOLDEN_DIR ?? join(repoRoot, 'tests', 'Unit', 'Cards', 'golden');
const screenshotDir = join(artifactsDir, 'cards');

function findJson(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findJson(path);
    return entry.name.endsWith('.json') ? [path] : [];
  }).sort();
}

/** A golden file may hold a card, an attachment, an invoke response carrying a card, or a list of those. */
function cardsIn(json) {
  if (Array.isArray(json)) return json.flatMap(cardsIn);
  if (json?.contentType === 'application/vnd.microsoft.card.adaptive') return [json.content];
  if (json?.type === 'application/vnd.microsoft.card.adaptive' && json.value) return [json.value];
  if (Array.isArray(json?.attachments)) return cardsIn(json.attachments);
  return [json];
}

const files = findJson(goldenDir);

describe('golden cards render in the Adaptive Cards renderer', () => {
  const renderer = fixture(
    async () => {
      mkdirSync(screenshotDir, { recursive: true });
      return openCardRenderer();
    },
    (opened) => opened.close(),
  );
  after(() => renderer.dispose());

  test(`golden folder has card files (${relative(repoRoot, goldenDir)})`, () => {
    assert.ok(files.length > 0, `no *.json under ${goldenDir}`);
  });

  test('renderer check catches broken cards (self-check)', async () => {
    const { problems } = await (await renderer()).render({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [{ type: 'Fancy' }, { type: 'TextBlock', text: 'x', size: 'Huge' }],
    });
    assert.ok(problems.some((p) => p.includes('UnknownElementType')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('InvalidPropertyValue')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('UnsupportedCardVersion')), problems.join('\n'));
  });

  for (const file of files) {
    const name = relative(goldenDir, file);
    test(`renders ${name} without parse or validation problems`, async () => {
      const { render } = await renderer();
      const cards = cardsIn(JSON.parse(readFileSync(file, 'utf8')));
      for (const [index, card] of cards.entries()) {
        const suffix = cards.length > 1 ? `-${index + 1}` : '';
        const png = join(screenshotDir, `${name.replace(/[\\/]/g, '__').replace(/\.json$/, '')}${suffix}.png`);
        const { problems, height } = await render(card, png);
        assert.deepEqual(problems, [], `${name}${suffix}:\n${problems.join('\n')}`);
        assert.ok(height > 0, `${name}${suffix} rendered with no height`);
      }
    });
  }
});
