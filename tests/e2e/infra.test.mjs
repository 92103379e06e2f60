// Compiles and lints the Bicep templates with the pinned Bicep CLI (tools/install-bicep.sh puts it at
// tools/bicep) and checks the compiled ARM template holds what the deployment promises.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { repoRoot } from './lib/paths.mjs';

const bicep = join(repoRoot, 'tools', 'bicep');
const infra = join(repoRoot, 'infra');

/** Runs the Bicep CLI; `diagnostics` are its Warning/Error lines (it exits 0 on warnings). */
function runBicep(...args) {
  assert.ok(existsSync(bicep), `${bicep} missing: run tools/install-bicep.sh`);
  const result = spawnSync(bicep, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  if (result.error) throw result.error;
  const diagnostics = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => / : (Warning|Error) /.test(l));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, diagnostics };
}

function bicepFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? bicepFiles(join(dir, e.name)) : e.name.endsWith('.bicep') ? [join(dir, e.name)] : []);
}

/** Every resource of the compiled template, nested module deployments flattened. */
function allResources(template) {
  const list = Array.isArray(template.resources) ? template.resources : Object.values(template.resources ?? {});
  return list.flatMap((r) => [r, ...(r.type === 'Microsoft.Resources/deployments' ? allResources(r.properties.template) : [])]);
}

describe('infra (Bicep)', () => {
  let built;
  const compiled = () => {
    built ??= runBicep('build', join(infra, 'main.bicep'), '--stdout');
    assert.equal(built.status, 0, built.stderr);
    return JSON.parse(built.stdout);
  };

  test('main.bicep builds with no errors or warnings', () => {
    compiled();
    assert.deepEqual(built.diagnostics, []);
  });

  test('lint main.bicep (and the modules it uses) reports nothing', () => {
    const { status, stderr, diagnostics } = runBicep('lint', join(infra, 'main.bicep'));
    assert.equal(status, 0, stderr);
    assert.deepEqual(diagnostics, []);
  });

  test('every module file is used by main.bicep, so the lint above covers it', () => {
    const main = readFileSync(join(infra, 'main.bicep'), 'utf8');
    for (const file of bicepFiles(infra).filter((f) => !f.endsWith('main.bicep'))) {
      const path = file.slice(infra.length + 1);
      assert.ok(main.includes(`'${path}'`), `${path} is not referenced from main.bicep`);
    }
  });

  test('lint check can fail: an unused parameter is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-bicep-'));
    try {
      writeFileSync(join(dir, 'bad.bicep'), "param unused string\noutput ok string = 'x'\n");
      assert.ok(runBicep('lint', join(dir, 'bad.bicep')).diagnostics.some((d) => d.includes('no-unused-params')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Azure Bot with the Teams channel points at the web app /api/messages', () => {
    const template = compiled();
    const resources = allResources(template);
    const bot = resources.find((r) => r.type === 'Microsoft.BotService/botServices');
    assert.equal(bot.kind, 'azurebot');
    assert.match(bot.properties.endpoint, /^\[format\('https:\/\/\{0\}\/api\/messages'/);
    assert.equal(bot.properties.msaAppId, "[parameters('msaAppId')]");
    assert.deepEqual(template.parameters.botAppType.allowedValues, ['SingleTenant', 'MultiTenant']);
    const channel = resources.find((r) => r.type === 'Microsoft.BotService/botServices/channels');
    assert.equal(channel.properties.channelName, 'MsTeamsChannel');
  });

  test('web app runs .NET 10 on Linux with a system identity and the contract configuration keys', () => {
    const template = compiled();
    const site = allResources(template).find((r) => r.type === 'Microsoft.Web/sites');
    assert.equal(site.identity.type, 'SystemAssigned');
    assert.equal(site.properties.siteConfig.linuxFxVersion, 'DOTNETCORE|10.0');
    assert.equal(site.properties.httpsOnly, true);
    const settings = Object.fromEntries(site.properties.siteConfig.appSettings.map((s) => [s.name, s.value]));
    for (const key of ['Bot__AppId', 'Bot__TenantId', 'Bot__AppPassword', 'ConnectionStrings__CxReview', 'Database__Provider']) {
      assert.ok(key in settings, `app setting ${key} missing`);
    }
    assert.match(settings.Bot__AppPassword, /@Microsoft\.KeyVault\(/, 'bot password must be a Key Vault reference');
  });

  test('Key Vault uses RBAC and the web app identity gets Key Vault Secrets User', () => {
    const template = compiled();
    const resources = allResources(template);
    const vault = resources.find((r) => r.type === 'Microsoft.KeyVault/vaults');
    assert.equal(vault.properties.enableRbacAuthorization, true);
    const assignment = resources.find((r) => r.type === 'Microsoft.Authorization/roleAssignments');
    assert.match(assignment.properties.roleDefinitionId, /keyVaultSecretsUserRole/);
    assert.equal(template.variables.keyVaultSecretsUserRole, '4633458b-17de-408a-b874-0445c86b69e6');
    assert.match(assignment.properties.principalId, /Microsoft\.Web\/sites/);
  });

  test('monitoring and optional PostgreSQL are in the template', () => {
    const template = compiled();
    const types = new Set(allResources(template).map((r) => r.type));
    for (const type of ['Microsoft.OperationalInsights/workspaces', 'Microsoft.Insights/components', 'Microsoft.DBforPostgreSQL/flexibleServers']) {
      assert.ok(types.has(type), `${type} missing`);
    }
    assert.equal(template.parameters.deployPostgres.defaultValue, false);
  });

  test('main.parameters.json names only real parameters and holds no secrets', () => {
    const template = compiled();
    const { parameters } = JSON.parse(readFileSync(join(infra, 'main.parameters.json'), 'utf8'));
    for (const name of Object.keys(parameters)) {
      assert.ok(name in template.parameters, `unknown parameter ${name}`);
      assert.notEqual(template.parameters[name].type, 'securestring', `secure parameter ${name} must not be in a file`);
    }
    assert.ok('msaAppId' in parameters);
  });
});
