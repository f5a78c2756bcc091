// SPDX-License-Identifier: GPL-3.0-or-later
//
// Test harness for the SCIM suites: a real Gatehouse organisation in a temporary SQLite
// file, real tokens made with `gatehousectl token create`, and a real `gatehousectl serve`
// process on a free loopback port. The suites talk to it over HTTP as identity providers
// do and read the database back with `gatehousectl export`.
//
// The path of gatehousectl comes from the environment variable GATEHOUSECTL (ctest sets it).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

export const SCHEMA = Object.freeze({
    user: 'urn:ietf:params:scim:schemas:core:2.0:User',
    group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
    enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
    listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
    error: 'urn:ietf:params:scim:api:messages:2.0:Error',
    bulkRequest: 'urn:ietf:params:scim:api:messages:2.0:BulkRequest',
    bulkResponse: 'urn:ietf:params:scim:api:messages:2.0:BulkResponse',
    serviceProviderConfig: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
    resourceType: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
    schema: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
});

export const SCIM_CONTENT_TYPE = 'application/scim+json';

// The user name of the effective user: gatehousectl acts as `local|<name>`.
export const LOCAL_SUBJECT = `local|${os.userInfo().username}`;
export const SERVICE_SUBJECT = 'pipeline_automation@service';

export function gatehousectlPath() {
    const p = process.env.GATEHOUSECTL;
    if (!p)
        throw new Error('GATEHOUSECTL is not set: it must name the gatehousectl executable '
                        + '(ctest sets it; by hand: GATEHOUSECTL=build/app/ctl/gatehousectl node --test ...)');
    if (!existsSync(p))
        throw new Error(`GATEHOUSECTL names ${p}, which does not exist: build the gatehousectl target first`);
    return p;
}

// The small organisation every suite starts from (gatehouse-org/1, docs/formats.md).
// Account 1 is the local operator (the Admin whose SCIM token the suites use); like the
// bootstrap account of a new database it has no e-mail. Finance holds a service account,
// which SCIM neither shows nor removes.
export function baseOrganisation({ extraAccounts = [] } = {}) {
    const at = '2026-01-05T09:00:00Z';
    const accounts = [
        { id: 1, subject: LOCAL_SUBJECT, name: 'Operator', email: null, type: 'human',
          role: 'Admin', active: true, created: at, last_active: at, external_id: null },
        { id: 2, subject: 'auth0|erin', name: 'Erin Existing', email: 'erin.existing@example.com',
          type: 'human', role: 'Member', active: true, created: at, last_active: at,
          external_id: 'ext-erin' },
        { id: 3, subject: SERVICE_SUBJECT, name: 'Pipeline Automation', email: null,
          type: 'service', role: 'Member', active: true, created: at, last_active: null,
          external_id: null },
        { id: 4, subject: 'auth0|gone', name: 'Gus Gone', email: 'gus.gone@example.com',
          type: 'human', role: 'Member', active: false, created: at, last_active: at,
          external_id: null },
        { id: 5, subject: 'auth0|mia', name: 'Mia Manager', email: 'mia.manager@example.com',
          type: 'human', role: 'Manager', active: true, created: at, last_active: at,
          external_id: null },
        ...extraAccounts,
    ];
    return {
        format: 'gatehouse-org/1',
        accounts,
        datastores: [
            { id: 1, name: 'Sales Warehouse', kind: 'source', connection: 'Snowflake', created: at },
            { id: 2, name: 'Churn Model', kind: 'enrichment', connection: 'PostgreSQL', created: at },
        ],
        teams: [
            { id: 1, name: 'Public', public: true, description: '', permission: 'Reporter',
              members: [], datastores: [1], created: at },
            { id: 2, name: 'Finance', public: false, description: 'Finance analysts',
              permission: 'Viewer', members: [2, 3, 5], datastores: [1, 2], created: at },
        ],
    };
}

function childEnvironment(dir, { debugLog = false } = {}) {
    const env = { ...process.env, HOME: dir, XDG_DATA_HOME: path.join(dir, 'xdg'),
                  LC_ALL: 'C.UTF-8', TZ: 'UTC' };
    delete env.QT_LOGGING_RULES;
    if (debugLog)
        env.QT_LOGGING_RULES = 'gatehouse.*.debug=true';
    return env;
}

// Runs gatehousectl to the end: {code, stdout, stderr}.
export function runCtl(args, { cwd, env, input } = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(gatehousectlPath(), args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({
            code: code ?? -1, signal,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
        }));
        child.stdin.end(input ?? '');
    });
}

// One HTTP exchange, with the body parsed as JSON when there is one.
export class Reply {
    constructor(status, headers, text) {
        this.status = status;
        this.headers = headers;
        this.text = text;
        this.body = null;
        this.jsonError = null;
        if (text.length > 0) {
            try { this.body = JSON.parse(text); } catch (e) { this.jsonError = e; }
        }
    }
    header(name) { return this.headers.get(name); }
    // For assertion messages.
    describe() { return `HTTP ${this.status} ${this.text.slice(0, 600)}`; }
}

