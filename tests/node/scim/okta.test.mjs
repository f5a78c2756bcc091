// SPDX-License-Identifier: GPL-3.0-or-later
//
// Okta-like provisioning against `gatehousectl serve`: the requests Okta's SCIM 2.0 client
// sends (lookup with startIndex/count, create with password and locale, PUT full replace,
// PATCH without path for active, group push through POST/PUT/PATCH), then paging through
// more than 250 users, checking the database with `gatehousectl export`.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Gatehouse, SCHEMA, accountByEmail, accountById, filterQuery, patchOp, teamById, teamByName,
         teamsOf } from './harness.mjs';
import { validateError, validateGroup, validateList, validateUser } from './validate.mjs';

const OKTA_CONTENT_TYPE = 'application/scim+json; charset=utf-8';
const ISAAC = 'isaac.brock@example.com';
const BULK_USERS = 260;

function expectStatus(reply, status, what) {
    assert.equal(reply.status, status, `${what}: ${reply.describe()}`);
}

function oktaUser(userName, given, family, externalId, extra = {}) {
    return {
        schemas: [SCHEMA.user],
        userName,
        name: { givenName: given, familyName: family },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: `${given} ${family}`,
        locale: 'en-US',
        externalId,
        groups: [],
        password: '1mz050nq',
        active: true,
        ...extra,
    };
}

