import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const e2eRoot = fileURLToPath(new URL('../', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const botDll = process.env.CXREVIEW_BOT_DLL ?? `${repoRoot}artifacts/bin/CxReviewBot/debug/CxReviewBot.dll`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
