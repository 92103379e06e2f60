import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
export const { ManifestUtil } = require('@microsoft/app-manifest');

/** Loads the Teams schema bundled with @microsoft/app-manifest for a manifestVersion, without network. */
export function loadTeamsSchema(manifestVersion) {
  const file = join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  // The published schema contains "\a" in a regex, which is not valid JSON (microsoft-teams-app-schema#190);
  // the package's own fetchSchema applies the same replacement.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\x07'));
}
