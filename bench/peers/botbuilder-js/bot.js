// The bench's peer: a botbuilder-js 4.23 bot doing what CX Review Bot does for `help` in a personal chat: the
// inbound token validated in full by the SDK (signature against the published keys, issuer, audience, expiry,
// the key's channel endorsements, the serviceUrl claim), then the help card sent back as a reply through the Bot
// Connector with a client-credentials token. No storage: the SDK keeps no de-duplication or conversation state
// unless the bot adds it.
//
// Configuration (environment), pointing the SDK at the bench's fake cloud the way Bot:OpenIdMetadataUrl and
// Bot:TokenEndpoint point CX Review Bot at it:
//   PORT                          port on 127.0.0.1 (default 3978)
//   MicrosoftAppId                the bot's app id (audience of inbound tokens)
//   MicrosoftAppPassword          client secret for the token endpoint
//   BOT_OPENID_METADATA_URL       ToBotFromChannelOpenIdMetadataUrl (the fake FakeBotFrameworkIdentity)
//   BOT_TOKEN_ENDPOINT            the token endpoint MSAL posts the client-credentials grant to (the fake connector)
//   HELP_CARD_FILE                the Adaptive Card to answer with (default: help-card.json beside this file)
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { ConfidentialClientApplication } = require('@azure/msal-node');
const {
    ActivityHandler,
    CardFactory,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory,
} = require('botbuilder');
const { AuthenticationConstants, MsalServiceClientCredentialsFactory } = require('botframework-connector');

const port = Number(process.env.PORT || 3978);
const appId = required('MicrosoftAppId');
const appPassword = required('MicrosoftAppPassword');
const openIdMetadataUrl = required('BOT_OPENID_METADATA_URL');
const tokenEndpoint = required('BOT_TOKEN_ENDPOINT');
const card = JSON.parse(fs.readFileSync(process.env.HELP_CARD_FILE || path.join(__dirname, 'help-card.json'), 'utf8'));

// Outbound tokens: the SDK's MSAL credentials. MSAL only accepts https authorities, so the authority stays the
// public one and its metadata (which names the token endpoint) is given here instead of discovered: MSAL then
// posts the client-credentials grant to the fake endpoint and caches the token like it would Entra's.
const authority = AuthenticationConstants.ToChannelFromBotLoginUrlPrefix + AuthenticationConstants.DefaultChannelAuthTenant;
const msal = new ConfidentialClientApplication({
    auth: {
        clientId: appId,
        clientSecret: appPassword,
        authority,
        knownAuthorities: [new URL(authority).host],
        authorityMetadata: JSON.stringify({
            token_endpoint: tokenEndpoint,
            authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
            issuer: `${authority}/v2.0`,
            end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
            jwks_uri: `${authority}/discovery/v2.0/keys`,
        }),
    },
});

const auth = new ConfigurationBotFrameworkAuthentication(
    {
        MicrosoftAppId: appId,
        MicrosoftAppPassword: appPassword,
        MicrosoftAppType: 'MultiTenant',
        // Any of these makes the factory use exactly the values given ("parameterized" authentication).
        ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
        ToChannelFromBotLoginUrl: authority,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        CallerId: 'urn:botframework:azure',
        ValidateAuthority: true,
    },
    new MsalServiceClientCredentialsFactory(appId, msal),
);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error.stack || error}`);
    throw error; // answered 500, as the bot answers a failed turn
};

class HelpBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card), undefined, 'What CX Review Bot can do'));
            await next();
        });
    }
}
const bot = new HelpBot();

// Node's own HTTP server with the small request/response surface CloudAdapter asks for (restify's and express's
// shape); a JSON body parser is what their middleware would add.
const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
        return;
    }
    if (req.url !== '/api/messages') {
        res.writeHead(404).end();
        return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
        size += chunk.length;
        if (size > 256 * 1024) {
            res.writeHead(413).end();
            req.destroy();
            return;
        }
        chunks.push(chunk);
    });
    req.on('end', () => {
        if (res.writableEnded) {
            return;
        }
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.writeHead(400).end();
            return;
        }
        adapter.process(req, shim(res), (context) => bot.run(context)).catch((error) => {
            console.error(`process error: ${error.stack || error}`);
            if (!res.headersSent) {
                res.writeHead(500).end();
            }
        });
    });
});
server.keepAliveTimeout = 75_000;
server.listen(port, '127.0.0.1', () => console.log(`peer listening on http://127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

function shim(res) {
    return {
        socket: res.socket,
        status(code) {
            res.statusCode = code;
            return this;
        },
        header(name, value) {
            res.setHeader(name, value);
            return this;
        },
        send(body) {
            if (body !== undefined && body !== null) {
                const text = typeof body === 'string' ? body : JSON.stringify(body);
                if (typeof body !== 'string') {
                    res.setHeader('Content-Type', 'application/json; charset=utf-8');
                }
                res.write(text);
            }
            return this;
        },
        end() {
            res.end();
            return this;
        },
    };
}

function required(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`set ${name}`);
        process.exit(2);
    }
    return value;
}
