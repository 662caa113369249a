// The OpenAPI 3 description of the HTTP API, served at /api/openapi.json.
import { EVENT_TYPES, MODALITIES } from '../export/query.js';
import { EXPORT_FORMATS } from '../export/index.js';

const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });

const eventFilters = [
  q('type', 'PLOVER event type; several separated by commas', { type: 'string', example: 'ASSAULT,COERCE' }),
  q('actor', 'entity id (exact) or part of an actor name (source, target or claimant)'),
  q('country', 'ISO 3166-1 alpha-3 of the source or target', { type: 'string', pattern: '^[A-Za-z]{3}$' }),
  q('place', 'location entity id (exact) or part of the place name'),
  q('from', 'first date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)'),
  q('to', 'last date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)'),
  q('modality', `one or more of ${MODALITIES.join(', ')}, separated by commas`),
  q('text', 'full-text query (Arabic normalised and stemmed): events of matching documents only'),
  q('doc', 'only the events of this document id'),
];
const paging = (max: number) => [q('limit', `page size (1-${max})`, { type: 'integer', minimum: 1, maximum: max }), q('offset', 'rows to skip', { type: 'integer', minimum: 0 })];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const page = (item: unknown) => ({
  type: 'object',
  properties: { items: { type: 'array', items: item }, limit: { type: 'integer' }, offset: { type: 'integer' }, next_offset: { type: ['integer', 'null'] } },
});
const error = json(ref('Error'), 'Error');

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Rasad API',
    version: '0.1.0',
    description:
      'Arabic news reports coded into conflict events (PLOVER types, CAMEO codes), with every fact traced to its sentence. ' +
      'Documents follow the output contract (shared/spec/OUTPUT.md). Write endpoints need a bearer token when one is configured, ' +
      'and always when the server is bound to a non-loopback address.',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { token: { type: 'http', scheme: 'bearer', description: '--token or RASAD_TOKEN' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
      DocumentSummary: {
        type: 'object',
        properties: {
          id: { type: 'string' }, input: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] },
          url: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, language: { type: 'string' },
          events: { type: 'integer' }, entities: { type: 'integer' },
        },
      },
      Doc: { type: 'object', description: 'The full analysis: text, sentences, entities, times, quantities, quotes, events (OUTPUT.md)' },
      Actor: {
        type: ['object', 'null'],
        properties: { entity: { type: ['string', 'null'] }, name_en: { type: ['string', 'null'] }, country: { type: ['string', 'null'] }, sector: { type: ['string', 'null'] } },
      },
      Event: {
        type: 'object',
        properties: {
          event_id: { type: 'string', description: 'doc_id:idx' },
          doc_id: { type: 'string' },
          idx: { type: 'integer' },
          type: { type: 'string', enum: EVENT_TYPES },
          mode: { type: ['string', 'null'] },
          cameo: { type: 'string' },
          quad: { type: 'string', enum: ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] },
          intensity: { type: 'number' },
          source: ref('Actor'),
          target: ref('Actor'),
          location: { type: ['object', 'null'] },
          date: { type: ['string', 'null'] },
          modality: { type: 'string', enum: MODALITIES },
          claimed_by: { type: ['string', 'null'] },
          numbers: { type: 'array', items: { type: 'object' } },
          summary_en: { type: 'string' },
          evidence: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
          confidence: { type: 'number' },
          evidence_text: { type: 'string', description: 'with=text only' },
          doc_title: { type: ['string', 'null'], description: 'with=text only' },
          doc_published: { type: ['string', 'null'], description: 'with=text only' },
          doc_outlet: { type: ['string', 'null'], description: 'with=text only' },
          names_ar: { type: 'object', description: 'with=text only: Arabic names of source, target and location from the document' },
        },
      },
      Entity: {
        type: 'object',
        properties: {
          id: { type: 'string' }, type: { type: 'string' }, name_en: { type: 'string' }, name_ar: { type: 'string' },
          country: { type: ['string', 'null'] }, geo: { type: ['object', 'null'] }, documents: { type: 'integer' }, mentions: { type: 'integer' },
        },
      },
      Party: {
        type: 'object',
        description: 'Who claims, denies or reports: an entity id, name:<name>, or outlet:<outlet>; up to 5 of its events in the row',
        properties: {
          key: { type: 'string' }, name: { type: 'string' }, name_ar: { type: ['string', 'null'] }, country: { type: ['string', 'null'] },
          events: { type: 'array', items: { type: 'object' } }, event_count: { type: 'integer' },
        },
      },
      ClaimRow: {
        type: 'object',
        description: 'One type+target+date cluster: who claims, who denies, who reports; denials paired with the claims they answer',
        properties: {
          id: { type: 'string' }, type: { type: 'string' }, target: { type: ['object', 'null'] },
          date_from: { type: ['string', 'null'] }, date_to: { type: ['string', 'null'] },
          claims: { type: 'array', items: ref('Party') }, denials: { type: 'array', items: ref('Party') },
          reports: { type: 'array', items: ref('Party') }, pairs: { type: 'array', items: { type: 'object' }, description: 'up to 10' }, pair_count: { type: 'integer' },
          contested: { type: 'boolean' }, events: { type: 'integer' },
        },
      },
      Network: {
        type: 'object',
        properties: {
          nodes: { type: 'array', items: { type: 'object' } },
          edges: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                source: { type: 'string' }, target: { type: 'string' }, count: { type: 'integer' }, mean_intensity: { type: 'number' },
                cooperation: { type: 'object' }, conflict: { type: 'object' }, types: { type: 'object' }, events: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    '/api/stats': { get: { summary: 'What the store holds', responses: { 200: json({ type: 'object' }) } } },
    '/api/documents': {
      get: { summary: 'Documents, newest first', parameters: paging(500), responses: { 200: json(page(ref('DocumentSummary'))) } },
      post: {
        summary: 'Analyse a document and store it',
        security: [{ token: [] }],
        requestBody: {
          required: true,
          description: 'At most 2 MB.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { title: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' } },
              },
            },
            'text/plain': { schema: { type: 'string', description: 'first line is the title' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        responses: {
          201: json({ type: 'object', properties: { id: { type: 'string' }, added: { type: 'boolean' }, counts: { type: 'object' } } }, 'Stored'),
          200: json({ type: 'object' }, 'Already stored (same content)'),
          202: json({ type: 'object', properties: { job: { type: 'string' }, status: { type: 'string' }, status_url: { type: 'string' } } }, 'Still being analysed (in a worker thread): poll status_url'),
          400: error, 401: error, 403: error, 413: error, 415: error, 422: error,
        },
      },
    },
    '/api/jobs/{id}': {
      get: {
        summary: 'The outcome of a posted document',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: json({ type: 'object', properties: { job: { type: 'string' }, status: { type: 'string', enum: ['analysing', 'done', 'failed'] }, http_status: { type: 'integer' }, result: { type: 'object' } } }),
          404: error,
        },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'One document with all its annotations',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: json(ref('Doc')), 404: error },
      },
    },
    '/api/events': {
      get: {
        summary: 'Events matching the filters',
        parameters: [...eventFilters, q('with', '"text": add evidence_text, doc_title, doc_published, doc_outlet, names_ar'), ...paging(5000)],
        responses: { 200: json(page(ref('Event'))), 400: error },
      },
    },
    '/api/entities': {
      get: {
        summary: 'Entities aggregated across documents',
        parameters: [q('type', 'PERSON, ORG, COUNTRY, PLACE, GROUP or MEDIA'), q('q', 'part of the English or Arabic name'), ...paging(5000)],
        responses: { 200: json(page(ref('Entity'))) },
      },
    },
    '/api/claims': {
      get: {
        summary: 'The claims board: who claims, denies and reports each event cluster',
        parameters: [...eventFilters, q('window', 'days between a claim and its denial (default 3)', { type: 'integer' }), ...paging(1000)],
        responses: { 200: json(page(ref('ClaimRow'))), 400: error },
      },
    },
    '/api/network': {
      get: {
        summary: 'Actor-to-actor edges weighted by event counts and mean intensity, split cooperation/conflict',
        parameters: eventFilters,
        responses: { 200: json(ref('Network')), 400: error },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text Arabic search over documents',
        parameters: [{ ...q('q', 'query'), required: true }, q('limit', 'hits (1-100)', { type: 'integer' })],
        responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, items: { type: 'array', items: { type: 'object' } } } }) },
      },
    },
    '/api/export/{format}': {
      get: {
        summary: 'Download the matching events as JSONL, GDELT-style TSV, ACLED-style CSV, PLOVER JSONL or GeoJSON',
        parameters: [{ name: 'format', in: 'path', required: true, schema: { type: 'string', enum: EXPORT_FORMATS } }, ...eventFilters, q('limit', 'most events', { type: 'integer' })],
        responses: { 200: { description: 'A file (Content-Disposition: attachment)' }, 400: error, 404: error },
      },
    },
    '/api/stories': { get: { summary: 'Stories across the documents, with their timelines, event counts and the syndicated copies', parameters: paging(1000), responses: { 200: json(page({ type: 'object' })) } } },
  },
} as const;
