// SPDX-License-Identifier: GPL-3.0-or-later
//
// SCIM 2.0 conformance of `gatehousectl serve`, checked with independent implementations:
//  - every response body against scimmy's schema definitions (User, Group, ListResponse,
//    Error, ServiceProviderConfig, ResourceType, and the RFC 7643 §7 schema representation);
//  - filtering: for a table of filters, the server's result against scim2-parse-filter's
//    parse + filter applied client-side to the same resources;
//  - PATCH: for a table of operations, the server's resulting resource against scim-patch's
//    result on the same input;
//  - bad input: tokens (wrong, revoked, wrong scope), malformed JSON, unknown attributes,
//    quotes and SQL fragments in filters, oversized bodies, the Public team, stale If-Match;
//    and no secret in the server's log or the database.

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import http from 'node:http';
import { parse as parseFilter, filter as compileFilter } from 'scim2-parse-filter';
import { scimPatch } from 'scim-patch';

import { Gatehouse, SCHEMA, accountByEmail, accountById, filterQuery, patchOp, scimUser, teamById,
         teamByName } from './harness.mjs';
import { checkScimContentType, validateError, validateErrorBody, validateGroup, validateList, validateResourceType,
         validateSchemaResource, validateServiceProviderConfig, validateUser } from './validate.mjs';

const MiB = 1024 * 1024;

function expectStatus(reply, status, what) {
    assert.equal(reply.status, status, `${what}: ${reply.describe()}`);
}

// ---------------------------------------------------------------------------------------
// Client-side filtering with scim2-parse-filter. Its comparisons are exact; RFC 7643 makes
// these attributes caseExact=false, so both sides are lower-cased for them.
const CASE_INSENSITIVE = {
    User: new Set(['username', 'displayname', 'name.formatted', 'name.givenname', 'name.familyname',
                   'emails.value', 'emails.type', 'emails.display', 'roles.value', 'roles.type',
                   'roles.display', 'groups.display']),
    Group: new Set(['displayname', 'members.display']),
};
const CORE_URN = { User: `${SCHEMA.user}:`, Group: `${SCHEMA.group}:` };

function stripCoreUrn(p, type) {
    return p.toLowerCase().startsWith(CORE_URN[type].toLowerCase()) ? p.slice(CORE_URN[type].length) : p;
}

function normaliseAst(node, type, prefix = '') {
    switch (node.op) {
    case 'and':
    case 'or':
        return { ...node, filters: node.filters.map((f) => normaliseAst(f, type, prefix)) };
    case 'not':
        return { ...node, filter: normaliseAst(node.filter, type, prefix) };
    case '[]': {
        const p = stripCoreUrn(node.attrPath, type);
        return { ...node, attrPath: p, valFilter: normaliseAst(node.valFilter, type, `${p.toLowerCase()}.`) };
    }
    default: {
        const p = stripCoreUrn(node.attrPath, type);
        const full = prefix + p.toLowerCase();
        const lower = typeof node.compValue === 'string' && CASE_INSENSITIVE[type].has(full);
        return { ...node, attrPath: p, compValue: lower ? node.compValue.toLowerCase() : node.compValue };
    }
    }
}

function lowerAt(value, parts) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map((v) => lowerAt(v, parts));
    const out = { ...value };
    const key = Object.keys(out).find((k) => k.toLowerCase() === parts[0]);
    if (key === undefined)
        return out;
    if (parts.length === 1)
        out[key] = typeof out[key] === 'string' ? out[key].toLowerCase() : out[key];
    else
        out[key] = lowerAt(out[key], parts.slice(1));
    return out;
}

// RFC 7643 §2.5: null and an empty array are the same as no value (scim2-parse-filter's
// "pr" would count an empty array as present).
function dropUnassigned(value) {
    if (Array.isArray(value))
        return value.map(dropUnassigned);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, dropUnassigned(v)]));
}

function normaliseResource(resource, type) {
    let r = dropUnassigned(resource);
    for (const p of CASE_INSENSITIVE[type])
        r = lowerAt(r, p.split('.'));
    return r;
}

function clientFilter(resources, filterText, type) {
    const test = compileFilter(normaliseAst(parseFilter(filterText), type));
    return resources.filter((r) => test(normaliseResource(r, type))).map((r) => r.id).sort();
}

// ---------------------------------------------------------------------------------------
// Projections compared after PATCH: what Gatehouse stores of a resource.
function project(resource, keys) {
    const out = {};
    for (const k of keys) {
        switch (k) {
        case 'userName': out.userName = resource.userName?.toLowerCase(); break;
        case 'emails': out.emails = (resource.emails ?? []).map((e) => e.value.toLowerCase()).sort(); break;
        case 'roles': out.roles = (resource.roles ?? []).map((e) => e.value).sort(); break;
        case 'members': out.members = [...new Set((resource.members ?? []).map((m) => String(m.value)))].sort(); break;
        case 'active': {
            // scim-patch keeps "False" as sent; the server coerces it as RFC 7643 requires.
            const v = resource.active;
            out.active = typeof v === 'string' ? v.toLowerCase() === 'true' : v;
            break;
        }
        default: {
            const [a, b] = k.split('.');
            out[k] = b === undefined ? resource[a] : resource[a]?.[b];
        }
        }
    }
    return out;
}

