import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildPackage, fillTemplate } from '../../manifest/package.mjs';
import { readPngHeader } from '../../manifest/png.mjs';
import { fixture } from './lib/fixture.mjs';
import { loadTeamsSchema, ManifestUtil } from './lib/manifestSchema.mjs';
import { decodeRgbaPng } from './lib/pngPixels.mjs';
import { readZip } from './lib/unzip.mjs';

const botId = '0f5a1b7e-3c44-4d2a-9e61-2b8f0c9d7a13';
const appId = '6d2c9e40-81b3-4f6e-a5d7-c1e0f3b2a984';
const sample = { botId, appId, botDomain: 'cxreview-test.azurewebsites.net', version: '1.2.3' };
const templatePath = new URL('../../manifest/manifest.template.json', import.meta.url);

describe('Teams app package', () => {
  const packaged = fixture(
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cx-manifest-'));
      const entries = readZip(readFileSync(buildPackage(sample, join(dir, 'cxreviewbot.zip'))));
      return { dir, entries, manifest: JSON.parse(entries.get('manifest.json').toString('utf8')) };
    },
    ({ dir }) => rmSync(dir, { recursive: true, force: true }),
  );
  after(() => packaged.dispose());

  test('zip holds exactly manifest.json and the two icons at its root', async () => {
    const { entries, manifest } = await packaged();
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'manifest.json', 'outline.png']);
    assert.equal(manifest.icons.color, 'color.png');
    assert.equal(manifest.icons.outline, 'outline.png');
  });

  test('manifest.json passes the bundled Teams schema offline', async () => {
    const { manifest } = await packaged();
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, loadTeamsSchema(manifest.manifestVersion));
    assert.deepEqual(errors, []);
  });

  test('placeholders are filled with the given ids, domain and version', async () => {
    const { entries, manifest } = await packaged();
    const text = entries.get('manifest.json').toString('utf8');
    assert.doesNotMatch(text, /\{\{/);
    assert.equal(manifest.id, appId);
    assert.equal(manifest.version, '1.2.3');
    assert.equal(manifest.bots[0].botId, botId);
    assert.deepEqual(manifest.validDomains, ['cxreview-test.azurewebsites.net']);
    assert.deepEqual(manifest.webApplicationInfo, { id: botId, resource: `api://botid-${botId}` });
  });

  test('bot is offered in personal, team and group chat with the command menu', async () => {
    const { manifest } = await packaged();
    const [bot] = manifest.bots;
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    // Only commands the bot answers in Teams (check-ins and escalations are not built; `report` is a CLI verb).
    const expected = ['help', 'setup', 'agenda', 'decide', 'decisions', 'actions', 'owners', 'minutes'];
    const covered = new Set();
    for (const list of bot.commandLists) {
      assert.ok(list.commands.length <= 12, 'Teams shows at most 12 commands per list');
      assert.deepEqual(list.commands.map((c) => c.title), expected);
      list.scopes.forEach((s) => covered.add(s));
    }
    assert.deepEqual([...covered].sort(), ['groupChat', 'personal', 'team']);
  });

  test('color icon is 192x192 and outline icon is 32x32 white on transparent', async () => {
    const { entries } = await packaged();
    const color = readPngHeader(entries.get('color.png'));
    const outline = readPngHeader(entries.get('outline.png'));
    assert.deepEqual([color.width, color.height], [192, 192]);
    assert.deepEqual([outline.width, outline.height], [32, 32]);
    assert.equal(outline.colourType, 6, 'outline needs an alpha channel for transparency');

    const { pixels } = decodeRgbaPng(entries.get('outline.png'));
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else assert.deepEqual([r, g, b], [255, 255, 255], `outline pixel ${i / 4} is coloured`);
    }
    assert.ok(transparent > 0 && transparent < 32 * 32, 'outline needs both a transparent background and a white glyph');

    const colours = new Set();
    const colourPixels = decodeRgbaPng(entries.get('color.png')).pixels;
    for (let i = 0; i < colourPixels.length; i += 4) colours.add(colourPixels.readUInt32BE(i));
    assert.ok(colours.size >= 2, 'color icon must not be a single flat colour');
  });
});

describe('manifest validation rejects mistakes', () => {
  test('lower-case groupchat scope fails the schema', async () => {
    const manifest = JSON.parse(fillTemplate(readFileSync(templatePath, 'utf8'), sample));
    manifest.bots[0].scopes = ['personal', 'team', 'groupchat'];
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, loadTeamsSchema(manifest.manifestVersion));
    assert.ok(errors.some((e) => e.startsWith('/bots/0/scopes/2')), `expected an enum error, got ${JSON.stringify(errors)}`);
  });

  test('more than 12 commands in a list fails the schema', async () => {
    const manifest = JSON.parse(fillTemplate(readFileSync(templatePath, 'utf8'), sample));
    const list = manifest.bots[0].commandLists[0];
    list.commands = Array.from({ length: 13 }, (_, i) => ({ title: `c${i}`, description: 'x' }));
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, loadTeamsSchema(manifest.manifestVersion));
    assert.ok(errors.some((e) => e.includes('/commandLists/0/commands')), JSON.stringify(errors));
  });

  test('package.mjs command line writes the zip from environment variables and fails without them', () => {
    const script = new URL('../../manifest/package.mjs', import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), 'cx-manifest-cli-'));
    try {
      const out = join(dir, 'app.zip');
      const env = { ...process.env, BOT_ID: botId, APP_ID: appId, BOT_DOMAIN: 'bot.example.com', APP_VERSION: '2.0.1' };
      const ok = spawnSync(process.execPath, [script, '--out', out], { env, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal(JSON.parse(readZip(readFileSync(out)).get('manifest.json')).version, '2.0.1');

      const { BOT_ID, APP_ID, BOT_DOMAIN, ...without } = env;
      const missing = spawnSync(process.execPath, [script, '--out', out, '--bot-id', botId], { env: without, encoding: 'utf8' });
      assert.notEqual(missing.status, 0);
      assert.match(missing.stderr, /APP_ID must be a GUID/);
      assert.match(missing.stderr, /BOT_DOMAIN must be a host name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('packaging refuses a bot id that is not a GUID', () => {
    assert.throws(() => fillTemplate('{}', { ...sample, botId: 'my-bot' }), /BOT_ID must be a GUID/);
  });

  test('packaging refuses a domain with a scheme', () => {
    assert.throws(() => fillTemplate('{}', { ...sample, botDomain: 'https://x.example.com' }), /BOT_DOMAIN/);
  });

  test('packaging refuses a version that is not x.y.z', () => {
    assert.throws(() => fillTemplate('{}', { ...sample, version: '1.0' }), /version must be x\.y\.z/);
  });
});
