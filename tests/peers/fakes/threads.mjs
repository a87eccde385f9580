// A fake Threads API (threads.net consent + graph.threads.net) for Fanout's
// tests, on 127.0.0.1. It follows Meta's Threads API documentation:
// "Get Access Tokens and Permissions" (authorization window, POST
// /oauth/access_token), "Long-Lived Access Tokens" (GET /access_token with
// grant_type=th_exchange_token, and GET /refresh_access_token with
// grant_type=th_refresh_token, allowed once a token is at least 24 hours
// old and not expired) and "Retrieve a User's Profile" (GET /v1.0/me).
// Errors use the Graph API body {"error": {message, type, code,
// error_subcode, fbtrace_id}}.
//
// It rejects what the real API rejects: an unknown client id or secret, a
// wrong grant_type, a redirect_uri other than the registered one or the one
// of the authorization request, a reused or unknown code, a short-lived
// token where a long-lived one is needed, a refresh of a token younger than
// 24 hours, and any call with a revoked token.
//
// The consent is approved (or denied) without a browser: GET
// /oauth/authorize answers 302 to redirect_uri, so the client that follows
// it lands on Fanout's loopback listener. /relay/PORT stands in for the
// organisation's HTTPS relay page and forwards the query to
// http://127.0.0.1:PORT/callback.
//
// NOTE: the error code for a refresh of a token younger than 24 hours
// (100 here) and the exact error messages are assumptions; the documented
// part is the request shape and that such a refresh is rejected.
//
// Control: POST /_fake/config {clientId, clientSecret, redirectUri, deny};
// POST /_fake/age {hours} backdates every token; POST /_fake/revoke
// invalidates every token; GET /_fake/stats.

import {parseForm, randomToken, redirect, sendJson, startFake} from './fakehttp.mjs';

const state = {clientId: 'threads-app-1', clientSecret: 'threads-secret-1', redirectUri: '', deny: false};
const user = {id: '17841400000000001', username: 'alice_threads', name: 'Alice Threads',
              threads_profile_picture_url: 'https://scontent.example/alice.jpg'};
const codes = new Map();   // code -> {redirectUri, used}
const tokens = new Map();  // token -> {kind: 'short'|'long', issuedAt, expiresAt, revoked}
const counts = {authorize: 0, codeExchanges: 0, longLivedExchanges: 0, refreshes: 0, profiles: 0};
const rejected = [];

const HOUR = 3600 * 1000;

function graphError(response, status, code, message, subcode) {
  rejected.push(message);
  const error = {message, type: 'OAuthException', code, fbtrace_id: 'Afake' + counts.authorize};
  if (subcode)
    error.error_subcode = subcode;
  sendJson(response, status, {error});
}

function issue(kind, lifetimeSecs) {
  const token = randomToken(kind === 'long' ? 'THL' : 'THS');
  const now = Date.now();
  tokens.set(token, {kind, issuedAt: now, expiresAt: now + lifetimeSecs * 1000, revoked: false});
  return token;
}

// The token's record, or an error sent and nothing.
function validToken(response, token) {
  const record = tokens.get(token || '');
  if (!record) {
    graphError(response, 400, 190, 'Invalid OAuth access token - Cannot parse access token');
    return null;
  }
  if (record.revoked) {
    graphError(response, 400, 190, 'Error validating access token: The session has been invalidated because the '
               + 'user changed their password or Facebook has changed the session for security reasons.', 460);
    return null;
  }
  if (record.expiresAt <= Date.now()) {
    graphError(response, 400, 190, 'Error validating access token: Session has expired.', 463);
    return null;
  }
  return record;
}