describe('SCIM conformance', () => {
    let gh;
    const ids = {};
    // Users created for filtering (e-mail, display name, externalId, active).
    const people = [
        ['ann.lee@filter.example', 'Ann Lee', 'EXT-1', true],
        ['bob.stone@filter.example', 'Bob Stone', 'ext-1', true],
        ['Carla.Diaz@Filter.Example', 'Carla Diaz', null, false],
        ['siobhan.obrien@filter.example', "Siobhán O'Brien", 'ext-3', true],
        ['dan.lee@filter.example', 'Dan Lee', 'ext-4', true],
        ['eve_underscore@filter.example', 'Eve Under', null, true],
        ['zoe.zed@other.example', 'Zoe', 'ext-6', true],
    ];

    before(async () => {
        gh = await Gatehouse.start({ debugLog: true });
        for (const [email, name, ext, active] of people) {
            const body = scimUser({ userName: email, displayName: name, active,
                                    emails: [{ value: email, type: 'work', primary: true }] });
            if (ext !== null)
                body.externalId = ext;
            const r = await gh.scim('POST', '/Users', body);
            assert.equal(r.status, 201, `set-up POST ${email}: ${r.describe()}`);
            ids[email.toLowerCase()] = r.body.id;
        }
        const mk = async (name, members) => {
            const r = await gh.scim('POST', '/Groups', { schemas: [SCHEMA.group], displayName: name,
                                                        members: members.map((m) => ({ value: ids[m] })) });
            assert.equal(r.status, 201, `set-up POST group ${name}: ${r.describe()}`);
            return r.body.id;
        };
        ids.teamA = await mk('Filter Team A', ['ann.lee@filter.example', 'bob.stone@filter.example']);
        ids.teamB = await mk('Filter Team B', ['ann.lee@filter.example', 'dan.lee@filter.example']);
        ids.teamC = await mk('Other Crew', []);
    });
    after(async () => { await gh?.stop(); });

    describe('discovery endpoints', () => {
        test('ServiceProviderConfig', async () => {
            const r = await gh.scim('GET', '/ServiceProviderConfig');
            expectStatus(r, 200, 'GET /ServiceProviderConfig');
            checkScimContentType(r);
            validateServiceProviderConfig(r.body);
            assert.equal(r.body.patch.supported, true);
            assert.equal(r.body.filter.supported, true);
            assert.ok(r.body.filter.maxResults > 0);
            assert.equal(r.body.bulk.supported, true);
            assert.equal(r.body.bulk.maxPayloadSize, 10 * MiB, 'Bulk bodies up to 10 MiB');
            assert.ok(r.body.bulk.maxOperations > 0);
            assert.equal(r.body.etag.supported, true);
            assert.ok(r.body.authenticationSchemes.some((s) => s.type === 'oauthbearertoken'),
                      'bearer tokens are announced');
        });

        test('ResourceTypes', async () => {
            const r = await gh.scim('GET', '/ResourceTypes');
            expectStatus(r, 200, 'GET /ResourceTypes');
            checkScimContentType(r);
            validateList(r.body, validateResourceType);
            const byName = Object.fromEntries(r.body.Resources.map((t) => [t.name, t]));
            assert.deepEqual(Object.keys(byName).sort(), ['Group', 'User']);
            assert.equal(byName.User.endpoint, '/Users');
            assert.equal(byName.User.schema, SCHEMA.user);
            assert.equal(byName.Group.endpoint, '/Groups');
            assert.equal(byName.Group.schema, SCHEMA.group);
            const one = await gh.scim('GET', '/ResourceTypes/User');
            expectStatus(one, 200, 'GET /ResourceTypes/User');
            validateResourceType(one.body);
        });

        test('Schemas', async () => {
            const r = await gh.scim('GET', '/Schemas');
            expectStatus(r, 200, 'GET /Schemas');
            checkScimContentType(r);
            validateList(r.body, validateSchemaResource);
            const idsFound = r.body.Resources.map((s) => s.id);
            assert.ok(idsFound.includes(SCHEMA.user) && idsFound.includes(SCHEMA.group), `schemas ${idsFound}`);
            const user = await gh.scim('GET', `/Schemas/${SCHEMA.user}`);
            expectStatus(user, 200, 'GET /Schemas/User');
            validateSchemaResource(user.body);
            const userName = user.body.attributes.find((a) => a.name === 'userName');
            assert.equal(userName.required, true);
            assert.equal(userName.uniqueness, 'server');
            const unknown = await gh.scim('GET', '/Schemas/urn:example:nothing');
            validateError(unknown, 404, undefined, 'GET unknown schema');
        });
    });

    describe('resources validate against scimmy', () => {
        test('every User of the list, the operator without e-mail included', async () => {
            const r = await gh.scim('GET', '/Users?count=1000');
            expectStatus(r, 200, 'GET /Users');
            checkScimContentType(r);
            validateList(r.body, validateUser, { startIndex: 1 });
            const org = await gh.exportOrg();
            const humanIds = org.accounts.filter((a) => a.type === 'human').map((a) => String(a.id)).sort();
            assert.deepEqual(r.body.Resources.map((u) => u.id).sort(), humanIds,
                             'every human account is a User, no service account is');
            const ann = r.body.Resources.find((u) => u.id === ids['ann.lee@filter.example']);
            assert.deepEqual(ann.groups.map((g) => g.display).sort(), ['Filter Team A', 'Filter Team B']);
            const mia = r.body.Resources.find((u) => u.id === '5');
            assert.deepEqual(mia.roles?.map((x) => x.value), ['Manager']);
        });

        test('every Group of the list; Public is not one', async () => {
            const r = await gh.scim('GET', '/Groups');
            expectStatus(r, 200, 'GET /Groups');
            validateList(r.body, validateGroup, { startIndex: 1 });
            assert.deepEqual(r.body.Resources.map((g) => g.displayName).sort(),
                             ['Filter Team A', 'Filter Team B', 'Finance', 'Other Crew']);
            const a = r.body.Resources.find((g) => g.id === ids.teamA);
            assert.deepEqual(a.members.map((m) => m.value).sort(),
                             [ids['ann.lee@filter.example'], ids['bob.stone@filter.example']].sort());
            const pub = await gh.scim('GET', '/Groups/1');
            validateError(pub, 404, undefined, 'GET the Public team as a Group');
        });

        test('attributes and excludedAttributes', async () => {
            const id = ids['ann.lee@filter.example'];
            let r = await gh.scim('GET', `/Users/${id}?attributes=userName`);
            expectStatus(r, 200, 'attributes=userName');
            validateUser(r.body, 'User with attributes=userName', { partial: true });
            assert.equal(r.body.id, id, 'id is always returned');
            assert.equal(r.body.userName, 'ann.lee@filter.example');
            assert.equal(r.body.displayName, undefined, 'displayName not asked for');
            assert.equal(r.body.emails, undefined, 'emails not asked for');

            r = await gh.scim('GET', `/Users/${id}?excludedAttributes=groups,emails`);
            expectStatus(r, 200, 'excludedAttributes');
            validateUser(r.body);
            assert.equal(r.body.groups, undefined);
            assert.equal(r.body.emails, undefined);
            assert.equal(r.body.displayName, 'Ann Lee');

            r = await gh.scim('GET', `/Users${filterQuery('userName sw "ann"', { attributes: 'emails.value' })}`);
            expectStatus(r, 200, 'list with attributes');
            assert.equal(r.body.totalResults, 1);
            validateList(r.body, (u, w) => validateUser(u, w, { partial: true }));
            assert.deepEqual(r.body.Resources[0].emails.map((e) => Object.keys(e)), [['value']]);
            assert.equal(r.body.Resources[0].userName, undefined, 'only emails.value asked for');
        });

        test('sortBy and sortOrder', async () => {
            const q = (order) => `/Users${filterQuery('userName ew "@filter.example"', { sortBy: 'userName', sortOrder: order })}`;
            const asc = await gh.scim('GET', q('ascending'));
            expectStatus(asc, 200, 'sortBy ascending');
            validateList(asc.body, validateUser);
            const names = asc.body.Resources.map((u) => u.userName.toLowerCase());
            assert.deepEqual(names, [...names].sort(), 'ascending by userName, ignoring case');
            const desc = await gh.scim('GET', q('descending'));
            expectStatus(desc, 200, 'sortBy descending');
            assert.deepEqual(desc.body.Resources.map((u) => u.userName.toLowerCase()), [...names].reverse());
            const paged = [];
            for (let start = 1; start <= asc.body.totalResults; start += 2) {
                const r = await gh.scim('GET', `${q('ascending')}&startIndex=${start}&count=2`);
                paged.push(...r.body.Resources.map((u) => u.userName.toLowerCase()));
            }
            assert.deepEqual(paged, names, 'sorted pages line up');
        });

        test('dates compare as instants, not as text', async () => {
            // The imported accounts were created at 2026-01-05T09:00:00Z.
            const imported = ['1', '2', '4', '5'];
            for (const f of ['meta.created eq "2026-01-05T10:00:00+01:00"', 'meta.created eq "2026-01-05T09:00:00.000Z"',
                             'meta.created le "2026-01-05T09:00:00Z"', 'meta.created lt "2026-01-05T09:00:01Z"']) {
                const r = await gh.scim('GET', `/Users${filterQuery(f, { attributes: 'userName' })}`);
                expectStatus(r, 200, f);
                assert.deepEqual(r.body.Resources.map((u) => u.id).sort(), imported, f);
            }
        });

        test('request details identity providers vary in', async () => {
            const plus = await gh.scim('POST', '/Users', scimUser({ userName: 'ann+scim@filter.example' }),
                                       { contentType: 'application/json' });
            expectStatus(plus, 201, 'POST with application/json and a + in the e-mail');
            for (const q of [filterQuery('userName eq "ann+scim@filter.example"'),
                             '?filter=userName%20eq%20%22ann%2Bscim%40filter.example%22']) {
                const r = await gh.scim('GET', `/Users${q}`);
                expectStatus(r, 200, q);
                assert.deepEqual(r.body.Resources.map((u) => u.id), [plus.body.id], q);
            }
            const lower = await gh.request('GET', '/scim/v2/Users?count=1',
                                           { headers: { Authorization: `bearer ${gh.tokens.scim}` } });
            expectStatus(lower, 200, 'the scheme name is case-insensitive (RFC 7235)');
            const inQuery = await gh.request('GET', `/scim/v2/Users?count=1&access_token=${gh.tokens.scim}`);
            validateError(inQuery, 401, undefined, 'a token in the query string is not accepted');
        });

        test('POST /.search', async () => {
            const r = await gh.scim('POST', '/Users/.search', {
                schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
                filter: 'displayName co "lee"', startIndex: 1, count: 10,
            });
            expectStatus(r, 200, 'POST /Users/.search');
            validateList(r.body, validateUser, { startIndex: 1 });
            assert.deepEqual(r.body.Resources.map((u) => u.id).sort(),
                             [ids['ann.lee@filter.example'], ids['dan.lee@filter.example']].sort());
        });
    });

    describe('filters agree with scim2-parse-filter', () => {
        let users;
        let groups;
        before(async () => {
            users = (await gh.listAll('Users')).resources;
            groups = (await gh.listAll('Groups')).resources;
        });

        const userFilters = () => {
            const ann = ids['ann.lee@filter.example'];
            const someTime = users.find((u) => u.id === ids['dan.lee@filter.example']).meta.lastModified;
            return [
                'userName eq "ann.lee@filter.example"',
                'userName eq "ANN.LEE@FILTER.EXAMPLE"',
                'USERNAME Eq "bob.stone@filter.example"',
                'userName eq "carla.diaz@filter.example"',
                'userName co "lee"',
                'userName sw "b"',
                'userName ew "@filter.example"',
                'userName ew ".EXAMPLE"',
                'userName gt "c"',
                'userName le "bob.stone@filter.example"',
                'userName ne "ann.lee@filter.example"',
                'displayName sw "B"',
                'displayName co "O\'B"',
                'displayName eq "siobhán o\'brien"',
                'displayName co "Á"',
                'externalId eq "EXT-1"',
                'externalId eq "ext-1"',
                'externalId pr',
                'not (externalId pr)',
                'active eq false',
                'active eq true and userName ew "@filter.example"',
                'userName sw "a" or userName sw "b"',
                'userName sw "a" and not (displayName co "lee")',
                '(userName sw "a" or userName sw "c") and active eq true',
                'userName sw "d" or userName sw "e" and active eq false',
                'not (userName ew "@filter.example") and not (userName ew "@other.example")',
                'emails.value co "filter"',
                'emails[type eq "work" and value co "ann"]',
                'emails[value ew "@other.example"]',
                'name.givenName eq "Ann"',
                'name.familyName sw "l"',
                'name.formatted co "stone"',
                'groups.display eq "Filter Team A"',
                'groups[display sw "filter team"]',
                `groups.value eq "${ids.teamB}"`,
                'roles[value eq "Manager"]',
                'meta.resourceType eq "User"',
                'meta.created gt "2000-01-01T00:00:00Z"',
                `meta.lastModified ge "${someTime}"`,
                `meta.lastModified lt "${someTime}"`,
                `id eq "${ann}"`,
                `${SCHEMA.user}:userName eq "ann.lee@filter.example"`,
                'userName eq "x\\" or \\"1\\" eq \\"1"',
            ];
        };

        test('Users', async () => {
            const failures = [];
            const sizes = new Set();
            for (const f of userFilters()) {
                const expected = clientFilter(users, f, 'User');
                sizes.add(expected.length);
                if (process.env.GATEHOUSE_TEST_VERBOSE)
                    console.log(f, expected);
                let got;
                try {
                    got = (await gh.listAll('Users', { filter: f })).resources.map((u) => u.id).sort();
                } catch (e) {
                    failures.push(`${f}: ${e.message}`);
                    continue;
                }
                if (JSON.stringify(got) !== JSON.stringify(expected))
                    failures.push(`${f}: server ${JSON.stringify(got)}, scim2-parse-filter ${JSON.stringify(expected)}`);
            }
            assert.deepEqual(failures, []);
            assert.ok(sizes.size >= 6, `the table tells results apart (result sizes ${[...sizes]})`);
        });

        test('Groups', async () => {
            const ann = ids['ann.lee@filter.example'];
            const filters = [
                'displayName eq "filter team a"',
                'displayName sw "Filter"',
                'displayName co "TEAM"',
                'displayName ew "crew"',
                'not (displayName sw "Filter")',
                `members[value eq "${ann}"]`,
                `members.value eq "${ids['dan.lee@filter.example']}"`,
                'members pr',
                'not (members pr)',
                `id eq "${ids.teamC}"`,
                'meta.created pr',
                `displayName sw "filter" and members[value eq "${ids['bob.stone@filter.example']}"]`,
            ];
            const failures = [];
            for (const f of filters) {
                const expected = clientFilter(groups, f, 'Group');
                let got;
                try {
                    got = (await gh.listAll('Groups', { filter: f })).resources.map((g) => g.id).sort();
                } catch (e) {
                    failures.push(`${f}: ${e.message}`);
                    continue;
                }
                if (JSON.stringify(got) !== JSON.stringify(expected))
                    failures.push(`${f}: server ${JSON.stringify(got)}, scim2-parse-filter ${JSON.stringify(expected)}`);
            }
            assert.deepEqual(failures, []);
        });

        test('invalid filters are 400 invalidFilter', async () => {
            const bad = [
                'userName xx "a"',
                'userName eq',
                '(userName eq "a"',
                'userName eq "a" and',
                'userName eq "unterminated',
                'userName eq x',
                'active gt true',
                'noSuchAttribute eq "x"',
                'userName eq "x" OR 1=1 --',
                'emails[type eq "work"',
            ];
            for (const f of bad) {
                const r = await gh.scim('GET', `/Users${filterQuery(f)}`);
                validateError(r, 400, 'invalidFilter', `filter ${f}`);
            }
        });
    });

    describe('PATCH agrees with scim-patch', () => {
        let counter = 0;
        const patchedIds = {};
        const userCases = [
            { name: 'replace displayName', keys: ['displayName'],
              ops: [{ op: 'replace', path: 'displayName', value: 'Renamed Person' }] },
            { name: 'Replace active "False"', keys: ['active'],
              ops: [{ op: 'Replace', path: 'active', value: 'False' }] },
            { name: 'replace without path', keys: ['active', 'displayName'],
              ops: [{ op: 'replace', value: { active: false, displayName: 'No Path' } }] },
            { name: 'add externalId', keys: ['externalId'],
              ops: [{ op: 'add', path: 'externalId', value: 'ext-added' }] },
            { name: 'remove externalId', keys: ['externalId'],
              ops: [{ op: 'remove', path: 'externalId' }] },
            { name: 'replace userName and the work e-mail', keys: ['userName', 'emails'],
              ops: [{ op: 'replace', path: 'userName', value: 'moved.NUM@patch.example' },
                    { op: 'replace', path: 'emails[type eq "work"].value', value: 'moved.NUM@patch.example' }] },
            { name: 'replace the primary e-mail and userName', keys: ['userName', 'emails'],
              ops: [{ op: 'replace', path: 'emails[primary eq true].value', value: 'primary.NUM@patch.example' },
                    { op: 'replace', path: 'userName', value: 'primary.NUM@patch.example' }] },
            { name: 'replace name.givenName', keys: ['name.givenName'],
              ops: [{ op: 'replace', path: 'name.givenName', value: 'Gwen' }] },
            { name: 'replace name.formatted', keys: ['name.formatted'],
              ops: [{ op: 'Replace', path: 'name.formatted', value: 'Formatted Full Name' }] },
            { name: 'replace name.familyName', keys: ['name.familyName'],
              ops: [{ op: 'replace', path: 'name.familyName', value: 'Stefani' }] },
            { name: 'add without path', keys: ['externalId', 'displayName'],
              ops: [{ op: 'add', value: { externalId: 'ext-nopath', displayName: 'Added Name' } }] },
            { name: 'several operations in order', keys: ['displayName', 'active', 'externalId'],
              ops: [{ op: 'replace', path: 'displayName', value: 'First' },
                    { op: 'replace', path: 'displayName', value: 'Second Name' },
                    { op: 'Replace', path: 'active', value: false },
                    { op: 'Add', path: 'externalId', value: 'ext-several' }] },
            { name: 'path with the core schema URN', keys: ['displayName'],
              ops: [{ op: 'replace', path: `${SCHEMA.user}:displayName`, value: 'Urn Path' }] },
            { name: 'replace roles', keys: ['roles'],
              ops: [{ op: 'replace', path: 'roles', value: [{ value: 'Manager', primary: true }] }] },
        ];

        for (const c of userCases) {
            test(`User: ${c.name}`, async () => {
                const n = ++counter;
                const email = `patch${n}@patch.example`;
                const created = await gh.scim('POST', '/Users', scimUser({
                    userName: email, displayName: `Patch Person${n}`, externalId: `ext-${n}`, active: true,
                    emails: [{ value: email, type: 'work', primary: true }] }));
                expectStatus(created, 201, 'POST');
                const id = created.body.id;
                patchedIds[c.name] = id;
                const current = await gh.scim('GET', `/Users/${id}`);
                const ops = JSON.parse(JSON.stringify(c.ops).replaceAll('NUM', String(n)));
                const expected = scimPatch(JSON.parse(JSON.stringify(current.body)), JSON.parse(JSON.stringify(ops)),
                                           { mutateDocument: false, treatMissingAsAdd: true });
                const r = await gh.scim('PATCH', `/Users/${id}`, patchOp(...ops));
                assert.ok(r.status === 200 || r.status === 204, `PATCH ${c.name}: ${r.describe()}`);
                if (r.status === 200) {
                    validateUser(r.body);
                    assert.deepEqual(project(r.body, c.keys), project(expected, c.keys), 'PATCH response');
                }
                const after = await gh.scim('GET', `/Users/${id}`);
                validateUser(after.body);
                assert.deepEqual(project(after.body, c.keys), project(expected, c.keys), 'stored resource');
                assert.notEqual(after.body.meta.version, current.body.meta.version, 'meta.version changes');
            });
        }

        test('User: replace roles sets the Gatehouse role', async () => {
            const id = patchedIds['replace roles'];
            assert.ok(id, 'the roles case ran');
            assert.equal(accountById(await gh.exportOrg(), id).role, 'Manager');
        });

        const groupCases = [
            { name: 'add members', keys: ['members'], ops: (m) => [{ op: 'add', path: 'members', value: [{ value: m[2] }] }] },
            { name: 'Add members already there and new', keys: ['members'],
              ops: (m) => [{ op: 'Add', path: 'members', value: [{ value: m[0] }, { value: m[3] }] }] },
            { name: 'remove members[value eq]', keys: ['members'],
              ops: (m) => [{ op: 'remove', path: `members[value eq "${m[0]}"]` }] },
            // RFC 7644 has no remove with a value; scim-patch removes the values equal to
            // the given objects, so the member is sent as the server returned it.
            { name: 'remove members by value list', keys: ['members'],
              ops: (m, _n, current) => [{ op: 'remove', path: 'members',
                                          value: current.members.filter((x) => x.value === m[1]) }] },
            { name: 'remove all members', keys: ['members'], ops: () => [{ op: 'remove', path: 'members' }] },
            { name: 'replace members', keys: ['members'],
              ops: (m) => [{ op: 'replace', path: 'members', value: [{ value: m[2] }, { value: m[3] }] }] },
            { name: 'replace displayName', keys: ['displayName'],
              ops: (_m, n) => [{ op: 'replace', path: 'displayName', value: `Renamed Group ${n}` }] },
            { name: 'replace without path', keys: ['displayName'],
              ops: (_m, n) => [{ op: 'replace', value: { displayName: `No Path Group ${n}` } }] },
            { name: 'remove one, add another, in order', keys: ['members'],
              ops: (m) => [{ op: 'remove', path: `members[value eq "${m[1]}"]` },
                           { op: 'add', path: 'members', value: [{ value: m[1] }, { value: m[2] }] },
                           { op: 'remove', path: `members[value eq "${m[0]}"]` }] },
        ];

        for (const c of groupCases) {
            test(`Group: ${c.name}`, async () => {
                const n = ++counter;
                const m = [ids['ann.lee@filter.example'], ids['bob.stone@filter.example'],
                           ids['dan.lee@filter.example'], ids['zoe.zed@other.example']];
                const created = await gh.scim('POST', '/Groups', {
                    schemas: [SCHEMA.group], displayName: `Patch Group ${n}`,
                    members: [{ value: m[0] }, { value: m[1] }] });
                expectStatus(created, 201, 'POST group');
                const id = created.body.id;
                const current = await gh.scim('GET', `/Groups/${id}`);
                const ops = c.ops(m, n, current.body);
                const expected = scimPatch(JSON.parse(JSON.stringify(current.body)), JSON.parse(JSON.stringify(ops)),
                                           { mutateDocument: false, treatMissingAsAdd: true });
                const r = await gh.scim('PATCH', `/Groups/${id}`, patchOp(...ops));
                assert.ok(r.status === 200 || r.status === 204, `PATCH ${c.name}: ${r.describe()}`);
                if (r.status === 200) {
                    validateGroup(r.body);
                    assert.deepEqual(project(r.body, c.keys), project(expected, c.keys), 'PATCH response');
                }
                const after = await gh.scim('GET', `/Groups/${id}`);
                validateGroup(after.body);
                assert.deepEqual(project(after.body, c.keys), project(expected, c.keys), 'stored resource');
                const t = teamById(await gh.exportOrg(), id);
                assert.deepEqual(t.members.map(String).sort(), project(expected, ['members']).members,
                                 'team members in the database');
            });
        }
    });

    describe('the database is the truth', () => {
        test('changes made with gatehousectl while serving are seen at once', async () => {
            await gh.ctl('team', 'create', '--db', gh.dbUrl, '--name', 'CLI Team', '--permission', 'Viewer',
                         '--member', 'auth0|erin', '--datastore', 'Sales Warehouse');
            const g = await gh.scim('GET', `/Groups${filterQuery('displayName eq "cli team"')}`);
            expectStatus(g, 200, 'GET CLI Team');
            validateList(g.body, validateGroup);
            assert.equal(g.body.totalResults, 1);
            assert.deepEqual(g.body.Resources[0].members.map((m) => m.value), ['2']);

            await gh.ctl('account', 'deactivate', '--db', gh.dbUrl, 'auth0|mia');
            let u = await gh.scim('GET', '/Users/5');
            assert.equal(u.body.active, false, 'deactivated by the CLI');
            await gh.ctl('account', 'reactivate', '--db', gh.dbUrl, 'auth0|mia');
            u = await gh.scim('GET', '/Users/5');
            assert.equal(u.body.active, true);

            // A SCIM change on top of the CLI's keeps the CLI's level and datastores.
            const id = g.body.Resources[0].id;
            const p = await gh.scim('PATCH', `/Groups/${id}`, patchOp({ op: 'add', path: 'members', value: [{ value: '5' }] }));
            assert.ok(p.status === 200 || p.status === 204, `PATCH CLI Team: ${p.describe()}`);
            const t = teamById(await gh.exportOrg(), id);
            assert.equal(t.permission, 'Viewer');
            assert.deepEqual(t.datastores, [1]);
            assert.deepEqual(t.members, [2, 5]);
            await gh.ctl('team', 'delete', '--db', gh.dbUrl, 'CLI Team');
            validateError(await gh.scim('GET', `/Groups/${id}`), 404, undefined, 'GET a team deleted by the CLI');
        });

        test('/api pages are consistent with the database', async () => {
            const org = await gh.exportOrg();
            const all = [];
            let pages;
            for (let page = 1; ; ++page) {
                const r = await gh.api('GET', `/users?page=${page}&size=3`);
                expectStatus(r, 200, `/api/users page ${page}`);
                assert.equal(r.body.total, org.accounts.length);
                assert.equal(r.body.size, 3);
                assert.equal(r.body.page, page);
                assert.equal(r.body.pages, Math.ceil(org.accounts.length / 3));
                pages = r.body.pages;
                if (r.body.items.length === 0)
                    break;
                all.push(...r.body.items.map((a) => a.id));
            }
            assert.ok(pages >= 1);
            assert.deepEqual(all.sort((a, b) => a - b), org.accounts.map((a) => a.id).sort((a, b) => a - b));
            const teams = await gh.api('GET', '/teams?size=100');
            expectStatus(teams, 200, '/api/teams');
            assert.equal(teams.body.total, org.teams.length, 'the Public team is a team of the read API');
            const ds = await gh.api('GET', '/datastores', { token: gh.tokens.service });
            expectStatus(ds, 200, '/api/datastores');
            assert.equal(ds.body.total, org.datastores.length);
            const bad = await gh.api('GET', '/users?page=0&size=-1');
            assert.ok(bad.status === 400 || bad.status === 200, `page=0: ${bad.describe()}`);
        });
    });

    describe('bad input', () => {
        test('no token, a wrong token, another scheme: 401', async () => {
            const wrong = `gh_s_${'A'.repeat(43)}`;
            for (const [what, opts] of [
                ['no Authorization', { token: null }],
                ['wrong token', { token: wrong }],
                ['empty bearer', { token: '' }],
                ['Basic', { token: null, headers: { Authorization: `Basic ${Buffer.from('root:x').toString('base64')}` } }],
            ]) {
                const r = await gh.request('GET', '/scim/v2/Users', opts);
                validateError(r, 401, undefined, what);
            }
        });

        test('a revoked token is refused at once; restored, it works again', async () => {
            const secret = await gh.createToken('to-revoke', '--scim');
            gh.tokens.revoked = secret;
            let r = await gh.scim('GET', '/Users?count=1', undefined, { token: secret });
            expectStatus(r, 200, 'fresh SCIM token');
            await gh.changeToken('revoke', 'to-revoke');
            r = await gh.scim('GET', '/Users?count=1', undefined, { token: secret });
            validateError(r, 401, undefined, 'revoked token');
            r = await gh.scim('POST', '/Users', scimUser({ userName: 'revoked@x.example' }), { token: secret });
            validateError(r, 401, undefined, 'revoked token POST');
            assert.equal(accountByEmail(await gh.exportOrg(), 'revoked@x.example'), undefined);
            await gh.changeToken('restore', 'to-revoke');
            r = await gh.scim('GET', '/Users?count=1', undefined, { token: secret });
            expectStatus(r, 200, 'restored token');
        });

        test('last used is recorded on use', async () => {
            const t = await gh.tokenNamed('identity-provider');
            assert.notEqual(t.last_used, null, 'the SCIM token has been used');
            const p = await gh.tokenNamed('laptop');
            const before = p.last_used;
            expectStatus(await gh.api('GET', '/users'), 200, 'personal token on /api/users');
            const now = await gh.tokenNamed('laptop');
            assert.notEqual(now.last_used, null);
            assert.ok(before === null || now.last_used >= before);
        });

        test('scopes: SCIM token on /api 403, personal and service tokens on /scim/v2 403', async () => {
            validateErrorStatus(await gh.api('GET', '/users', { token: gh.tokens.scim }), 403, 'SCIM token on /api/users');
            validateErrorStatus(await gh.api('GET', '/teams', { token: gh.tokens.scim }), 403, 'SCIM token on /api/teams');
            validateError(await gh.scim('GET', '/Users', undefined, { token: gh.tokens.personal }), 403, undefined,
                          'personal token on /scim/v2/Users');
            validateError(await gh.scim('GET', '/Groups', undefined, { token: gh.tokens.service }), 403, undefined,
                          'service token on /scim/v2/Groups');
            validateError(await gh.scim('POST', '/Users', scimUser({ userName: 'scope@x.example' }),
                                        { token: gh.tokens.personal }), 403, undefined, 'personal token POST');
            assert.equal(accountByEmail(await gh.exportOrg(), 'scope@x.example'), undefined);

            for (const [token, what] of [[gh.tokens.personal, 'personal'], [gh.tokens.service, 'service']]) {
                for (const p of ['/users', '/teams', '/datastores']) {
                    const r = await gh.api('GET', `${p}?page=1&size=2`, { token });
                    expectStatus(r, 200, `${what} token on /api${p}`);
                    assert.deepEqual(Object.keys(r.body).sort(), ['items', 'page', 'pages', 'size', 'total'],
                                     `/api${p} is paged {items,total,page,size,pages}`);
                    assert.ok(Array.isArray(r.body.items) && r.body.items.length <= 2);
                }
            }
        });

        test('malformed JSON, wrong shapes and missing userName: 400, nothing stored', async () => {
            const before = await gh.exportOrg();
            let r = await gh.scim('POST', '/Users', '{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": ');
            validateError(r, 400, 'invalidSyntax', 'truncated JSON');
            r = await gh.scim('POST', '/Users', '{"userName": "a@b.example",}');
            validateError(r, 400, 'invalidSyntax', 'trailing comma');
            r = await gh.scim('POST', '/Users', '[]');
            validateError(r, 400, undefined, 'array body');
            r = await gh.scim('PATCH', `/Users/${ids['ann.lee@filter.example']}`, 'not json at all');
            validateError(r, 400, 'invalidSyntax', 'PATCH garbage');
            r = await gh.scim('POST', '/Users', scimUser({ displayName: 'No User Name' }));
            validateError(r, 400, undefined, 'missing userName');
            r = await gh.scim('POST', '/Users', scimUser({ userName: 42 }));
            validateError(r, 400, undefined, 'numeric userName');
            r = await gh.scim('POST', '/Users', scimUser({ userName: 'bad-active@x.example', active: 'perhaps' }));
            validateError(r, 400, undefined, 'active "perhaps"');
            r = await gh.scim('POST', '/Groups', { schemas: [SCHEMA.group] });
            validateError(r, 400, undefined, 'group without displayName');
            r = await gh.scim('PATCH', `/Users/${ids['ann.lee@filter.example']}`,
                              patchOp({ op: 'frobnicate', path: 'displayName', value: 'x' }));
            validateError(r, 400, undefined, 'unknown PATCH op');
            r = await gh.scim('PATCH', `/Users/${ids['ann.lee@filter.example']}`, { schemas: [SCHEMA.patchOp] });
            validateError(r, 400, undefined, 'PATCH without Operations');
            assert.deepEqual(await gh.exportOrg(), before, 'the database is unchanged');
        });

        test('read-only attributes in a create are not taken', async () => {
            const r = await gh.scim('POST', '/Users', scimUser({
                id: '999', userName: 'readonly.id@x.example',
                meta: { resourceType: 'User', created: '2000-01-01T00:00:00Z', version: 'W/"42"' },
                groups: [{ value: ids.teamA }] }));
            if (r.status === 400) {
                validateError(r, 400, 'mutability', 'POST with read-only attributes');
                return;
            }
            expectStatus(r, 201, 'POST with read-only attributes');
            validateUser(r.body);
            assert.notEqual(r.body.meta.created, '2000-01-01T00:00:00Z');
            assert.deepEqual(r.body.groups ?? [], [], 'groups are changed through the Groups only');
            const org = await gh.exportOrg();
            const a = accountByEmail(org, 'readonly.id@x.example');
            assert.equal(String(a.id), r.body.id);
            assert.ok(!teamById(org, ids.teamA).members.includes(a.id));
        });

        test('unknown attributes: ignored on create, refused as a PATCH path', async () => {
            const before = await gh.exportOrg();
            const r = await gh.scim('POST', '/Users', scimUser({
                userName: 'unknown.attr@x.example', favouriteColour: 'teal', nickName: 'Unk',
                'urn:example:params:scim:schemas:extension:acme:2.0:User': { badge: '7' } }));
            assert.ok(r.status === 201 || r.status === 400, `unknown attributes: ${r.describe()}`);
            if (r.status === 201) {
                validateUser(r.body);
                assert.ok(!r.text.includes('teal'), 'an unknown attribute is not echoed as if stored');
            } else {
                validateError(r, 400, undefined, 'unknown attributes refused');
            }
            const id = ids['ann.lee@filter.example'];
            // Either refused (invalidPath) or accepted without keeping anything; never stored.
            const p = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'replace', path: 'favouriteColour', value: 'teal' }));
            if (p.status === 400) {
                validateError(p, 400, undefined, 'PATCH unknown path');
                assert.ok(['invalidPath', 'noTarget', 'invalidValue'].includes(p.body.scimType), `scimType ${p.body.scimType}`);
            } else {
                assert.ok(p.status === 200 || p.status === 204, `PATCH unknown path: ${p.describe()}`);
                assert.ok(!p.text.includes('teal'), 'an unknown attribute is not echoed as if stored');
            }
            const ro = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'replace', path: 'id', value: '999' }));
            validateError(ro, 400, 'mutability', 'PATCH read-only id');
            const ro2 = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'add', path: 'groups', value: [{ value: ids.teamC }] }));
            validateError(ro2, 400, 'mutability', 'PATCH read-only groups');
            const org = await gh.exportOrg();
            assert.deepEqual(accountById(org, id), accountById(before, id), 'Ann unchanged');
            assert.deepEqual(teamById(org, ids.teamC), teamById(before, ids.teamC));
        });

        test('quotes and SQL fragments in filters find nothing and change nothing', async () => {
            const before = await gh.exportOrg();
            const filters = [
                'userName eq "x\' OR 1=1 --"',
                'userName eq "x\\" OR \\"1\\"=\\"1"',
                'userName eq "\' OR \'\'=\'"',
                'displayName co "\'; DROP TABLE accounts; --"',
                'displayName eq "Ann Lee\'; DELETE FROM teams; --"',
                'externalId eq "1; UPDATE accounts SET role = \'Admin\'"',
                'userName sw "%"',
                'userName ew "%"',
                'userName co "%@%"',
                'displayName co "_n_"',
                'userName co "*"',
                'userName co "\\\\"',
                'userName eq "ann.lee@filter.example\\u0000"',
                'displayName co "\\"); --"',
            ];
            for (const f of filters) {
                const r = await gh.scim('GET', `/Users${filterQuery(f)}`);
                expectStatus(r, 200, `filter ${f}`);
                validateList(r.body, validateUser);
                assert.equal(r.body.totalResults, 0, `filter ${f} found ${JSON.stringify(r.body.Resources?.map((u) => u.userName))}`);
            }
            // A literal underscore matches only itself (no LIKE wildcard).
            const u = await gh.scim('GET', `/Users${filterQuery('userName co "_"')}`);
            assert.deepEqual(u.body.Resources.map((x) => x.userName), ['eve_underscore@filter.example']);
            const g = await gh.scim('GET', `/Groups${filterQuery('displayName eq "x\' OR \'1\'=\'1"')}`);
            expectStatus(g, 200, 'group filter with quotes');
            assert.equal(g.body.totalResults, 0);
            assert.deepEqual(await gh.exportOrg(), before, 'the database is intact');
            const list = await gh.scim('GET', '/Users?count=1000');
            assert.equal(list.body.totalResults, before.accounts.filter((a) => a.type === 'human').length);
        });

        test('quotes in stored values round-trip', async () => {
            const name = 'Robert\'); DROP TABLE accounts;-- "Bobby"';
            const r = await gh.scim('POST', '/Users', scimUser({ userName: 'bobby.tables@x.example', displayName: name }));
            expectStatus(r, 201, 'POST Bobby Tables');
            assert.equal(r.body.displayName, name);
            const found = await gh.scim('GET', `/Users${filterQuery(`displayName eq ${JSON.stringify(name)}`)}`);
            expectStatus(found, 200, 'filter on the stored quote');
            assert.deepEqual(found.body.Resources.map((x) => x.id), [r.body.id]);
            assert.equal(accountByEmail(await gh.exportOrg(), 'bobby.tables@x.example').name, name);
        });

        test('a 50 MiB body gets 413 and the server keeps serving', async () => {
            const huge = Buffer.alloc(50 * MiB, 0x20);
            Buffer.from('{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"huge@x.example","displayName":"').copy(huge);
            huge.write('"}', huge.length - 2);
            let r = await gh.scim('POST', '/Users', huge);
            validateErrorStatus(r, 413, 'POST /Users 50 MiB');
            r = await gh.scim('POST', '/Bulk', huge);
            validateErrorStatus(r, 413, 'POST /Bulk 50 MiB');
            // Over the 1 MiB default but well-formed.
            const twoMiB = JSON.stringify(scimUser({ userName: 'big@x.example', displayName: 'B'.repeat(2 * MiB) }));
            r = await gh.scim('POST', '/Users', twoMiB);
            validateErrorStatus(r, 413, 'POST /Users 2 MiB');
            const alive = await gh.scim('GET', '/ServiceProviderConfig');
            expectStatus(alive, 200, 'still serving');
            const org = await gh.exportOrg();
            assert.equal(accountByEmail(org, 'huge@x.example'), undefined);
            assert.equal(accountByEmail(org, 'big@x.example'), undefined);
        });

        test('a 50 MiB chunked body without Content-Length gets 413', async () => {
            const r = await chunkedPost(gh, '/scim/v2/Users', 50 * MiB);
            assert.equal(r.status, 413, `chunked 50 MiB: HTTP ${r.status} ${r.text.slice(0, 300)}`);
            expectStatus(await gh.scim('GET', '/ServiceProviderConfig'), 200, 'still serving');
        });

        test('a group named Public, in any case, is a 409 conflict', async () => {
            const before = await gh.exportOrg();
            for (const name of ['public', 'PUBLIC', 'Public']) {
                const r = await gh.scim('POST', '/Groups', { schemas: [SCHEMA.group], displayName: name });
                validateError(r, 409, 'uniqueness', `POST group ${name}`);
            }
            let r = await gh.scim('PATCH', `/Groups/${ids.teamC}`, patchOp({ op: 'replace', path: 'displayName', value: 'pUbLiC' }));
            validateError(r, 409, 'uniqueness', 'rename to Public');
            r = await gh.scim('PUT', `/Groups/${ids.teamC}`, { schemas: [SCHEMA.group], displayName: 'Public' });
            validateError(r, 409, 'uniqueness', 'PUT as Public');
            r = await gh.scim('POST', '/Groups', { schemas: [SCHEMA.group], displayName: 'finance' });
            validateError(r, 409, 'uniqueness', 'POST an existing team name in another case');
            r = await gh.scim('PATCH', '/Groups/1', patchOp({ op: 'add', path: 'members', value: [{ value: '2' }] }));
            validateError(r, 404, undefined, 'PATCH the Public team');
            r = await gh.scim('DELETE', '/Groups/1');
            validateError(r, 404, undefined, 'DELETE the Public team');
            assert.deepEqual(await gh.exportOrg(), before, 'nothing changed');
        });

        test('If-Match: the current version passes, a stale one is 412', async () => {
            const id = ids['bob.stone@filter.example'];
            const v1 = await gh.scim('GET', `/Users/${id}`);
            const etag1 = v1.header('etag');
            assert.ok(etag1, 'GET returns an ETag');
            assert.equal(etag1, v1.body.meta.version);
            let r = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Bob Stone II' }),
                                  { headers: { 'If-Match': etag1 } });
            assert.ok(r.status === 200 || r.status === 204, `PATCH with the current If-Match: ${r.describe()}`);
            const v2 = await gh.scim('GET', `/Users/${id}`);
            assert.notEqual(v2.header('etag'), etag1);
            const before = await gh.exportOrg();
            r = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Lost Update' }),
                              { headers: { 'If-Match': etag1 } });
            validateError(r, 412, undefined, 'PATCH stale If-Match');
            r = await gh.scim('PUT', `/Users/${id}`, scimUser({ userName: 'bob.stone@filter.example', displayName: 'Lost Put' }),
                              { headers: { 'If-Match': etag1 } });
            validateError(r, 412, undefined, 'PUT stale If-Match');
            r = await gh.scim('DELETE', `/Users/${id}`, undefined, { headers: { 'If-Match': etag1 } });
            validateError(r, 412, undefined, 'DELETE stale If-Match');
            const g = await gh.scim('GET', `/Groups/${ids.teamA}`);
            r = await gh.scim('PATCH', `/Groups/${ids.teamA}`, patchOp({ op: 'remove', path: 'members' }),
                              { headers: { 'If-Match': 'W/"999999"' } });
            validateError(r, 412, undefined, 'group PATCH stale If-Match');
            assert.deepEqual(await gh.exportOrg(), before, 'nothing changed');
            r = await gh.scim('PATCH', `/Groups/${ids.teamA}`, patchOp({ op: 'replace', path: 'displayName', value: 'Filter Team A' }),
                              { headers: { 'If-Match': g.header('etag') } });
            assert.ok(r.status === 200 || r.status === 204, `group PATCH current If-Match: ${r.describe()}`);
            r = await gh.scim('PATCH', `/Users/${id}`, patchOp({ op: 'replace', path: 'displayName', value: 'Bob Stone' }),
                              { headers: { 'If-Match': '*' } });
            assert.ok(r.status === 200 || r.status === 204, `If-Match *: ${r.describe()}`);
        });

        test('the last active human Admin cannot be deactivated', async () => {
            const before = await gh.exportOrg();
            const r = await gh.scim('DELETE', '/Users/1');
            assert.ok(r.status === 400 || r.status === 409, `DELETE the last Admin: ${r.describe()}`);
            validateError(r, r.status, undefined, 'DELETE the last Admin');
            assert.deepEqual(await gh.exportOrg(), before);
        });

        test('a userName taken by another account is a uniqueness conflict', async () => {
            const before = await gh.exportOrg();
            const r = await gh.scim('PATCH', `/Users/${ids['dan.lee@filter.example']}`,
                                    patchOp({ op: 'replace', path: 'userName', value: 'ANN.LEE@filter.example' }));
            validateError(r, 409, 'uniqueness', 'PATCH userName to a taken one');
            const p = await gh.scim('PUT', `/Users/${ids['dan.lee@filter.example']}`,
                                    scimUser({ userName: 'erin.existing@EXAMPLE.com', displayName: 'Dan Lee' }));
            validateError(p, 409, 'uniqueness', 'PUT userName to a taken one');
            assert.deepEqual(await gh.exportOrg(), before);
        });

        test('unknown ids and endpoints: 404', async () => {
            validateError(await gh.scim('GET', '/Users/999999'), 404, undefined, 'unknown user');
            validateError(await gh.scim('GET', '/Users/not-a-number'), 404, undefined, 'non-numeric id');
            validateError(await gh.scim('PATCH', '/Users/999999', patchOp({ op: 'replace', path: 'active', value: false })),
                          404, undefined, 'PATCH unknown user');
            validateError(await gh.scim('DELETE', '/Groups/999999'), 404, undefined, 'DELETE unknown group');
            validateError(await gh.scim('GET', '/Nothing'), 404, undefined, 'unknown endpoint');
        });

        test('Bulk with bulkId references', async () => {
            const r = await gh.scim('POST', '/Bulk', {
                schemas: [SCHEMA.bulkRequest], failOnErrors: 1,
                Operations: [
                    { method: 'POST', path: '/Users', bulkId: 'u1',
                      data: scimUser({ userName: 'bulk.one@x.example', displayName: 'Bulk One' }) },
                    { method: 'POST', path: '/Groups', bulkId: 'g1',
                      data: { schemas: [SCHEMA.group], displayName: 'Bulk Team', members: [{ value: 'bulkId:u1' }] } },
                ],
            });
            expectStatus(r, 200, 'POST /Bulk');
            checkScimContentType(r);
            assert.deepEqual(r.body.schemas, [SCHEMA.bulkResponse]);
            assert.deepEqual(r.body.Operations.map((o) => [o.method, o.bulkId, String(o.status)]),
                             [['POST', 'u1', '201'], ['POST', 'g1', '201']]);
            const org = await gh.exportOrg();
            const a = accountByEmail(org, 'bulk.one@x.example');
            assert.ok(a);
            assert.deepEqual(teamByName(org, 'Bulk Team').members, [a.id]);
            assert.ok(r.body.Operations[0].location.endsWith(`/Users/${a.id}`));
        });

        test('Bulk: errors per operation, failOnErrors, maxOperations', async () => {
            const r = await gh.scim('POST', '/Bulk', {
                schemas: [SCHEMA.bulkRequest],
                Operations: [
                    { method: 'POST', path: '/Users', bulkId: 'a', data: scimUser({ userName: 'bulk.a@x.example' }) },
                    { method: 'POST', path: '/Users', bulkId: 'b', data: scimUser({ displayName: 'No User Name' }) },
                    { method: 'POST', path: '/Groups', bulkId: 'g',
                      data: { schemas: [SCHEMA.group], displayName: 'Bulk Dangling', members: [{ value: 'bulkId:nowhere' }] } },
                    { method: 'PATCH', path: '/Users/2', version: 'W/"999"',
                      data: patchOp({ op: 'replace', path: 'displayName', value: 'Lost' }) },
                    { method: 'DELETE', path: '/Users/999999' },
                    { method: 'POST', path: '/Groups', bulkId: 'p', data: { schemas: [SCHEMA.group], displayName: 'PUBLIC' } },
                    { method: 'PUT', path: '/Users/bulkId:a', data: scimUser({ userName: 'bulk.a2@x.example' }) },
                ],
            });
            expectStatus(r, 200, 'mixed Bulk');
            assert.deepEqual(r.body.schemas, [SCHEMA.bulkResponse]);
            const statuses = r.body.Operations.map((o) => String(o.status));
            assert.equal(statuses.length, 7);
            assert.equal(statuses[0], '201');
            assert.equal(statuses[1], '400');
            assert.ok(['400', '409'].includes(statuses[2]), `dangling bulkId: ${statuses[2]}`);
            assert.deepEqual(statuses.slice(3), ['412', '404', '409', '200']);
            r.body.Operations.forEach((o, i) => {
                if (Number(o.status) >= 400)
                    validateErrorBody(o.response, Number(o.status), undefined, `Bulk Operations[${i}].response`);
            });
            assert.equal(r.body.Operations[5].response.scimType, 'uniqueness');
            const org = await gh.exportOrg();
            assert.ok(accountByEmail(org, 'bulk.a2@x.example'), 'POST then PUT by bulkId');
            assert.equal(teamByName(org, 'Bulk Dangling'), undefined);
            assert.equal(accountById(org, 2).name, 'Erin Existing');

            const stop = await gh.scim('POST', '/Bulk', {
                schemas: [SCHEMA.bulkRequest], failOnErrors: 1,
                Operations: [
                    { method: 'POST', path: '/Users', bulkId: 'c', data: scimUser({ displayName: 'No User Name' }) },
                    { method: 'POST', path: '/Users', bulkId: 'd', data: scimUser({ userName: 'bulk.d@x.example' }) },
                ],
            });
            expectStatus(stop, 200, 'failOnErrors');
            assert.deepEqual(stop.body.Operations.map((o) => String(o.status)), ['400']);
            assert.equal(accountByEmail(await gh.exportOrg(), 'bulk.d@x.example'), undefined, 'nothing after the error');

            const tooMany = await gh.scim('POST', '/Bulk', {
                schemas: [SCHEMA.bulkRequest],
                Operations: Array.from({ length: 1001 }, (_, i) => ({ method: 'DELETE', path: `/Users/${500000 + i}` })),
            });
            const max = (await gh.scim('GET', '/ServiceProviderConfig')).body.bulk.maxOperations;
            assert.equal(max, 1000);
            validateError(tooMany, 413, undefined, 'more than maxOperations');
        });

        test('no secret in the server log or the database', async () => {
            const secrets = Object.entries(gh.tokens);
            assert.ok(secrets.length >= 4);
            assert.ok(gh.serverLog.length > 0, 'the server logged something with debug output on');
            const db = await gh.databaseBytes();
            for (const [which, secret] of secrets) {
                assert.ok(!gh.serverLog.includes(secret), `the ${which} token's secret is in the server log`);
                assert.ok(!gh.serverOut.includes(secret), `the ${which} token's secret is on the server's stdout`);
                assert.ok(!db.includes(Buffer.from(secret)), `the ${which} token's secret is in the database`);
                // Not even the part after the prefix.
                assert.ok(!gh.serverLog.includes(secret.slice(8)), `part of the ${which} token's secret is in the log`);
            }
        });
    });
});

