// SPDX-License-Identifier: GPL-3.0-or-later
//
// A real OpenID Connect provider (oidc-provider 9.x) for Gatehouse's SSO sign-in tests.
//
//   node oidc/provider.mjs --accounts FILE [--client-id ID] [--alg RS256|PS256|ES256]
//                          [--tamper bad-signature|wrong-audience|expired|wrong-nonce|wrong-issuer]
//
// Listens on 127.0.0.1 on a free port and prints "Listening on http://127.0.0.1:PORT" once
// it accepts requests; the issuer is that URL. One public native client (RFC 8252:
// token_endpoint_auth_method "none", PKCE S256 required, redirect URI
// http://127.0.0.1/callback on any port) and a second client "other-client".
//
// FILE is a JSON array of accounts, read again on every lookup:
//   [{"login": "ada", "password": "secret", "sub": "idp|ada", "email": "ada@example.com",
//     "email_verified": true, "name": "Ada Lovelace", "given_name": "Ada", ...}]
// The login page asks for "login" and "password" and checks both; a consent page follows.
//
// --tamper makes the token endpoint hand out an ID token the relying party must refuse:
//   bad-signature   signed with a key that is not in the JWKS (same "kid" as the real one)
//   wrong-audience  issued to "other-client"
//   expired         issued two hours ago, expired one hour ago
//   wrong-nonce     a nonce the relying party never sent
//   wrong-issuer    "iss" names another issuer

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import * as crypto from 'node:crypto';
import { parseArgs } from 'node:util';

import { Provider } from 'oidc-provider';

const { values: options } = parseArgs({
  options: {
    accounts: { type: 'string' },
    'client-id': { type: 'string', default: 'gatehouse' },
    alg: { type: 'string', default: 'RS256' },
    tamper: { type: 'string', default: '' },
  },
});

const tamperModes = ['', 'bad-signature', 'wrong-audience', 'expired', 'wrong-nonce', 'wrong-issuer'];
if (!options.accounts) {
  console.error('provider.mjs: --accounts FILE is required');
  process.exit(2);
}
if (!['RS256', 'PS256', 'ES256'].includes(options.alg)) {
  console.error(`provider.mjs: --alg ${options.alg} is not RS256, PS256 or ES256`);
  process.exit(2);
}
if (!tamperModes.includes(options.tamper)) {
  console.error(`provider.mjs: --tamper ${options.tamper} is not one of ${tamperModes.slice(1).join(', ')}`);
  process.exit(2);
}

// Read on every lookup, so a test may change a person's claims between two sign-ins.
function findBy(field, value) {
  const accounts = JSON.parse(readFileSync(options.accounts, 'utf8'));
  return accounts.find((a) => a[field] === value);
}

// Signing keys, fresh each run: RSA for RS256/PS256, P-256 for ES256.
function signingKey(type, kid) {
  const pair = type === 'rsa'
    ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    : crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { kid, privateKey: pair.privateKey, jwk: { ...pair.privateKey.export({ format: 'jwk' }), kid, use: 'sig' } };
}
const keys = { rsa: signingKey('rsa', 'rsa-1'), ec: signingKey('ec', 'ec-1') };
const keyFor = (alg) => (alg === 'ES256' ? keys.ec : keys.rsa);

function base64url(data) {
  return Buffer.from(data).toString('base64url');
}

function signJwt(header, payload, privateKey) {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  let signature;
  switch (header.alg) {
    case 'RS256':
      signature = crypto.sign('sha256', Buffer.from(input), privateKey);
      break;
    case 'PS256':
      signature = crypto.sign('sha256', Buffer.from(input), {
        key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32,
      });
      break;
    case 'ES256':
      signature = crypto.sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      break;
    default:
      throw new Error(`cannot sign ${header.alg}`);
  }
  return `${input}.${base64url(signature)}`;
}

