// SPDX-License-Identifier: GPL-3.0-or-later
//
// Validation of SCIM response bodies against scimmy's schema definitions (RFC 7643/7644).
// scimmy coerces a resource through its schema definition: wrong types, missing required
// attributes and wrong schema URNs throw. It silently drops attributes it does not know,
// so every validator here also refuses keys the schema does not declare, and attributes
// a response must never carry (returned "never", such as password).

import assert from 'node:assert/strict';
import SCIMMY from 'scimmy';

import { SCHEMA, SCIM_CONTENT_TYPE } from './harness.mjs';

// A User may carry the enterprise extension; Gatehouse need not send it.
SCIMMY.Schemas.User.extend(SCIMMY.Schemas.EnterpriseUser, false);

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const MULTI_VALUED_DEFAULTS = ['type', 'primary', 'display', 'value', '$ref'];

function attributeNamed(attributes, name) {
    return attributes.find((a) => a.name?.toLowerCase() === name.toLowerCase());
}

// Every key of `value` must be declared by `definition` (a SchemaDefinition) and be one a
// response may carry.
function checkKnownKeys(definition, value, where) {
    for (const [key, v] of Object.entries(value)) {
        if (key === 'schemas')
            continue;
        if (key.toLowerCase().startsWith('urn:')) {
            const ext = definition.attributes.find(
                (a) => a instanceof SCIMMY.Types.SchemaDefinition && a.id.toLowerCase() === key.toLowerCase());
            assert.ok(ext, `${where}: "${key}" is not a schema extension of ${definition.id}`);
            assert.ok(value.schemas?.includes(ext.id), `${where}: "${key}" is present but not listed in schemas`);
            assert.equal(typeof v, 'object', `${where}.${key} is not an object`);
            checkKnownKeys(ext, v, `${where}.${key}`);
            continue;
        }
        const attr = attributeNamed(definition.attributes.filter((a) => a instanceof SCIMMY.Types.Attribute), key);
        assert.ok(attr, `${where}: "${key}" is not an attribute of ${definition.id}`);
        checkAttribute(attr, v, `${where}.${key}`);
    }
}

function checkAttribute(attr, v, where) {
    const { returned, direction } = attr.config;
    assert.ok(returned !== false && returned !== 'never' && direction !== 'in',
              `${where}: a response must never return this attribute`);
    if (attr.type !== 'complex' || v === null || typeof v !== 'object')
        return;
    const items = attr.config.multiValued ? (Array.isArray(v) ? v : [v]) : [v];
    for (const [i, item] of items.entries()) {
        if (item === null || typeof item !== 'object')
            continue;
        for (const [key, sub] of Object.entries(item)) {
            const subAttr = attributeNamed(attr.subAttributes ?? [], key);
            // RFC 7643 §2.4: any multi-valued attribute may carry these sub-attributes.
            if (!subAttr && attr.config.multiValued && MULTI_VALUED_DEFAULTS.includes(key))
                continue;
            assert.ok(subAttr, `${where}[${i}]: "${key}" is not a sub-attribute of ${attr.name}`);
            checkAttribute(subAttr, sub, `${where}[${i}].${key}`);
        }
    }
    if (attr.config.multiValued && Array.isArray(v)) {
        const primaries = v.filter((item) => item?.primary === true).length;
        assert.ok(primaries <= 1, `${where}: ${primaries} values are primary; at most one may be`);
    }
}

function checkMeta(resource, resourceType, where) {
    const meta = resource.meta;
    assert.ok(meta && typeof meta === 'object', `${where}: meta is missing`);
    assert.equal(meta.resourceType, resourceType, `${where}: meta.resourceType`);
    for (const k of ['created', 'lastModified'])
        assert.match(String(meta[k]), RFC3339, `${where}: meta.${k} is not an RFC 3339 time`);
    assert.ok(typeof meta.location === 'string' && meta.location.endsWith(`/${resourceType}s/${resource.id}`),
              `${where}: meta.location ${meta.location} does not end with /${resourceType}s/${resource.id}`);
    assert.ok(/^(W\/)?"[^"]*"$/.test(meta.version ?? ''), `${where}: meta.version ${meta.version} is not an entity tag`);
}

function checkResource(schemaClass, resourceType, body, where) {
    assert.ok(body && typeof body === 'object' && !Array.isArray(body), `${where}: not a JSON object`);
    assert.ok(Array.isArray(body.schemas) && body.schemas.includes(schemaClass.id),
              `${where}: schemas ${JSON.stringify(body.schemas)} lacks ${schemaClass.id}`);
    assert.ok(typeof body.id === 'string' && body.id.length > 0, `${where}: id must be a non-empty string`);
    checkKnownKeys(schemaClass.definition, body, where);
    try {
        new schemaClass(body, 'out');
    } catch (e) {
        assert.fail(`${where}: scimmy refuses the ${resourceType}: ${e.message}\n${JSON.stringify(body)}`);
    }
    checkMeta(body, resourceType, where);
}

