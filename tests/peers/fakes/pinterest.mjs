// A fake Pinterest API v5 for Fanout's tests, on 127.0.0.1. It follows
// Pinterest's developer documentation: "Authentication and scopes" (the
// www.pinterest.com/oauth/ consent with comma-separated scopes, POST
// /v5/oauth/token with HTTP Basic client_id:client_secret for
// grant_type=authorization_code and grant_type=refresh_token), "Get user
// account" (GET /v5/user_account) and "List boards" (GET /v5/boards, paged
// with page_size and bookmark). Errors use Pinterest's body {code, message}.
//
// It rejects what the real API rejects: missing or wrong Basic
// credentials (401, code 2 "Authentication failed."), a body that is not a
// form, a wrong grant_type, a redirect_uri differing from the authorization
// request's, a reused or unknown code, an unknown or revoked refresh token,
// and API calls with an unknown or revoked access token.
//
// The consent is approved (or denied) without a browser: GET /oauth/
// answers 302 to redirect_uri, so the client that follows it lands on
// Fanout's loopback listener.
//
// NOTE: which {code, message} Pinterest returns for a revoked refresh token
// or a reused code is not documented; the fake answers 401 code 2 and 400
// code 1, and redirects a denied consent with error=access_denied.
//
// Control: POST /_fake/config {clientId, clientSecret, redirectUri, deny,
// rotate (a refresh returns a new refresh token), boards (names), pageSize};
// POST /_fake/revoke invalidates every token; GET /_fake/stats.

import {parseForm, randomToken, redirect, sendJson, startFake} from './fakehttp.mjs';

const state = {clientId: '1234567', clientSecret: 'pinterest-secret-1', redirectUri: '', deny: false,
               rotate: true, boards: ['Recipes', 'Travel', 'Garden'], pageSize: 250};
const user = {account_type: 'BUSINESS', id: '549755885175', profile_image: 'https://i.pinimg.example/alice.jpg',
              website_url: 'https://alice.example', username: 'alice_pins', business_name: 'Alice Pins'};
const codes = new Map();          // code -> {redirectUri, used}
const accessTokens = new Map();   // token -> {revoked}
const refreshTokens = new Map();  // token -> {revoked}
const counts = {authorize: 0, codeExchanges: 0, refreshes: 0, profiles: 0, boardPages: 0};
const rejected = [];
const SCOPES = 'boards:read,boards:write,pins:read,pins:write,user_accounts:read';

function apiError(response, status, code, message) {
  rejected.push(message);
  sendJson(response, status, {code, message});
}

function basicCredentials(request) {
  const header = request.headers.authorization || '';
  if (!header.startsWith('Basic '))
    return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0)
    return null;
  return {id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1))};
}

function bearer(response, request) {
  const header = request.headers.authorization || '';
  const record = header.startsWith('Bearer ') ? accessTokens.get(header.slice(7)) : null;
  if (!record || record.revoked) {
    apiError(response, 401, 2, 'Authentication failed.');
    return false;
  }
  return true;
}

function issueAccess() {
  const token = randomToken('pina_');
  accessTokens.set(token, {revoked: false});
  return token;
}

function issueRefresh() {
  const token = randomToken('pinr_');
  refreshTokens.set(token, {revoked: false});
  return token;
}

