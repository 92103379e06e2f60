import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { botDll, repoRoot } from './paths.mjs';
import { freePort, startProcess, waitForHttp } from './processes.mjs';

/**
 * Starts the built bot (dotnet build CxReviewBot.sln first) in local development mode with a fresh SQLite
 * database, and waits for GET /healthz. Returns { baseUrl, messagesUrl, output(), stop() }.
 */
export async function startBot({ timeoutMs = 60_000, env = {} } = {}) {
  if (!existsSync(botDll)) throw new Error(`bot not built: ${botDll} is missing (run dotnet build CxReviewBot.sln)`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cx-e2e-bot-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const bot = startProcess('bot', 'dotnet', [botDll], {
    cwd: repoRoot,
    env: {
      ASPNETCORE_URLS: baseUrl,
      ASPNETCORE_ENVIRONMENT: 'Development',
      ConnectionStrings__CxReview: `Data Source=${join(dataDir, 'e2e.db')}`,
      Bot__AppId: '',
      Logging__LogLevel__Default: 'Information',
      // EF logs every outbox poll at Information; keep the bot output readable in failure messages.
      'Logging__LogLevel__Microsoft.EntityFrameworkCore': 'Warning',
      ...env,
    },
  });
  const stop = async () => {
    await bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`${baseUrl}/healthz`, timeoutMs, { abortOn: bot.exited });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\nbot output:\n${bot.output().slice(-4000)}`);
  }
  return { baseUrl, messagesUrl: `${baseUrl}/api/messages`, output: bot.output, stop };
}
