// Fills manifest.template.json and writes the Teams app package manifest/build/cxreviewbot.zip
// (manifest.json + color.png + outline.png at the zip root).
//
//   node manifest/package.mjs --bot-id <guid> --app-id <guid> --bot-domain <host> [--version 1.0.0] [--out file.zip]
//        [--website-url https://…] [--privacy-url https://…] [--terms-url https://…]
//   BOT_ID=… APP_ID=… BOT_DOMAIN=… APP_VERSION=… WEBSITE_URL=… PRIVACY_URL=… TERMS_URL=… node manifest/package.mjs
//
// Teams requires the publisher's website, privacy statement and terms of use as https links; they default to
// https://<bot domain>/, /privacy and /terms — point them at your company's real pages.
//
// Arguments win over environment variables. APP_ID is the Teams app id; it may be the same GUID as BOT_ID.
// The version defaults to 1.0.0; Teams wants it raised on every upload of a changed package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createZip } from './zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const semver = /^\d+\.\d+\.\d+$/;
// A bare host name (no scheme, port or path): Teams compares validDomains against host names.
const hostName = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** Validates the values and returns the manifest text with the placeholders filled. */
export function fillTemplate(template, { botId, appId, botDomain, version, websiteUrl, privacyUrl, termsUrl }) {
  const problems = [];
  const links = {
    WEBSITE_URL: websiteUrl ?? `https://${botDomain}/`,
    PRIVACY_URL: privacyUrl ?? `https://${botDomain}/privacy`,
    TERMS_URL: termsUrl ?? `https://${botDomain}/terms`,
  };
  for (const [key, url] of Object.entries(links)) {
    if (!/^https:\/\/[^\s"]+$/.test(url)) problems.push(`${key} must be an https URL (got "${url}")`);
  }
  if (!guid.test(botId ?? '')) problems.push(`BOT_ID must be a GUID (got "${botId ?? ''}")`);
  if (!guid.test(appId ?? '')) problems.push(`APP_ID must be a GUID (got "${appId ?? ''}")`);
  if (!hostName.test(botDomain ?? '')) problems.push(`BOT_DOMAIN must be a host name like bot.example.com (got "${botDomain ?? ''}")`);
  if (!semver.test(version ?? '')) problems.push(`version must be x.y.z (got "${version ?? ''}")`);
  if (problems.length > 0) throw new Error(problems.join('; '));

  const values = { BOT_ID: botId.toLowerCase(), APP_ID: appId.toLowerCase(), BOT_DOMAIN: botDomain.toLowerCase(), VERSION: version, ...links };
  const text = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`unknown placeholder {{${key}}} in the template`);
    return values[key];
  });
  JSON.parse(text);
  return text;
}

/** Writes the app package and returns its path. */
export function buildPackage(options, out = resolve(here, 'build', 'cxreviewbot.zip')) {
  const manifest = fillTemplate(readFileSync(resolve(here, 'manifest.template.json'), 'utf8'), options);
  const zip = createZip([
    { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
    { name: 'color.png', data: readFileSync(resolve(here, 'color.png')) },
    { name: 'outline.png', data: readFileSync(resolve(here, 'outline.png')) },
  ]);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      'bot-id': { type: 'string' },
      'app-id': { type: 'string' },
      'bot-domain': { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
      'website-url': { type: 'string' },
      'privacy-url': { type: 'string' },
      'terms-url': { type: 'string' },
    },
  });
  try {
    const out = buildPackage(
      {
        botId: values['bot-id'] ?? process.env.BOT_ID,
        appId: values['app-id'] ?? process.env.APP_ID,
        botDomain: values['bot-domain'] ?? process.env.BOT_DOMAIN,
        version: values.version ?? process.env.APP_VERSION ?? '1.0.0',
        websiteUrl: values['website-url'] ?? process.env.WEBSITE_URL,
        privacyUrl: values['privacy-url'] ?? process.env.PRIVACY_URL,
        termsUrl: values['terms-url'] ?? process.env.TERMS_URL,
      },
      values.out ? resolve(values.out) : undefined,
    );
    console.log(`wrote ${out}`);
  } catch (error) {
    console.error(`package.mjs: ${error.message}`);
    process.exit(1);
  }
}
