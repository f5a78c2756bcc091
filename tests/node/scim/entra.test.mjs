// SPDX-License-Identifier: GPL-3.0-or-later
//
// Microsoft Entra ID-like provisioning against `gatehousectl serve`: the requests Entra's
// SCIM client sends, in its order (look up by userName, create with externalId and the
// enterprise extension, PATCH with capitalised "Replace" and "False" strings, group create,
// member Add/Remove, lookup by displayName, DELETE), checking the database with
// `gatehousectl export` after each phase.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Gatehouse, SCHEMA, accountByEmail, accountById, filterQuery, patchOp, teamById, teamByName,
         teamsOf } from './harness.mjs';
import { validateError, validateGroup, validateList, validateUser, checkScimContentType } from './validate.mjs';

const ADELE = 'adele.vance@contoso.example';
const GRADY = 'grady.archie@contoso.example';

function expectStatus(reply, status, what) {
    assert.equal(reply.status, status, `${what}: ${reply.describe()}`);
}

// PATCH may answer 200 with the resource or 204 without a body (RFC 7644 §3.5.2).
function expectPatched(reply, validate, what) {
    assert.ok(reply.status === 200 || reply.status === 204, `${what}: ${reply.describe()}`);
    if (reply.status === 200)
        validate(reply.body, what);
}

function entraUser(userName, externalId, given, family, extra = {}) {
    return {
        schemas: [SCHEMA.user, SCHEMA.enterprise],
        externalId,
        userName,
        active: true,
        displayName: `${given} ${family}`,
        emails: [{ primary: true, type: 'work', value: userName }],
        meta: { resourceType: 'User' },
        name: { formatted: `${given} ${family}`, familyName: family, givenName: given },
        roles: [],
        [SCHEMA.enterprise]: { employeeNumber: '701984', department: 'Sales', costCenter: '4130',
                               organization: 'Contoso', division: 'EMEA' },
        ...extra,
    };
}