// partial: a resource limited by `attributes` (RFC 7644 §3.4.2.5): only id is sure to be
// there, so required attributes and meta may be missing.
export function validateUser(body, where = 'User', { partial = false } = {}) {
    if (partial) {
        checkPartial(SCIMMY.Schemas.User, body, where);
        return;
    }
    checkResource(SCIMMY.Schemas.User, 'User', body, where);
    assert.equal(typeof body.userName, 'string', `${where}: userName`);
    assert.ok(body.userName.length > 0, `${where}: userName is empty`);
    assert.equal(typeof body.active, 'boolean', `${where}: active must be a boolean`);
}

function checkPartial(schemaClass, body, where) {
    assert.ok(body && typeof body === 'object' && !Array.isArray(body), `${where}: not a JSON object`);
    assert.ok(Array.isArray(body.schemas) && body.schemas.includes(schemaClass.id), `${where}: schemas`);
    assert.ok(typeof body.id === 'string' && body.id.length > 0, `${where}: id is always returned`);
    checkKnownKeys(schemaClass.definition, body, where);
    const definition = new SCIMMY.Types.SchemaDefinition(schemaClass.definition.name, schemaClass.definition.id, '',
        schemaClass.definition.attributes.filter((a) => a instanceof SCIMMY.Types.Attribute
                                                        && !['id', 'externalId', 'meta'].includes(a.name))
            .map((a) => Object.assign(Object.create(Object.getPrototypeOf(a)), a,
                                      { config: { ...a.config, required: false } })));
    try {
        definition.coerce(body, 'out');
    } catch (e) {
        assert.fail(`${where}: scimmy refuses it: ${e.message}`);
    }
}

export function validateGroup(body, where = 'Group') {
    checkResource(SCIMMY.Schemas.Group, 'Group', body, where);
    assert.equal(typeof body.displayName, 'string', `${where}: displayName`);
    for (const [i, m] of (body.members ?? []).entries())
        assert.equal(typeof m.value, 'string', `${where}.members[${i}].value must be a string id`);
}

// A ListResponse; `item` validates each resource.
export function validateList(body, item, { startIndex } = {}, where = 'ListResponse') {
    assert.ok(body && typeof body === 'object', `${where}: not a JSON object`);
    assert.deepEqual(body.schemas, [SCHEMA.listResponse], `${where}: schemas`);
    try {
        new SCIMMY.Messages.ListResponse(body);
    } catch (e) {
        assert.fail(`${where}: scimmy refuses the ListResponse: ${e.message}`);
    }
    for (const k of ['totalResults', 'startIndex', 'itemsPerPage'])
        assert.ok(Number.isInteger(body[k]) && body[k] >= 0, `${where}: ${k} = ${body[k]} is not a non-negative integer`);
    const resources = body.Resources ?? [];
    assert.ok(Array.isArray(resources), `${where}: Resources is not an array`);
    assert.ok(body.totalResults >= resources.length, `${where}: totalResults ${body.totalResults} < ${resources.length} resources`);
    assert.equal(body.itemsPerPage, resources.length, `${where}: itemsPerPage must be the number of resources returned`);
    if (startIndex !== undefined)
        assert.equal(body.startIndex, startIndex, `${where}: startIndex`);
    for (const key of Object.keys(body))
        assert.ok(['schemas', 'totalResults', 'startIndex', 'itemsPerPage', 'Resources'].includes(key),
                  `${where}: unexpected key "${key}"`);
    resources.forEach((r, i) => item(r, `${where}.Resources[${i}]`));
}

// A SCIM error (RFC 7644 §3.12) answering with `status`; scimType when given.
export function validateError(reply, status, scimType, where = 'Error') {
    assert.equal(reply.status, status, `${where}: expected HTTP ${status}, got ${reply.describe()}`);
    assert.ok(reply.body && typeof reply.body === 'object',
              `${where}: an error must have a SCIM error body, got ${reply.describe()}`);
    validateErrorBody(reply.body, status, scimType, where);
    checkScimContentType(reply, where);
}

// The body of a SCIM error (also the "response" of a failed Bulk operation).
export function validateErrorBody(body, status, scimType, where = 'Error') {
    const text = JSON.stringify(body);
    assert.ok(body && typeof body === 'object', `${where}: not a JSON object: ${text}`);
    assert.deepEqual(body.schemas, [SCHEMA.error], `${where}: schemas`);
    assert.equal(typeof body.status, 'string', `${where}: status must be a string ("${status}")`);
    assert.equal(body.status, String(status), `${where}: status`);
    try {
        new SCIMMY.Messages.Error({ status: Number(body.status), scimType: body.scimType, detail: body.detail });
    } catch (e) {
        assert.fail(`${where}: scimmy refuses the error: ${e.message}: ${text}`);
    }
    if (scimType !== undefined)
        assert.equal(body.scimType, scimType, `${where}: scimType in ${text}`);
    for (const key of Object.keys(body))
        assert.ok(['schemas', 'status', 'scimType', 'detail'].includes(key), `${where}: unexpected key "${key}"`);
}