describe('Okta-like SCIM client', () => {
    let gh;
    const ids = {};
    // Okta's own requests carry a charset.
    const okta = (method, p, body) => gh.scim(method, p, body, { contentType: OKTA_CONTENT_TYPE });

    before(async () => { gh = await Gatehouse.start(); });
    after(async () => { await gh?.stop(); });

    test('looks the user up with startIndex and count: nothing yet', async () => {
        const r = await okta('GET', `/Users${filterQuery(`userName eq "${ISAAC}"`, { startIndex: '1', count: '100' })}`);
        expectStatus(r, 200, 'GET /Users?filter&startIndex&count');
        validateList(r.body, validateUser, { startIndex: 1 });
        assert.equal(r.body.totalResults, 0);
    });

    test('creates the user (password and locale are accepted and not kept)', async () => {
        const r = await okta('POST', '/Users', oktaUser(ISAAC, 'Isaac', 'Brock', '00ujl29u0le5T6Aj10h7'));
        expectStatus(r, 201, 'POST /Users');
        validateUser(r.body);
        assert.equal(r.body.password, undefined, 'a password is never returned');
        ids.isaac = r.body.id;
        const org = await gh.exportOrg();
        const a = accountByEmail(org, ISAAC);
        assert.ok(a);
        assert.equal(String(a.id), ids.isaac);
        assert.equal(a.name, 'Isaac Brock');
        assert.equal(a.role, 'Member');
        assert.equal(a.active, true);
        assert.equal(a.external_id, '00ujl29u0le5T6Aj10h7');
        assert.deepEqual(teamsOf(org, a.id), []);
        assert.ok(!JSON.stringify(org).includes('1mz050nq'), 'the password is stored nowhere');
    });

    test('finds the user with the same lookup', async () => {
        const r = await okta('GET', `/Users${filterQuery(`userName eq "${ISAAC}"`, { startIndex: '1', count: '100' })}`);
        expectStatus(r, 200, 'GET lookup');
        validateList(r.body, validateUser, { startIndex: 1 });
        assert.equal(r.body.totalResults, 1);
        assert.equal(r.body.Resources[0].id, ids.isaac);
    });

    test('PUT replaces the whole user', async () => {
        const current = await okta('GET', `/Users/${ids.isaac}`);
        expectStatus(current, 200, 'GET /Users/id');
        const body = oktaUser('isaac.brock@corp.example', 'Ike', 'Brock-Jones', '00ujl29u0le5T6Aj10h7');
        body.id = ids.isaac;
        const r = await okta('PUT', `/Users/${ids.isaac}`, body);
        expectStatus(r, 200, 'PUT /Users/id');
        validateUser(r.body);
        assert.equal(r.body.userName.toLowerCase(), 'isaac.brock@corp.example');
        assert.equal(r.body.displayName, 'Ike Brock-Jones');
        assert.notEqual(r.body.meta.version, current.body.meta.version, 'the version changes');
        const a = accountById(await gh.exportOrg(), ids.isaac);
        assert.equal(a.email.toLowerCase(), 'isaac.brock@corp.example');
        assert.equal(a.name, 'Ike Brock-Jones');
        assert.equal(a.active, true);
    });

    test('PATCH {"op":"replace","value":{"active":false}} deactivates, true reactivates', async () => {
        let r = await okta('PATCH', `/Users/${ids.isaac}`, patchOp({ op: 'replace', value: { active: false } }));
        assert.ok(r.status === 200 || r.status === 204, `PATCH active false: ${r.describe()}`);
        if (r.status === 200) {
            validateUser(r.body);
            assert.equal(r.body.active, false);
        }
        let a = accountById(await gh.exportOrg(), ids.isaac);
        assert.equal(a.active, false);
        assert.equal(a.name, 'Ike Brock-Jones', 'nothing else changed');

        r = await okta('PATCH', `/Users/${ids.isaac}`, patchOp({ op: 'replace', value: { active: true } }));
        assert.ok(r.status === 200 || r.status === 204, `PATCH active true: ${r.describe()}`);
        a = accountById(await gh.exportOrg(), ids.isaac);
        assert.equal(a.active, true);
    });

    test('PUT with active false deactivates too', async () => {
        const body = oktaUser('isaac.brock@corp.example', 'Ike', 'Brock-Jones', '00ujl29u0le5T6Aj10h7', { active: false });
        const r = await okta('PUT', `/Users/${ids.isaac}`, body);
        expectStatus(r, 200, 'PUT active false');
        assert.equal(r.body.active, false);
        assert.equal(accountById(await gh.exportOrg(), ids.isaac).active, false);
        const back = await okta('PUT', `/Users/${ids.isaac}`, { ...body, active: true });
        expectStatus(back, 200, 'PUT active true');
        assert.equal(accountById(await gh.exportOrg(), ids.isaac).active, true);
    });

    test('group push: POST the group, PATCH members in', async () => {
        const second = await okta('POST', '/Users', oktaUser('saul.goodman@example.com', 'Saul', 'Goodman', '00u-saul'));
        expectStatus(second, 201, 'POST second user');
        ids.saul = second.body.id;

        const look = await okta('GET', `/Groups${filterQuery('displayName eq "Test SCIMv2"', { startIndex: '1', count: '100' })}`);
        expectStatus(look, 200, 'GET /Groups lookup');
        validateList(look.body, validateGroup, { startIndex: 1 });
        assert.equal(look.body.totalResults, 0);
        const g = await okta('POST', '/Groups', { schemas: [SCHEMA.group], displayName: 'Test SCIMv2', members: [] });
        expectStatus(g, 201, 'POST /Groups');
        validateGroup(g.body);
        ids.group = g.body.id;

        const r = await okta('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'add', path: 'members', value: [{ value: ids.isaac, display: 'isaac.brock@corp.example' },
                                                  { value: ids.saul, display: 'saul.goodman@example.com' }] }));
        assert.ok(r.status === 200 || r.status === 204, `PATCH add members: ${r.describe()}`);
        const t = teamById(await gh.exportOrg(), ids.group);
        assert.equal(t.permission, 'Reporter');
        assert.deepEqual(t.datastores, []);
        assert.deepEqual(t.members, [Number(ids.isaac), Number(ids.saul)].sort((a, b) => a - b));

        const get = await okta('GET', `/Groups/${ids.group}`);
        expectStatus(get, 200, 'GET /Groups/id');
        validateGroup(get.body);
        assert.deepEqual(get.body.members.map((m) => m.value).sort(), [ids.isaac, ids.saul].sort());
    });

    test('PATCH {"op":"replace","value":{"id","displayName"}} renames the group', async () => {
        const r = await okta('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'replace', value: { id: ids.group, displayName: 'Test SCIMv2 Renamed' } }));
        assert.ok(r.status === 200 || r.status === 204, `PATCH rename: ${r.describe()}`);
        const t = teamById(await gh.exportOrg(), ids.group);
        assert.equal(t.name, 'Test SCIMv2 Renamed');
        assert.equal(t.members.length, 2, 'members kept');
    });

    test('PATCH remove members[value eq ...]', async () => {
        const r = await okta('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'remove', path: `members[value eq "${ids.saul}"]` }));
        assert.ok(r.status === 200 || r.status === 204, `PATCH remove: ${r.describe()}`);
        assert.deepEqual(teamById(await gh.exportOrg(), ids.group).members, [Number(ids.isaac)]);
    });

    test('PUT /Groups replaces members and name', async () => {
        const r = await okta('PUT', `/Groups/${ids.group}`, {
            schemas: [SCHEMA.group], id: ids.group, displayName: 'Test SCIMv2',
            members: [{ value: ids.saul, display: 'saul.goodman@example.com' }, { value: '2' }],
        });
        expectStatus(r, 200, 'PUT /Groups/id');
        validateGroup(r.body);
        const org = await gh.exportOrg();
        const t = teamById(org, ids.group);
        assert.equal(t.name, 'Test SCIMv2');
        assert.deepEqual(t.members, [2, Number(ids.saul)].sort((a, b) => a - b));
        assert.deepEqual(teamsOf(org, ids.isaac), []);
        assert.deepEqual(teamsOf(org, 2), ['Finance', 'Test SCIMv2']);
    });

    test('PUT /Groups with an unknown member id changes nothing', async () => {
        const before = teamById(await gh.exportOrg(), ids.group);
        const r = await okta('PUT', `/Groups/${ids.group}`, {
            schemas: [SCHEMA.group], displayName: 'Test SCIMv2', members: [{ value: '987654' }],
        });
        assert.ok([400, 404].includes(r.status), `unknown member: ${r.describe()}`);
        validateError(r, r.status, undefined, 'PUT unknown member');
        assert.deepEqual(teamById(await gh.exportOrg(), ids.group), before);
    });

    test('a service account is no SCIM user and cannot be a group member', async () => {
        const r = await okta('PATCH', `/Groups/${ids.group}`, patchOp({ op: 'add', path: 'members', value: [{ value: '3' }] }));
        assert.ok([400, 404].includes(r.status), `service account as member: ${r.describe()}`);
        const u = await okta('GET', '/Users/3');
        validateError(u, 404, undefined, 'GET service account');
    });

    test('PUT and PATCH of a team holding a service account keep that member', async () => {
        const before = await okta('GET', '/Groups/2');
        expectStatus(before, 200, 'GET Finance');
        validateGroup(before.body);
        assert.deepEqual(before.body.members.map((m) => m.value).sort(), ['2', '5'], 'service accounts are not SCIM members');

        const r = await okta('PUT', '/Groups/2', {
            schemas: [SCHEMA.group], displayName: 'Finance', members: [{ value: '2' }, { value: '5' }, { value: ids.isaac }],
        });
        expectStatus(r, 200, 'PUT Finance');
        assert.deepEqual(teamByName(await gh.exportOrg(), 'Finance').members,
                         [2, 3, 5, Number(ids.isaac)].sort((a, b) => a - b), 'the service account stays');

        const p = await okta('PATCH', '/Groups/2', patchOp({ op: 'remove', path: 'members' }));
        assert.ok(p.status === 200 || p.status === 204, `PATCH remove all members: ${p.describe()}`);
        assert.deepEqual(teamByName(await gh.exportOrg(), 'Finance').members, [3], 'only the service account is left');

        const back = await okta('PATCH', '/Groups/2', patchOp({ op: 'add', path: 'members', value: [{ value: '2' }, { value: '5' }] }));
        assert.ok(back.status === 200 || back.status === 204, `PATCH add back: ${back.describe()}`);
        const fin = teamByName(await gh.exportOrg(), 'Finance');
        assert.deepEqual(fin.members, [2, 3, 5]);
        assert.equal(fin.permission, 'Viewer', 'the level stays');
        assert.deepEqual(fin.datastores, [1, 2], 'the datastores stay');
    });

    test('DELETE /Groups removes the team', async () => {
        const r = await okta('DELETE', `/Groups/${ids.group}`);
        expectStatus(r, 204, 'DELETE group');
        assert.equal(teamById(await gh.exportOrg(), ids.group), undefined);
    });

    test(`pages through ${BULK_USERS}+ users with startIndex and count`, async () => {
        for (let i = 0; i < BULK_USERS; ++i) {
            const n = String(i).padStart(3, '0');
            const r = await okta('POST', '/Users', oktaUser(`user${n}@paging.example`, `User${n}`, 'Paging', `ext-${n}`));
            expectStatus(r, 201, `POST user ${n}`);
        }
        const org = await gh.exportOrg();
        const humans = org.accounts.filter((a) => a.type === 'human');
        const expectedIds = humans.map((a) => String(a.id)).sort();
        assert.ok(humans.length > 250);

        const seen = [];
        let startIndex = 1;
        let pages = 0;
        for (;;) {
            const r = await okta('GET', `/Users?startIndex=${startIndex}&count=100`);
            expectStatus(r, 200, `page at ${startIndex}`);
            validateList(r.body, validateUser, { startIndex });
            assert.equal(r.body.totalResults, humans.length, 'totalResults counts every human account');
            assert.ok(r.body.Resources.length <= 100);
            if (r.body.Resources.length === 0)
                break;
            seen.push(...r.body.Resources.map((u) => u.id));
            startIndex += r.body.Resources.length;
            ++pages;
            assert.ok(pages < 10, 'paging ends');
        }
        assert.equal(pages, Math.ceil(humans.length / 100));
        assert.equal(new Set(seen).size, seen.length, 'no user on two pages');
        assert.deepEqual([...seen].sort(), expectedIds, 'every human account once, no service account');

        // Filtered paging: only the paging users.
        const filtered = await gh.listAll('Users', { filter: 'userName ew "@paging.example"', count: 50 });
        assert.equal(filtered.totalResults, BULK_USERS);
        assert.equal(new Set(filtered.resources.map((u) => u.id)).size, BULK_USERS);
    });

    test('count=0 returns only the total; startIndex past the end returns no resources', async () => {
        let r = await okta('GET', '/Users?count=0');
        expectStatus(r, 200, 'count=0');
        validateList(r.body, validateUser);
        assert.ok(r.body.totalResults > 250);
        assert.equal((r.body.Resources ?? []).length, 0);

        r = await okta('GET', '/Users?startIndex=100000&count=10');
        expectStatus(r, 200, 'startIndex past the end');
        validateList(r.body, validateUser, { startIndex: 100000 });
        assert.equal((r.body.Resources ?? []).length, 0);

        // RFC 7644 §3.4.2.4: a startIndex below 1 is taken as 1, a negative count as 0.
        r = await okta('GET', '/Users?startIndex=0&count=5');
        expectStatus(r, 200, 'startIndex=0');
        validateList(r.body, validateUser, { startIndex: 1 });
        assert.equal(r.body.Resources.length, 5);
        r = await okta('GET', '/Users?count=-3');
        expectStatus(r, 200, 'count=-3');
        assert.equal((r.body.Resources ?? []).length, 0);
    });

    test('the Public team and the existing teams are as imported', async () => {
        const org = await gh.exportOrg();
        const pub = teamByName(org, 'Public');
        assert.equal(pub.permission, 'Reporter');
        assert.deepEqual(pub.members, []);
        assert.deepEqual(pub.datastores, [1]);
        assert.deepEqual(teamByName(org, 'Finance').members, [2, 3, 5]);
    });
});
