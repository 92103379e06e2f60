import { readFileSync } from 'node:fs';

/**
 * Commands a card offers: `data.command` of its buttons (Action.Execute/Submit, or an imBack value) and a
 * bold `**command**` opening a TextBlock.
 */
export function offeredCommands(card) {
  const found = new Set();
  walk(card, (node) => {
    if (typeof node.data?.command === 'string') found.add(node.data.command.toLowerCase());
    if (node.data?.msteams?.type === 'imBack' && typeof node.data.msteams.value === 'string') found.add(node.data.msteams.value.toLowerCase());
    if (node.type === 'TextBlock' && typeof node.text === 'string') {
      const bold = node.text.match(/^\*\*([a-z]+)\*\*/i);
      if (bold) found.add(bold[1].toLowerCase());
    }
  });
  return [...found].sort();
}

/** Every Action.Execute of a card (in `actions` and in ActionSets), optionally only those with `verb`. */
export function executeActions(card, verb) {
  const found = [];
  walk(card, (node) => {
    if (node.type === 'Action.Execute' && (verb === undefined || node.verb === verb)) found.push(node);
  });
  return found;
}

/** Card text with markdown escapes (`\&`) and bold markers removed, for matching names. */
export function plainText(text) {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!&<>|~])/g, '$1').replace(/\*\*/g, '');
}

/** Rows of a small RFC 4180 CSV file (quoted fields, no embedded newlines) as objects keyed by the header. */
export function readCsv(url) {
  const [header, ...lines] = readFileSync(url, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const split = (line) => {
    const fields = [''];
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted && c === '"' && line[i + 1] === '"') fields[fields.length - 1] += line[++i];
      else if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) fields.push('');
      else fields[fields.length - 1] += c;
    }
    return fields;
  };
  const names = split(header);
  return lines.map((line) => Object.fromEntries(split(line).map((value, i) => [names[i], value])));
}

function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return undefined;
  visit(node);
  Object.values(node).forEach((n) => walk(n, visit));
  return undefined;
}