async function routes(request, response, url, body) {
  const query = url.searchParams;
  if (url.pathname === '/oauth/' && request.method === 'GET') {
    counts.authorize++;
    const redirectUri = query.get('redirect_uri') || '';
    if (query.get('client_id') !== state.clientId)
      return apiError(response, 400, 1, 'Invalid client_id');
    if (redirectUri !== state.redirectUri)
      return apiError(response, 400, 1, 'redirect_uri does not match a registered redirect URI');
    if (query.get('response_type') !== 'code')
      return apiError(response, 400, 1, 'response_type must be code');
    const scopes = (query.get('scope') || '').split(',');
    if (!scopes.includes('boards:read') || !scopes.includes('user_accounts:read')
        || scopes.some(scope => scope.includes(' ')))
      return apiError(response, 400, 1, 'scope must be comma-separated and include boards:read and user_accounts:read');
    const target = new URL(redirectUri);
    if (state.deny) {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('error_description', 'The user denied access');
    } else {
      const code = randomToken('pinc_');
      codes.set(code, {redirectUri, used: false});
      target.searchParams.set('code', code);
    }
    target.searchParams.set('state', query.get('state') || '');
    return redirect(response, target.toString());
  }

  if (url.pathname === '/v5/oauth/token' && request.method === 'POST') {
    const credentials = basicCredentials(request);
    if (!credentials || credentials.id !== state.clientId || credentials.secret !== state.clientSecret)
      return apiError(response, 401, 2, 'Authentication failed.');
    const form = parseForm(request, body);
    if (!form)
      return apiError(response, 400, 1, 'Missing request body');
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      counts.codeExchanges++;
      const code = codes.get(form.get('code') || '');
      if (!code || code.used)
        return apiError(response, 400, 1, 'Invalid authorization code');
      if (form.get('redirect_uri') !== code.redirectUri)
        return apiError(response, 400, 1, 'redirect_uri does not match the authorization request');
      code.used = true;
      return sendJson(response, 200, {access_token: issueAccess(), refresh_token: issueRefresh(),
                                      response_type: 'authorization_code', token_type: 'bearer',
                                      expires_in: 2592000, refresh_token_expires_in: 5184000, scope: SCOPES});
    }
    if (grantType === 'refresh_token') {
      counts.refreshes++;
      const record = refreshTokens.get(form.get('refresh_token') || '');
      if (!record || record.revoked)
        return apiError(response, 401, 2, 'Authentication failed.');
      const reply = {access_token: issueAccess(), response_type: 'refresh_token', token_type: 'bearer',
                     expires_in: 2592000, scope: SCOPES};
      if (state.rotate) {
        record.revoked = true;
        reply.refresh_token = issueRefresh();
        reply.refresh_token_expires_in = 5184000;
      }
      return sendJson(response, 200, reply);
    }
    return apiError(response, 400, 1, `Unsupported grant_type ${grantType}`);
  }

  if (url.pathname === '/v5/user_account' && request.method === 'GET') {
    counts.profiles++;
    if (!bearer(response, request))
      return;
    return sendJson(response, 200, user);
  }

  if (url.pathname === '/v5/boards' && request.method === 'GET') {
    counts.boardPages++;
    if (!bearer(response, request))
      return;
    const requested = Number(query.get('page_size') || 25);
    if (!Number.isInteger(requested) || requested < 1 || requested > 250)
      return apiError(response, 400, 1, 'page_size must be from 1 to 250');
    const pageSize = Math.min(requested, state.pageSize);
    const start = query.get('bookmark') ? Number(Buffer.from(query.get('bookmark'), 'base64').toString()) : 0;
    if (!Number.isInteger(start) || start < 0)
      return apiError(response, 400, 1, 'Invalid bookmark');
    const items = state.boards.slice(start, start + pageSize).map((name, index) => ({
      id: String(900000 + start + index), name, description: '', privacy: 'PUBLIC',
      owner: {username: user.username}}));
    const next = start + pageSize < state.boards.length ? Buffer.from(String(start + pageSize)).toString('base64')
                                                         : null;
    return sendJson(response, 200, {items, bookmark: next});
  }

  if (url.pathname === '/_fake/revoke' && request.method === 'POST') {
    for (const record of accessTokens.values())
      record.revoked = true;
    for (const record of refreshTokens.values())
      record.revoked = true;
    return sendJson(response, 200, {revoked: true});
  }
  return false;
}

startFake({name: 'pinterest', state, routes,
           stats: () => ({...counts, rejected, refreshTokens: refreshTokens.size})});