export function checkScimContentType(reply, where = 'reply') {
    const ct = reply.header('content-type') ?? '';
    assert.ok(ct.split(';')[0].trim().toLowerCase() === SCIM_CONTENT_TYPE,
              `${where}: Content-Type "${ct}" is not ${SCIM_CONTENT_TYPE}`);
}

export function validateServiceProviderConfig(body, where = 'ServiceProviderConfig') {
    assert.ok(Array.isArray(body?.schemas) && body.schemas.includes(SCHEMA.serviceProviderConfig),
              `${where}: schemas`);
    checkKnownKeys(SCIMMY.Schemas.ServiceProviderConfig.definition, body, where);
    try {
        new SCIMMY.Schemas.ServiceProviderConfig(body);
    } catch (e) {
        assert.fail(`${where}: scimmy refuses it: ${e.message}`);
    }
}

export function validateResourceType(body, where = 'ResourceType') {
    assert.ok(Array.isArray(body?.schemas) && body.schemas.includes(SCHEMA.resourceType), `${where}: schemas`);
    checkKnownKeys(SCIMMY.Schemas.ResourceType.definition, body, where);
    try {
        new SCIMMY.Schemas.ResourceType(body);
    } catch (e) {
        assert.fail(`${where}: scimmy refuses it: ${e.message}`);
    }
}

// RFC 7643 §7: the schema that describes schemas, built from scimmy's attribute types.
const A = SCIMMY.Types.Attribute;
const characteristics = () => [
    new A('string', 'name', { required: true, caseExact: true }),
    new A('string', 'type', { required: true,
        canonicalValues: ['string', 'boolean', 'decimal', 'integer', 'dateTime', 'reference', 'complex', 'binary'] }),
    new A('boolean', 'multiValued', { required: true }),
    new A('string', 'description'),
    new A('boolean', 'required', { required: true }),
    new A('string', 'canonicalValues', { multiValued: true }),
    new A('boolean', 'caseExact'),
    new A('string', 'mutability', { canonicalValues: ['readOnly', 'readWrite', 'immutable', 'writeOnly'] }),
    new A('string', 'returned', { canonicalValues: ['always', 'never', 'default', 'request'] }),
    new A('string', 'uniqueness', { canonicalValues: ['none', 'server', 'global'] }),
    new A('string', 'referenceTypes', { multiValued: true }),
];
const schemaSchema = new SCIMMY.Types.SchemaDefinition('Schema', SCHEMA.schema, 'RFC 7643 section 7', [
    new A('string', 'name'),
    new A('string', 'description'),
    new A('complex', 'attributes', { required: true, multiValued: true }, [
        ...characteristics(),
        new A('complex', 'subAttributes', { multiValued: true }, characteristics()),
    ]),
]);
// A schema's id is its URN, not a server id: let the definition accept any string id.
Object.assign(schemaSchema.attribute('id').config, { shadow: false, required: true, direction: 'both', returned: true });

// One schema representation from /Schemas; `reference` is scimmy's definition of the same
// schema (when scimmy has one): every attribute both declare must agree on type and
// plurality, and the server must declare the attributes scimmy marks required.
export function validateSchemaResource(body, where = 'Schema') {
    assert.ok(Array.isArray(body?.schemas) && body.schemas.includes(SCHEMA.schema), `${where}: schemas`);
    checkKnownKeys(schemaSchema, body, where);
    try {
        schemaSchema.coerce(body, 'out');
    } catch (e) {
        assert.fail(`${where}: not a valid schema representation: ${e.message}`);
    }
    const reference = {
        [SCHEMA.user]: SCIMMY.Schemas.User.definition,
        [SCHEMA.group]: SCIMMY.Schemas.Group.definition,
        [SCHEMA.enterprise]: SCIMMY.Schemas.EnterpriseUser.definition,
    }[body.id];
    if (!reference)
        return;
    const described = JSON.parse(JSON.stringify(reference.describe())).attributes;
    const compare = (mine, theirs, path) => {
        for (const attr of mine) {
            const ref = theirs.find((r) => r.name.toLowerCase() === attr.name.toLowerCase());
            if (!ref)
                continue;
            assert.equal(attr.type, ref.type, `${where}: ${path}${attr.name} type`);
            assert.equal(attr.multiValued, ref.multiValued, `${where}: ${path}${attr.name} multiValued`);
            if (attr.subAttributes && ref.subAttributes)
                compare(attr.subAttributes, ref.subAttributes, `${path}${attr.name}.`);
        }
    };
    compare(body.attributes, described, '');
    for (const ref of described.filter((r) => r.required))
        assert.ok(body.attributes.some((a) => a.name.toLowerCase() === ref.name.toLowerCase()),
                  `${where}: the required attribute ${ref.name} is not declared`);
    assert.equal(body.meta?.resourceType, 'Schema', `${where}: meta.resourceType`);
}