function tamper(idToken) {
  const [headerPart, payloadPart] = idToken.split('.');
  const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
  const payload = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  const now = Math.floor(Date.now() / 1000);
  let { privateKey } = keyFor(header.alg);
  switch (options.tamper) {
    case 'bad-signature':
      privateKey = signingKey(header.alg === 'ES256' ? 'ec' : 'rsa', header.kid).privateKey;
      break;
    case 'wrong-audience':
      payload.aud = 'other-client';
      delete payload.azp;
      break;
    case 'expired':
      payload.iat = now - 7200;
      payload.auth_time = now - 7200;
      payload.exp = now - 3600;
      break;
    case 'wrong-nonce':
      payload.nonce = crypto.randomBytes(16).toString('base64url');
      break;
    case 'wrong-issuer':
      payload.iss = 'https://impostor.example.com';
      break;
    default:
      return idToken;
  }
  return signJwt(header, payload, privateKey);
}

function page(title, body) {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head>`
    + `<body><h1>${title}</h1>${body}</body></html>`;
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options['client-id'],
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // Native clients on a loopback address may use any port (RFC 8252 §7.3).
        redirect_uris: ['http://127.0.0.1/callback'],
        id_token_signed_response_alg: options.alg,
      },
      {
        client_id: 'other-client',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/callback'],
      },
    ],
    jwks: { keys: [keys.rsa.jwk, keys.ec.jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    // The profile and e-mail claims go into the ID token itself, as Gatehouse reads them there.
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'picture'],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600,
    },
    async findAccount(_ctx, sub) {
      const account = findBy('sub', sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          const claims = { sub };
          for (const name of ['email', 'email_verified', 'name', 'given_name', 'family_name', 'picture']) {
            if (account[name] !== undefined) claims[name] = account[name];
          }
          return claims;
        },
      };
    },
  });

  if (options.tamper) {
    provider.use(async (ctx, next) => {
      await next();
      if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
        ctx.body = { ...ctx.body, id_token: tamper(ctx.body.id_token) };
      }
    });
  }

  const callback = provider.callback();

  // The login and consent pages: /interaction/:uid (GET shows, POST submits).
  async function interaction(req, res, uid) {
    const html = (status, title, body) => {
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(page(title, body));
    };
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return html(400, 'Sign-in expired', '<p>Start the sign-in again.</p>');
    }
    if (details.uid !== uid) return html(400, 'Sign-in expired', '<p>Start the sign-in again.</p>');
    const action = `/interaction/${encodeURIComponent(uid)}`;

    if (req.method === 'GET') {
      if (details.prompt.name === 'login') {
        return html(200, 'Sign in', `<form method="post" action="${action}">`
          + '<input type="hidden" name="prompt" value="login">'
          + '<label>Login <input type="text" name="login" required></label>'
          + '<label>Password <input type="password" name="password" required></label>'
          + '<button type="submit">Sign in</button></form>');
      }
      return html(200, 'Authorize', `<p>${escapeHtml(details.params.client_id)} asks for `
        + `${escapeHtml(details.params.scope)}.</p><form method="post" action="${action}">`
        + '<input type="hidden" name="prompt" value="consent"><button type="submit">Continue</button></form>');
    }
    if (req.method !== 'POST') return html(405, 'Not allowed', '');

    const form = await readForm(req);
    if (form.get('prompt') === 'login' && details.prompt.name === 'login') {
      const account = findBy('login', form.get('login'));
      if (!account || account.password !== form.get('password')) {
        return html(200, 'Sign in', '<p>Wrong login or password.</p>');
      }
      return provider.interactionFinished(req, res, { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false });
    }
    if (form.get('prompt') === 'consent' && details.prompt.name === 'consent') {
      const { prompt: { details: missing }, grantId, session, params } = details;
      const grant = grantId
        ? await provider.Grant.find(grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true });
    }
    return html(400, 'Unexpected form', '');
  }

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([^/?]+)$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return callback(req, res);
    return interaction(req, res, decodeURIComponent(match[1])).catch((error) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  console.log(`Listening on ${issuer}`);
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