describe('Entra-like SCIM client', () => {
    let gh;
    let publicBefore;
    const ids = {};

    before(async () => {
        gh = await Gatehouse.start();
        publicBefore = teamByName(await gh.exportOrg(), 'Public');
    });
    after(async () => { await gh?.stop(); });

    test('looks a new user up by userName and finds nothing', async () => {
        const r = await gh.scim('GET', `/Users${filterQuery(`userName eq "${ADELE}"`)}`);
        expectStatus(r, 200, 'GET /Users?filter');
        checkScimContentType(r);
        validateList(r.body, validateUser, { startIndex: 1 });
        assert.equal(r.body.totalResults, 0);
        assert.deepEqual(r.body.Resources ?? [], []);
    });

    test('creates the user with externalId and enterprise fields: a Member in Public only', async () => {
        const r = await gh.scim('POST', '/Users',
                                entraUser(ADELE, '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef', 'Adele', 'Vance'));
        expectStatus(r, 201, 'POST /Users');
        checkScimContentType(r);
        validateUser(r.body);
        assert.equal(r.body.userName.toLowerCase(), ADELE);
        assert.equal(r.body.externalId, '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef');
        assert.equal(r.body.active, true);
        assert.equal(r.body.displayName, 'Adele Vance');
        assert.ok(r.header('location')?.endsWith(`/scim/v2/Users/${r.body.id}`),
                  `Location header ${r.header('location')}`);
        assert.equal(r.header('etag'), r.body.meta.version, 'ETag header equals meta.version');
        ids.adele = r.body.id;

        const org = await gh.exportOrg();
        const a = accountByEmail(org, ADELE);
        assert.ok(a, 'the account is in the database');
        assert.equal(String(a.id), ids.adele);
        assert.equal(a.type, 'human');
        assert.equal(a.role, 'Member');
        assert.equal(a.active, true);
        assert.equal(a.subject, null, 'pre-provisioned: no subject until the first sign-in');
        assert.equal(a.name, 'Adele Vance');
        assert.equal(a.external_id, '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef');
        assert.equal(a.last_active, null);
        assert.deepEqual(teamsOf(org, a.id), [], 'in Public only');
    });

    test('finds the user by userName (ignoring case) and by externalId', async () => {
        let r = await gh.scim('GET', `/Users${filterQuery(`userName eq "${ADELE.toUpperCase()}"`)}`);
        expectStatus(r, 200, 'GET by userName');
        validateList(r.body, validateUser);
        assert.equal(r.body.totalResults, 1);
        assert.equal(r.body.Resources[0].id, ids.adele);

        r = await gh.scim('GET', `/Users${filterQuery('externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')}`);
        expectStatus(r, 200, 'GET by externalId');
        assert.equal(r.body.totalResults, 1);
        assert.equal(r.body.Resources[0].id, ids.adele);

        r = await gh.scim('GET', `/Users/${ids.adele}`);
        expectStatus(r, 200, 'GET /Users/id');
        validateUser(r.body);
        assert.equal(r.header('etag'), r.body.meta.version);
    });

    test('a second create with the same userName is a uniqueness conflict', async () => {
        const r = await gh.scim('POST', '/Users', entraUser(ADELE.toUpperCase(), 'other-object-id', 'Adele', 'Two'));
        validateError(r, 409, 'uniqueness', 'POST duplicate userName');
        const org = await gh.exportOrg();
        assert.equal(org.accounts.filter((a) => a.email?.toLowerCase() === ADELE).length, 1);
    });

    test('matches an account that already exists in Gatehouse by userName', async () => {
        const r = await gh.scim('GET', `/Users${filterQuery('userName eq "erin.existing@example.com"')}`);
        expectStatus(r, 200, 'GET existing');
        validateList(r.body, validateUser);
        assert.equal(r.body.totalResults, 1);
        assert.equal(r.body.Resources[0].id, '2');
        assert.equal(r.body.Resources[0].externalId, 'ext-erin');
        assert.deepEqual(r.body.Resources[0].groups?.map((g) => g.display), ['Finance']);
    });

    test('PATCH with "Replace" operations updates name, e-mail and externalId', async () => {
        const r = await gh.scim('PATCH', `/Users/${ids.adele}`, patchOp(
            { op: 'Replace', path: 'displayName', value: 'Adele Vance-Smith' },
            { op: 'Replace', path: 'externalId', value: 'f5d1b9e4-entra-object' },
            { op: 'Replace', path: 'userName', value: 'adele.vance-smith@contoso.example' },
            { op: 'Replace', path: 'emails[type eq "work"].value', value: 'adele.vance-smith@contoso.example' },
            { op: 'Replace', path: `${SCHEMA.enterprise}:department`, value: 'Marketing' },
        ));
        expectPatched(r, validateUser, 'PATCH Replace');
        const org = await gh.exportOrg();
        const a = accountById(org, ids.adele);
        assert.equal(a.name, 'Adele Vance-Smith');
        assert.equal(a.email.toLowerCase(), 'adele.vance-smith@contoso.example');
        assert.equal(a.external_id, 'f5d1b9e4-entra-object');
        assert.equal(a.active, true);
        assert.equal(a.role, 'Member');

        const g = await gh.scim('GET', `/Users/${ids.adele}`);
        validateUser(g.body);
        assert.equal(g.body.userName.toLowerCase(), 'adele.vance-smith@contoso.example');
        assert.deepEqual(g.body.emails.map((e) => e.value.toLowerCase()), ['adele.vance-smith@contoso.example']);
    });

    test('PATCH of attributes in Entra\'s default mappings that Gatehouse does not keep succeeds', async () => {
        const before = accountById(await gh.exportOrg(), ids.adele);
        const r = await gh.scim('PATCH', `/Users/${ids.adele}`, patchOp(
            { op: 'Add', path: 'title', value: 'Sales Lead' },
            { op: 'Add', path: 'preferredLanguage', value: 'en-GB' },
            { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+44 20 7946 0000' },
            { op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '+44 7700 900000' },
            { op: 'Add', path: 'addresses[type eq "work"].locality', value: 'London' },
            { op: 'Add', path: 'addresses[type eq "work"].country', value: 'GB' },
            { op: 'Replace', path: `${SCHEMA.enterprise}:employeeNumber`, value: '701985' },
            { op: 'Add', path: `${SCHEMA.enterprise}:manager`, value: '2' },
        ));
        expectPatched(r, validateUser, 'PATCH unmapped attributes');
        assert.deepEqual(accountById(await gh.exportOrg(), ids.adele), before, 'nothing Gatehouse keeps changed');
    });

    test('PATCH name.givenName replaces the first word of the name', async () => {
        const r = await gh.scim('PATCH', `/Users/${ids.adele}`, patchOp(
            { op: 'Replace', path: 'name.givenName', value: 'Adela' }));
        expectPatched(r, validateUser, 'PATCH name.givenName');
        const a = accountById(await gh.exportOrg(), ids.adele);
        assert.equal(a.name, 'Adela Vance-Smith');
    });

    test('PATCH active "False" deactivates, "True" reactivates', async () => {
        let r = await gh.scim('PATCH', `/Users/${ids.adele}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }));
        expectPatched(r, validateUser, 'PATCH active False');
        if (r.status === 200)
            assert.equal(r.body.active, false);
        let a = accountById(await gh.exportOrg(), ids.adele);
        assert.equal(a.active, false, 'deactivated in the database');
        assert.equal(a.role, 'Member', 'deactivation keeps the role');

        r = await gh.scim('GET', `/Users/${ids.adele}`);
        assert.equal(r.body.active, false);

        r = await gh.scim('PATCH', `/Users/${ids.adele}`, patchOp({ op: 'Replace', path: 'active', value: 'True' }));
        expectPatched(r, validateUser, 'PATCH active True');
        a = accountById(await gh.exportOrg(), ids.adele);
        assert.equal(a.active, true, 'reactivated');
    });

    test('creates a second user with no displayName (name parts only)', async () => {
        const body = entraUser(GRADY, '5b4e-grady', 'Grady', 'Archie');
        delete body.displayName;
        const r = await gh.scim('POST', '/Users', body);
        expectStatus(r, 201, 'POST Grady');
        validateUser(r.body);
        ids.grady = r.body.id;
        const a = accountByEmail(await gh.exportOrg(), GRADY);
        assert.equal(a.name, 'Grady Archie');
        assert.equal(a.role, 'Member');
    });

    test('creates a group: a team at Reporter with no datastores and no members', async () => {
        const r = await gh.scim('POST', '/Groups', {
            schemas: [SCHEMA.group], externalId: 'f0c1e1a4-group', displayName: 'Sales Analysts', members: [],
        });
        expectStatus(r, 201, 'POST /Groups');
        checkScimContentType(r);
        validateGroup(r.body);
        assert.equal(r.body.displayName, 'Sales Analysts');
        assert.ok(r.header('location')?.endsWith(`/scim/v2/Groups/${r.body.id}`));
        ids.group = r.body.id;

        const t = teamById(await gh.exportOrg(), ids.group);
        assert.ok(t, 'the team exists');
        assert.equal(t.name, 'Sales Analysts');
        assert.equal(t.permission, 'Reporter');
        assert.equal(t.public, false);
        assert.deepEqual(t.datastores, []);
        assert.deepEqual(t.members, []);
    });

    test('finds the group by displayName ignoring case, members excluded', async () => {
        const r = await gh.scim('GET', `/Groups${filterQuery('displayName eq "sales analysts"', { excludedAttributes: 'members' })}`);
        expectStatus(r, 200, 'GET /Groups?filter');
        validateList(r.body, validateGroup);
        assert.equal(r.body.totalResults, 1);
        assert.equal(r.body.Resources[0].id, ids.group);
        assert.equal(r.body.Resources[0].members, undefined, 'excludedAttributes=members');

        const none = await gh.scim('GET', `/Groups${filterQuery('displayName eq "Nobody Here"')}`);
        expectStatus(none, 200, 'GET unknown group');
        assert.equal(none.body.totalResults, 0);
    });

    test('PATCH "Add" members', async () => {
        const r = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Add', path: 'members', value: [{ value: ids.adele }, { value: ids.grady }] }));
        expectPatched(r, validateGroup, 'PATCH Add members');
        const org = await gh.exportOrg();
        assert.deepEqual(teamById(org, ids.group).members, [Number(ids.adele), Number(ids.grady)].sort((a, b) => a - b));
        assert.deepEqual(teamsOf(org, ids.adele), ['Sales Analysts']);

        const u = await gh.scim('GET', `/Users/${ids.adele}`);
        validateUser(u.body);
        assert.deepEqual(u.body.groups.map((g) => g.value), [ids.group]);

        // Adding a member again changes nothing.
        const again = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Add', path: 'members', value: [{ value: ids.adele }] }));
        expectPatched(again, validateGroup, 'PATCH Add existing member');
        assert.equal(teamById(await gh.exportOrg(), ids.group).members.length, 2);
    });

    test('PATCH "Remove" a member with a value filter path', async () => {
        const r = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Remove', path: `members[value eq "${ids.grady}"]` }));
        expectPatched(r, validateGroup, 'PATCH Remove members[value eq]');
        const org = await gh.exportOrg();
        assert.deepEqual(teamById(org, ids.group).members, [Number(ids.adele)]);
        assert.deepEqual(teamsOf(org, ids.grady), []);
        assert.equal(accountById(org, ids.grady).active, true, 'leaving a team does not deactivate');
    });

    test('PATCH "Remove" members listed in value, as Entra sends it', async () => {
        let r = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Add', path: 'members', value: [{ value: ids.grady }, { value: '2' }] }));
        expectPatched(r, validateGroup, 'PATCH Add two');
        r = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Remove', path: 'members', value: [{ value: ids.adele }, { value: '2' }] }));
        expectPatched(r, validateGroup, 'PATCH Remove with value');
        const org = await gh.exportOrg();
        assert.deepEqual(teamById(org, ids.group).members, [Number(ids.grady)]);
        assert.deepEqual(teamsOf(org, 2), ['Finance'], 'Erin keeps her other team');
    });

    test('PATCH "Replace" displayName renames the team', async () => {
        const r = await gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Replace', path: 'displayName', value: 'Sales & Marketing Analysts' }));
        expectPatched(r, validateGroup, 'PATCH rename');
        const t = teamById(await gh.exportOrg(), ids.group);
        assert.equal(t.name, 'Sales & Marketing Analysts');
        assert.equal(t.permission, 'Reporter', 'the level is not SCIM\'s to change');
        assert.deepEqual(t.members, [Number(ids.grady)]);
    });

    test('a user created with a userName that is not an e-mail is found by that userName, or refused', async () => {
        // Entra's SCIM validator sends generated userNames with the e-mail in emails.
        const userName = 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1';
        const body = entraUser(userName, 'obj-test-user', 'Test', 'User');
        body.emails = [{ primary: true, type: 'work', value: 'test_user_fd0ea19b@testuser.example' }];
        const r = await gh.scim('POST', '/Users', body);
        if (r.status === 400) {
            validateError(r, 400, 'invalidValue', 'userName that is not an e-mail');
            assert.equal(accountByEmail(await gh.exportOrg(), 'test_user_fd0ea19b@testuser.example'), undefined);
            return;
        }
        expectStatus(r, 201, 'POST with a userName that is not an e-mail');
        assert.equal(r.body.userName, userName, 'the userName the client chose is kept');
        const found = await gh.scim('GET', `/Users${filterQuery(`userName eq "${userName}"`)}`);
        expectStatus(found, 200, 'lookup by that userName');
        assert.equal(found.body.totalResults, 1, 'the client finds the user it created, or it creates it again and again');
    });

    test('parallel workers adding members to one group lose none', async () => {
        // Entra provisions with several requests in flight at once.
        const created = await Promise.all(Array.from({ length: 12 }, (_, i) =>
            gh.scim('POST', '/Users', entraUser(`worker${i}@contoso.example`, `obj-worker-${i}`, 'Worker', `Number${i}`))));
        for (const r of created)
            expectStatus(r, 201, 'parallel POST /Users');
        const workerIds = created.map((r) => r.body.id);
        const patches = await Promise.all(workerIds.map((id) => gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Add', path: 'members', value: [{ value: id }] }))));
        for (const r of patches)
            assert.ok(r.status === 200 || r.status === 204, `parallel PATCH Add: ${r.describe()}`);
        const members = teamById(await gh.exportOrg(), ids.group).members;
        for (const id of workerIds)
            assert.ok(members.includes(Number(id)), `member ${id} was lost; members ${members}`);
        const removed = await Promise.all(workerIds.map((id) => gh.scim('PATCH', `/Groups/${ids.group}`, patchOp(
            { op: 'Remove', path: `members[value eq "${id}"]` }))));
        for (const r of removed)
            assert.ok(r.status === 200 || r.status === 204, `parallel PATCH Remove: ${r.describe()}`);
        assert.deepEqual(teamById(await gh.exportOrg(), ids.group).members, [Number(ids.grady)]);
    });

    test('parallel creates of the same user: one account, the others 409', async () => {
        const replies = await Promise.all(Array.from({ length: 6 }, () =>
            gh.scim('POST', '/Users', entraUser('race.condition@contoso.example', 'obj-race', 'Race', 'Condition'))));
        const statuses = replies.map((r) => r.status).sort();
        assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409], replies.map((r) => r.describe()).join('\n'));
        for (const r of replies.filter((x) => x.status === 409))
            validateError(r, 409, 'uniqueness', 'parallel duplicate');
        const org = await gh.exportOrg();
        assert.equal(org.accounts.filter((a) => a.email?.toLowerCase() === 'race.condition@contoso.example').length, 1);
    });

    test('an app role assignment sets the Gatehouse role', async () => {
        const r = await gh.scim('POST', '/Users', entraUser('maya.manager@contoso.example', 'obj-maya', 'Maya', 'Manager', {
            roles: [{ primary: true, type: 'WindowsAzureActiveDirectoryRole', value: 'Manager' }] }));
        expectStatus(r, 201, 'POST with a role');
        validateUser(r.body);
        assert.deepEqual(r.body.roles.map((x) => x.value), ['Manager']);
        assert.equal(accountByEmail(await gh.exportOrg(), 'maya.manager@contoso.example').role, 'Manager');
    });

    test('a deactivated account is found by userName and reactivated, not created again', async () => {
        const found = await gh.scim('GET', `/Users${filterQuery('userName eq "gus.gone@example.com"')}`);
        expectStatus(found, 200, 'GET deactivated');
        assert.equal(found.body.totalResults, 1);
        const gus = found.body.Resources[0];
        assert.equal(gus.active, false);
        const dup = await gh.scim('POST', '/Users', entraUser('gus.gone@example.com', 'obj-gus', 'Gus', 'Gone'));
        validateError(dup, 409, 'uniqueness', 'POST over a deactivated account');
        const r = await gh.scim('PATCH', `/Users/${gus.id}`, patchOp(
            { op: 'Replace', path: 'active', value: 'True' }, { op: 'Add', path: 'externalId', value: 'obj-gus' }));
        expectPatched(r, validateUser, 'reactivate');
        const a = accountById(await gh.exportOrg(), gus.id);
        assert.equal(a.active, true);
        assert.equal(a.subject, 'auth0|gone', 'the subject of a signed-in account stays');
        assert.equal(a.external_id, 'obj-gus');
    });

    test('DELETE /Users deactivates and keeps the account and its teams', async () => {
        const r = await gh.scim('DELETE', `/Users/${ids.grady}`);
        expectStatus(r, 204, 'DELETE /Users/id');
        assert.equal(r.text, '', '204 has no body');
        const org = await gh.exportOrg();
        const a = accountById(org, ids.grady);
        assert.ok(a, 'the account row stays');
        assert.equal(a.active, false);
        assert.equal(a.email.toLowerCase(), GRADY);
        assert.deepEqual(teamsOf(org, ids.grady), ['Sales & Marketing Analysts'], 'deactivation keeps teams');

        const g = await gh.scim('GET', `/Users/${ids.grady}`);
        assert.ok(g.status === 404 || (g.status === 200 && g.body.active === false),
                  `GET after DELETE: ${g.describe()}`);
    });

    test('DELETE /Groups deletes the team; the accounts stay', async () => {
        const r = await gh.scim('DELETE', `/Groups/${ids.group}`);
        expectStatus(r, 204, 'DELETE /Groups/id');
        const org = await gh.exportOrg();
        assert.equal(teamById(org, ids.group), undefined, 'the team is gone');
        assert.ok(accountById(org, ids.grady));
        assert.ok(accountById(org, ids.adele));

        const g = await gh.scim('GET', `/Groups/${ids.group}`);
        validateError(g, 404, undefined, 'GET deleted group');
    });

    test('the Public team was never touched', async () => {
        const org = await gh.exportOrg();
        assert.deepEqual(teamByName(org, 'Public'), publicBefore);
        const r = await gh.scim('GET', `/Groups${filterQuery('displayName eq "Public"')}`);
        expectStatus(r, 200, 'GET Public');
        assert.equal(r.body.totalResults, 0, 'Public is not a SCIM group');
        const all = await gh.listAll('Groups');
        assert.deepEqual(all.resources.map((g) => g.displayName), ['Finance']);
    });

    test('every SCIM change is in the history as the token owner', async () => {
        const history = JSON.parse(await gh.ctl('history', '--db', gh.dbUrl, '--format', 'json'));
        const scim = history.filter((h) => h.action === 'scim.sync');
        assert.ok(scim.length > 0, `no scim.sync record in ${[...new Set(history.map((h) => h.action))]}`);
        for (const h of scim)
            assert.match(String(h.actor), /local\|/, `scim.sync record acted by ${h.actor}`);
    });
});