export class Gatehouse {
    // Starts a fresh organisation and server. Options:
    //  organisation: a gatehouse-org/1 object (default baseOrganisation())
    //  debugLog: run the server with every gatehouse.* debug category on
    static async start(options = {}) {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'gatehouse-scim-'));
        const gh = new Gatehouse(dir, options);
        try {
            await gh.#setUp(options);
        } catch (e) {
            await gh.stop();
            throw e;
        }
        return gh;
    }

    constructor(dir, options) {
        this.dir = dir;
        this.dbFile = path.join(dir, 'org.gatehouse');
        this.dbUrl = `sqlite:${this.dbFile}`;
        this.env = childEnvironment(dir, options);
        this.tokens = {};
        this.server = null;
        this.serverLog = '';     // everything the server wrote on standard error
        this.serverOut = '';
        this.baseUrl = null;
        this.stopped = false;
        this.exitHook = () => { try { this.server?.kill('SIGKILL'); } catch { /* gone */ } };
        process.on('exit', this.exitHook);
    }

    async #setUp({ organisation = baseOrganisation() }) {
        const file = path.join(this.dir, 'org.json');
        await writeFile(file, JSON.stringify(organisation, null, 2));
        await this.ctl('import', '--db', this.dbUrl, file);
        this.tokens.scim = await this.createToken('identity-provider', '--scim');
        this.tokens.personal = await this.createToken('laptop');
        this.tokens.service = await this.createToken('nightly-load', '--for', SERVICE_SUBJECT);
        await this.startServer();
    }

    // `gatehousectl token create` prints the secret alone on standard output.
    async createToken(name, ...extra) {
        const out = await this.ctl('token', 'create', '--db', this.dbUrl, '--name', name, ...extra);
        const secret = out.replace(/\n$/, '');
        if (secret.length < 20 || /\s/.test(secret))
            throw new Error(`token create --name ${name} printed ${JSON.stringify(out)}, not a secret alone`);
        return secret;
    }

    // The tokens the local Admin sees (`token list --json`).
    async listTokens() {
        return JSON.parse(await this.ctl('token', 'list', '--db', this.dbUrl, '--json'));
    }

    async tokenNamed(name) {
        const t = (await this.listTokens()).find((x) => x.name === name);
        if (!t)
            throw new Error(`no token named ${name} in token list`);
        return t;
    }

    // `token revoke|restore|delete ID` for the token with that name.
    async changeToken(verb, name) {
        const t = await this.tokenNamed(name);
        return this.ctl('token', verb, '--db', this.dbUrl, String(t.id));
    }

    // Runs gatehousectl in the organisation's folder; returns standard output, throws
    // with the exit code and standard error when it fails.
    async ctl(...args) {
        const r = await runCtl(args, { cwd: this.dir, env: this.env });
        if (r.code !== 0)
            throw new Error(`gatehousectl ${args.join(' ')} exited ${r.code}${r.signal ? ` (${r.signal})` : ''}: ${r.stderr.trim()}`);
        return r.stdout;
    }

    async runCtl(...args) {
        return runCtl(args, { cwd: this.dir, env: this.env });
    }

    // The organisation as stored now (gatehouse-org/1).
    async exportOrg() {
        return JSON.parse(await this.ctl('export', '--db', this.dbUrl));
    }

    async startServer() {
        const child = spawn(gatehousectlPath(),
                            ['serve', '--db', this.dbUrl, '--listen', '127.0.0.1:0'],
                            { cwd: this.dir, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
        this.server = child;
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (d) => { this.serverLog += d; });
        child.stdout.setEncoding('utf8');
        this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
        this.baseUrl = await new Promise((resolve, reject) => {
            let out = '';
            const timer = setTimeout(() => reject(new Error(
                `gatehousectl serve did not print "Listening on http://..." within 30 s; stdout: ${out} stderr: ${this.serverLog}`)), 30000);
            child.stdout.on('data', (d) => {
                this.serverOut += d;
                out += d;
                const m = /^Listening on (http:\/\/127\.0\.0\.1:\d+)\/?\s*$/m.exec(out);
                if (m) { clearTimeout(timer); resolve(m[1]); }
            });
            child.on('error', (e) => { clearTimeout(timer); reject(e); });
            child.on('exit', (code, signal) => {
                clearTimeout(timer);
                reject(new Error(`gatehousectl serve exited (${code ?? signal}) before listening: ${this.serverLog.trim()}`));
            });
        });
        this.agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    }

    // Starts the server again when it is no longer running (after a crash under test).
    async ensureServer() {
        const s = this.server;
        if (s && s.exitCode === null && s.signalCode === null) {
            try {
                await this.request('GET', '/scim/v2/ServiceProviderConfig', { token: this.tokens.scim });
                return;
            } catch {
                // Not answering: wait for the process to end (or end it), then start anew.
                const timer = setTimeout(() => s.kill('SIGKILL'), 5000);
                await this.exited;
                clearTimeout(timer);
            }
        }
        this.server = null;
        this.agent?.destroy();
        await this.startServer();
    }

    async stopServer() {
        if (!this.server)
            return;
        const child = this.server;
        this.server = null;
        this.agent?.destroy();
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
            await this.exited;
            clearTimeout(timer);
        }
    }

    async stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        await this.stopServer();
        process.off('exit', this.exitHook);
        if (!process.env.GATEHOUSE_KEEP_TEST_DIR)
            await rm(this.dir, { recursive: true, force: true });
    }

    // Every file of the database (the SQLite file and its journal/WAL), as bytes.
    async databaseBytes() {
        const names = (await readdir(this.dir)).filter((n) => n.startsWith('org.gatehouse'));
        return Buffer.concat(await Promise.all(names.map((n) => readFile(path.join(this.dir, n)))));
    }

    // A raw HTTP request: body is an object (sent as JSON), a string or a Buffer.
    // token: a secret, or null for no Authorization header.
    request(method, urlPath, { token = null, body, headers = {}, contentType } = {}) {
        const url = new URL(urlPath, this.baseUrl);
        let payload = null;
        if (body !== undefined)
            payload = Buffer.isBuffer(body) ? body
                : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body), 'utf8');
        const h = { Accept: `${SCIM_CONTENT_TYPE}, application/json`, ...headers };
        if (token !== null)
            h.Authorization = `Bearer ${token}`;
        if (payload !== null) {
            h['Content-Type'] = contentType ?? SCIM_CONTENT_TYPE;
            h['Content-Length'] = String(payload.length);
        }
        return new Promise((resolve, reject) => {
            let settled = false;
            const req = http.request(url, { method, headers: h, agent: this.agent }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    settled = true;
                    resolve(new Reply(res.statusCode, new Headers(
                        Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])),
                        Buffer.concat(chunks).toString('utf8')));
                });
                res.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
            });
            // A server may answer (413) and close before the whole body is sent: the reply
            // counts, the write error after it does not.
            req.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
            req.setTimeout(60000, () => req.destroy(new Error(`${method} ${urlPath}: no answer within 60 s`)));
            if (payload !== null)
                req.end(payload);
            else
                req.end();
        });
    }

    // SCIM requests with the SCIM token unless told otherwise; `p` is relative to /scim/v2.
    scim(method, p, body, opts = {}) {
        return this.request(method, `/scim/v2${p}`, { token: this.tokens.scim, body, ...opts });
    }

    // /api requests with the personal token unless told otherwise.
    api(method, p, opts = {}) {
        return this.request(method, `/api${p}`, { token: this.tokens.personal, ...opts });
    }

    // Every resource of a SCIM list, page by page (count per page), with an optional filter.
    async listAll(resource, { filter, count = 100, extra = '' } = {}) {
        const all = [];
        let startIndex = 1;
        for (let guard = 0; guard < 10000; ++guard) {
            const q = new URLSearchParams();
            if (filter !== undefined)
                q.set('filter', filter);
            q.set('startIndex', String(startIndex));
            q.set('count', String(count));
            const r = await this.scim('GET', `/${resource}?${q}${extra}`);
            if (r.status !== 200)
                throw new Error(`GET /${resource}?${q}: ${r.describe()}`);
            const page = r.body.Resources ?? [];
            all.push(...page);
            if (page.length === 0 || all.length >= r.body.totalResults)
                return { resources: all, totalResults: r.body.totalResults };
            startIndex += page.length;
        }
        throw new Error(`GET /${resource}: paging did not end`);
    }
}

// Lookups in an exported organisation.
export function accountByEmail(org, email) {
    return org.accounts.find((a) => a.type === 'human' && a.email?.toLowerCase() === email.toLowerCase());
}
export function accountById(org, id) {
    return org.accounts.find((a) => a.id === Number(id));
}
export function teamByName(org, name) {
    return org.teams.find((t) => t.name.toLowerCase() === name.toLowerCase());
}
export function teamById(org, id) {
    return org.teams.find((t) => t.id === Number(id));
}
// The non-public teams an account is a member of, by name, sorted.
export function teamsOf(org, accountId) {
    return org.teams.filter((t) => !t.public && t.members.includes(Number(accountId)))
        .map((t) => t.name).sort();
}

export function scimUser(fields) {
    return { schemas: [SCHEMA.user], ...fields };
}
export function patchOp(...operations) {
    return { schemas: [SCHEMA.patchOp], Operations: operations };
}
export function filterQuery(filter, extra = {}) {
    return `?${new URLSearchParams({ filter, ...extra })}`;
}