// An error answer whose body may be a SCIM error (/scim/v2) or a plain JSON one (/api).
function validateErrorStatus(reply, status, what) {
    assert.equal(reply.status, status, `${what}: ${reply.describe()}`);
    if (reply.body?.schemas)
        validateError(reply, status, undefined, what);
}

// Streams `size` bytes with chunked transfer encoding; resolves with the answer.
function chunkedPost(gh, urlPath, size) {
    return new Promise((resolve, reject) => {
        const url = new URL(urlPath, gh.baseUrl);
        let settled = false;
        const req = http.request(url, {
            method: 'POST',
            headers: { Authorization: `Bearer ${gh.tokens.scim}`, 'Content-Type': 'application/scim+json',
                       'Transfer-Encoding': 'chunked' },
        }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => { settled = true; resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }); });
        });
        req.on('error', (e) => { if (!settled) { settled = true; reject(e); } });
        req.setTimeout(60000, () => req.destroy(new Error('chunked POST: no answer within 60 s')));
        const chunk = Buffer.alloc(MiB, 0x20);
        let sent = 0;
        const pump = () => {
            while (sent < size && !settled) {
                sent += chunk.length;
                if (!req.write(chunk)) {
                    req.once('drain', pump);
                    return;
                }
            }
            if (!settled)
                req.end();
        };
        req.write('{"userName":"chunked@x.example","displayName":"');
        pump();
    });
}

