import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PlaygroundClient } from './playgroundClient.mjs';
import { freePort, startProcess, waitForHttp } from './processes.mjs';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

/**
 * Starts the Agents Playground 0.2.28 headless (no browser, no telemetry) against `botEndpoint`, in a temp
 * working directory (it writes devTools/ logs there). Resolves with a connected PlaygroundClient whose
 * `stop()` also ends the process.
 */
export async function startPlayground(botEndpoint, { timeoutMs = 60_000, conversationId } = {}) {
  const workDir = mkdtempSync(join(tmpdir(), 'cx-e2e-playground-'));
  const requested = await freePort();
  const args = [cli, '--app-endpoint', botEndpoint, '--channel-id', 'msteams', '--port', String(requested), '--disable-telemetry'];
  if (conversationId) args.push('--conversation-id', conversationId);
  const playground = startProcess('playground', process.execPath, args, {
    cwd: workDir,
    env: {
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'playground.log'),
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(workDir, '.m365agentsplayground.yml'),
    },
  });
  const stopProcess = async () => {
    await playground.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    // It picks a random port when the requested one is taken, so read the port it reports.
    const [, port] = await playground.waitForOutput(/Listening on (\d+)/, timeoutMs);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/_internal/v1/config`, timeoutMs, { abortOn: playground.exited });
    const client = new PlaygroundClient(baseUrl, { output: playground.output, stopProcess });
    await client.connect(timeoutMs);
    return client;
  } catch (error) {
    await stopProcess();
    throw error;
  }
}