async function routes(request, response, url, body) {
  const query = url.searchParams;
  if (url.pathname === '/oauth/authorize' && request.method === 'GET') {
    counts.authorize++;
    const redirectUri = query.get('redirect_uri') || '';
    if (query.get('client_id') !== state.clientId)
      return graphError(response, 400, 101, 'Error validating application. Invalid application ID.');
    if (redirectUri !== state.redirectUri)
      return graphError(response, 400, 191, 'The redirect_uri is not whitelisted for this app.');
    if (query.get('response_type') !== 'code')
      return graphError(response, 400, 100, 'Invalid response_type');
    const scopes = (query.get('scope') || '').split(',');
    if (!scopes.includes('threads_basic') || scopes.some(scope => scope.includes(' ')))
      return graphError(response, 400, 100, 'Invalid scope: scopes must be comma-separated and include threads_basic');
    const target = new URL(redirectUri);
    if (state.deny) {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_reason', 'user_denied');
      target.searchParams.set('error_description', 'Permissions error');
    } else {
      const code = randomToken('AQ');
      codes.set(code, {redirectUri, used: false});
      target.searchParams.set('code', code);
    }
    target.searchParams.set('state', query.get('state') || '');
    // Threads appends #_ to the redirect; browsers never send a fragment on.
    return redirect(response, target.toString() + '#_');
  }
  const relay = url.pathname.match(/^\/relay\/(\d{4,5})$/);
  if (relay && request.method === 'GET')
    return redirect(response, `http://127.0.0.1:${relay[1]}/callback${url.search}`);

  if (url.pathname === '/oauth/access_token' && request.method === 'POST') {
    counts.codeExchanges++;
    const form = parseForm(request, body);
    if (!form)
      return graphError(response, 400, 100, 'The parameters must be a form body');
    if (form.get('client_id') !== state.clientId)
      return graphError(response, 400, 101, 'Error validating application. Invalid application ID.');
    if (!form.get('client_secret') || form.get('client_secret') !== state.clientSecret)
      return graphError(response, 400, 1, 'Error validating client secret.');
    if (form.get('grant_type') !== 'authorization_code')
      return graphError(response, 400, 100, 'Unsupported grant_type');
    const code = codes.get(form.get('code') || '');
    if (!code)
      return graphError(response, 400, 100, 'Invalid verification code format.', 36007);
    if (code.used)
      return graphError(response, 400, 100, 'This authorization code has been used.', 36009);
    if (form.get('redirect_uri') !== code.redirectUri)
      return graphError(response, 400, 100, 'Error validating verification code. Please make sure your '
                        + 'redirect_uri is identical to the one you used in the OAuth dialog request', 36008);
    code.used = true;
    return sendJson(response, 200, {access_token: issue('short', 3600), user_id: Number(user.id.slice(0, 15))});
  }

  if (url.pathname === '/access_token' && request.method === 'GET') {
    counts.longLivedExchanges++;
    if (query.get('grant_type') !== 'th_exchange_token')
      return graphError(response, 400, 100, 'Unsupported grant_type');
    if (!query.get('client_secret') || query.get('client_secret') !== state.clientSecret)
      return graphError(response, 400, 1, 'Error validating client secret.');
    const record = validToken(response, query.get('access_token'));
    if (!record)
      return;
    if (record.kind !== 'short')
      return graphError(response, 400, 100, 'Only a short-lived token can be exchanged');
    const lifetime = 60 * 24 * 3600 - 56;
    return sendJson(response, 200, {access_token: issue('long', lifetime), token_type: 'bearer',
                                    expires_in: lifetime});
  }

  if (url.pathname === '/refresh_access_token' && request.method === 'GET') {
    counts.refreshes++;
    if (query.get('grant_type') !== 'th_refresh_token')
      return graphError(response, 400, 100, 'Unsupported grant_type');
    const record = validToken(response, query.get('access_token'));
    if (!record)
      return;
    if (record.kind !== 'long')
      return graphError(response, 400, 100, 'Only a long-lived token can be refreshed');
    if (Date.now() - record.issuedAt < 24 * HOUR)
      return graphError(response, 400, 100, 'The token must be at least 24 hours old to be refreshed');
    const lifetime = 60 * 24 * 3600;
    return sendJson(response, 200, {access_token: issue('long', lifetime), token_type: 'bearer',
                                    expires_in: lifetime});
  }

  if (url.pathname === '/v1.0/me' && request.method === 'GET') {
    counts.profiles++;
    if (!validToken(response, query.get('access_token')))
      return;
    const fields = (query.get('fields') || 'id').split(',');
    const reply = {};
    for (const field of fields)
      if (field in user)
        reply[field] = user[field];
    return sendJson(response, 200, reply);
  }

  if (url.pathname === '/_fake/age' && request.method === 'POST') {
    const hours = Number(JSON.parse(body || '{}').hours || 0);
    for (const record of tokens.values()) {
      record.issuedAt -= hours * HOUR;
      record.expiresAt -= hours * HOUR;
    }
    return sendJson(response, 200, {aged: tokens.size});
  }
  if (url.pathname === '/_fake/revoke' && request.method === 'POST') {
    for (const record of tokens.values())
      record.revoked = true;
    return sendJson(response, 200, {revoked: tokens.size});
  }
  return false;
}

startFake({name: 'threads', state, routes, stats: () => ({...counts, rejected})});