// Hostile input aimed at the server process itself: on a server of its own, so that a crash
// shows here and does not take the other checks down with it.
describe('robustness', () => {
    let gh;
    before(async () => { gh = await Gatehouse.start(); });
    beforeEach(async () => { await gh?.ensureServer(); });
    after(async () => { await gh?.stop(); });

    async function expectAlive(what) {
        let r;
        try {
            r = await gh.scim('GET', '/ServiceProviderConfig');
        } catch (e) {
            const how = gh.server ? `${gh.server.exitCode ?? ''}${gh.server.signalCode ?? ''}` : '';
            assert.fail(`the server died after ${what} (${how}): ${e.message}\n${gh.serverLog.slice(-500)}`);
        }
        expectStatus(r, 200, `alive after ${what}`);
    }

    // A refusal (400) or an answer, never a crash.
    async function expectHandled(what, method, p, body) {
        let r;
        try {
            r = await gh.scim(method, p, body);
        } catch (e) {
            await expectAlive(what);
            assert.fail(`${what}: no answer: ${e.message}`);
        }
        assert.ok([200, 400, 413, 431].includes(r.status), `${what}: ${r.describe()}`);
        if (r.status === 400)
            validateError(r, 400, undefined, what);
        await expectAlive(what);
    }

    test('deeply nested filter in the URL', async () => {
        await expectHandled('5,000 nested parentheses', 'GET',
                            `/Users${filterQuery(`${'('.repeat(5000)}userName eq "a"${')'.repeat(5000)}`)}`);
        await expectHandled('3,000 nested not', 'GET',
                            `/Groups${filterQuery(`${'not ('.repeat(3000)}displayName eq "a"${')'.repeat(3000)}`)}`);
    });

    test('deeply nested filter in a search body', async () => {
        await expectHandled('100,000 nested parentheses in /.search', 'POST', '/Users/.search', {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
            filter: `${'('.repeat(100000)}userName eq "a"${')'.repeat(100000)}`,
        });
    });

    test('deeply nested value filter in a PATCH path', async () => {
        await expectHandled('20,000 nested parentheses in a PATCH path', 'PATCH', '/Users/2', patchOp({
            op: 'replace', path: `emails[${'('.repeat(20000)}value eq "x"${')'.repeat(20000)}].value`, value: 'y@x.example' }));
    });

    test('long flat filters and long URLs', async () => {
        await expectHandled('20,000 or-ed comparisons', 'POST', '/Users/.search', {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
            filter: Array.from({ length: 20000 }, (_, i) => `userName eq "u${i}"`).join(' or '),
        });
        await expectHandled('a 200 KB request line', 'GET', `/Users?filter=${'a'.repeat(200000)}`);
        await expectHandled('JSON nested 5,000 deep', 'POST', '/Users', `${'['.repeat(5000)}${']'.repeat(5000)}`);
    });
});

describe('token owner', () => {
    let gh;
    before(async () => { gh = await Gatehouse.start(); });
    after(async () => { await gh?.stop(); });

    test('tokens stop working at once when their owner is deactivated', async () => {
        const admin = await gh.scim('POST', '/Users', scimUser({ userName: 'second.admin@x.example', roles: [{ value: 'Admin' }] }));
        expectStatus(admin, 201, 'a second Admin');
        assert.equal(accountByEmail(await gh.exportOrg(), 'second.admin@x.example').role, 'Admin');
        expectStatus(await gh.api('GET', '/users'), 200, 'personal token before');
        const r = await gh.scim('DELETE', '/Users/1');
        expectStatus(r, 204, 'deactivate the SCIM token\'s owner');
        validateError(await gh.scim('GET', '/Users'), 401, undefined, 'SCIM token of a deactivated owner');
        const api = await gh.api('GET', '/users');
        assert.equal(api.status, 401, `personal token of a deactivated owner: ${api.describe()}`);
        const org = await gh.exportOrg();
        assert.equal(accountById(org, 1).active, false);
        assert.equal(accountById(org, 1).role, 'Admin', 'deactivation keeps the role');
    });
});
