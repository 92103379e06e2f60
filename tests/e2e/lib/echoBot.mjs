import { createServer } from 'node:http';

/**
 * A minimal Bot Framework endpoint used only to check the harness itself: it records every activity and
 * answers messages and installs through the connector at the activity's serviceUrl, like a real bot would.
 */
export async function startEchoBot() {
  const activities = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', async () => {
      const activity = JSON.parse(body || '{}');
      activities.push({ headers: req.headers, activity });
      res.writeHead(200).end();
      const reply = replyFor(activity);
      if (!reply) return;
      const url = `${activity.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`;
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', from: activity.recipient, recipient: activity.from, conversation: activity.conversation, ...reply }),
      }).catch(() => {});
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    messagesUrl: `http://127.0.0.1:${port}/api/messages`,
    activities,
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

function replyFor(activity) {
  if (activity.type === 'installationUpdate') return { text: 'installed' };
  if (activity.type !== 'message') return null;
  return {
    attachments: [{
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: `echo: ${activity.text}`, wrap: true }],
        actions: [{ type: 'Action.Execute', title: 'Again', verb: 'echo.again', data: { n: 1 } }],
      },
    }],
  };
}
