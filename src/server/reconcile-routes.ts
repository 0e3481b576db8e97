/**
 * The W3C Entity Reconciliation API (version 0.2), the protocol OpenRefine speaks, at
 * /reconcile: the service manifest (GET without `queries`), batches of queries (GET or POST,
 * `queries` as a form field, a query parameter or a JSON body's field), entity preview, and
 * suggest for entities, types and properties. Queries run on the API's search through the
 * same database gate as every other request; bad input is a 400 naming its place before any
 * database work.
 */
import express, { Express, Request, Response } from 'express';
import { ErrorCode } from '../api-errors';
import { cypher } from '../db/cypher-files';
import { Database } from '../db/database';
import { KIND_LABEL, EntityKind } from '../domain/vocabulary';
import { escapeXml } from '../export/xml';
import {
  MAX_QUERY_TEXT,
  MAX_RESULTS_PER_QUERY,
  parseQueryBatch,
  ReconcileInputError,
} from '../reconcile/reconcile-queries';
import { reconcile, searchCandidates } from '../reconcile/reconcile-service';
import { RECONCILE_PROPERTIES, RECONCILE_TYPES, reconcileType } from '../reconcile/reconcile-vocabulary';
import { PAGE_SECURITY_HEADERS } from './web-pages';
import { sendJsonError, sendRouteFailure } from './route-errors';

const SUGGEST_LIMIT = 10;

/** Where this server is reached, as the client named it: identifiers and links use it. */
export function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function manifest(base: string) {
  return {
    versions: ['0.2'],
    name: 'Evidence graph: Soviet repression and queer history',
    identifierSpace: `${base}/entity/`,
    schemaSpace: `${base}/reconcile/types/`,
    defaultTypes: RECONCILE_TYPES,
    view: { url: `${base}/entity/{{id}}` },
    preview: { url: `${base}/reconcile/preview?id={{id}}`, width: 420, height: 220 },
    suggest: {
      entity: { service_url: base, service_path: '/reconcile/suggest/entity' },
      type: { service_url: base, service_path: '/reconcile/suggest/type' },
      property: { service_url: base, service_path: '/reconcile/suggest/property' },
    },
  };
}

function badRequest(res: Response, place: string, message: string): void {
  sendJsonError(res, 400, {
    code: ErrorCode.BAD_USER_INPUT,
    message: `${place}: ${message}`,
    argument: place,
  });
}

/** The `queries` parameter as JSON text, from the body (form or JSON) or the query string; null when absent. */
function queriesText(req: Request): string | null {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const value = body.queries ?? req.query.queries;
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  // A JSON body may carry the batch as an object rather than as a string.
  if (req.is('application/json') && typeof value === 'object' && value !== null && !Array.isArray(value))
    return JSON.stringify(value);
  throw new ReconcileInputError('queries', 'give it once, as JSON text');
}

function singleParam(req: Request, name: string, maxLength: number): string {
  const value = req.query[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new ReconcileInputError(name, 'is required, once, as a non-empty string');
  if (value.length > maxLength) throw new ReconcileInputError(name, `is longer than ${maxLength} characters`);
  return value;
}

function byPrefix<T extends { id: string; name: string }>(items: readonly T[], prefix: string): T[] {
  const folded = prefix.toLowerCase();
  return items.filter(
    (item) => item.id.toLowerCase().startsWith(folded) || item.name.toLowerCase().startsWith(folded),
  );
}

function previewPage(entity: Record<string, unknown>, base: string): string {
  const id = String(entity.id);
  const kind = KIND_LABEL[entity.kind as EntityKind] ?? String(entity.kind);
  const description = typeof entity.description === 'string' ? `<p>${escapeXml(entity.description)}</p>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(String(entity.name))}</title></head>
<body><p><a href="${escapeXml(`${base}/entity/${encodeURIComponent(id)}`)}" target="_blank"><strong>${escapeXml(String(entity.name))}</strong></a> (${escapeXml(kind)}, <code>${escapeXml(id)}</code>)</p>${description}</body></html>\n`;
}

export function mountReconciliation(app: Express, db: Database, maxBodyBytes: number): void {
  const bodies = [
    express.urlencoded({ extended: false, limit: maxBodyBytes }),
    express.json({ limit: maxBodyBytes }),
  ];

  const service = async (req: Request, res: Response) => {
    try {
      const text = queriesText(req);
      if (text === null) {
        if (req.method === 'POST')
          throw new ReconcileInputError('queries', 'is required: a JSON object of named queries');
        res.json(manifest(baseUrl(req)));
        return;
      }
      const queries = parseQueryBatch(text);
      const answer: Record<string, { result: unknown[] }> = {};
      // One after another: a batch takes one database slot at a time, like one client's requests.
      for (const query of queries) answer[query.key] = { result: await reconcile(db, query) };
      res.json(answer);
    } catch (error) {
      if (error instanceof ReconcileInputError) badRequest(res, error.place, error.reason);
      else sendRouteFailure(res, error, 'reconciling');
    }
  };
  app.get('/reconcile', service);
  app.post('/reconcile', ...bodies, service);

  app.get('/reconcile/suggest/:what', async (req: Request<{ what: string }>, res: Response) => {
    try {
      const prefix = singleParam(req, 'prefix', MAX_QUERY_TEXT);
      if (req.params.what === 'type') {
        res.json({ result: byPrefix(RECONCILE_TYPES, prefix) });
      } else if (req.params.what === 'property') {
        res.json({
          result: byPrefix(RECONCILE_PROPERTIES, prefix).map(({ id, name, description }) => ({
            id,
            name,
            description,
          })),
        });
      } else if (req.params.what === 'entity') {
        const typeId = req.query.type;
        const kind =
          typeId === undefined ? null : typeof typeId === 'string' ? reconcileType(typeId)?.id : undefined;
        if (kind === undefined)
          throw new ReconcileInputError(
            'type',
            `unknown type; the types are ${RECONCILE_TYPES.map((t) => t.id).join(', ')}`,
          );
        const rows = await searchCandidates(
          db,
          prefix,
          kind === null ? null : [kind],
          Math.min(SUGGEST_LIMIT, MAX_RESULTS_PER_QUERY),
        );
        res.json({
          result: rows.map(({ entity }) => ({
            id: entity.id,
            name: entity.name,
            ...(entity.description ? { description: entity.description } : {}),
          })),
        });
      } else {
        sendJsonError(res, 404, {
          code: ErrorCode.NOT_FOUND,
          message: 'No such suggest service; there are /reconcile/suggest/entity, /type and /property',
        });
      }
    } catch (error) {
      if (error instanceof ReconcileInputError) badRequest(res, error.place, error.reason);
      else sendRouteFailure(res, error, 'suggesting');
    }
  });

  app.get('/reconcile/preview', async (req: Request, res: Response) => {
    try {
      const id = singleParam(req, 'id', 318);
      const [row] = await db.read(cypher('entities-by-ids'), { ids: [id] });
      if (!row) {
        sendJsonError(res, 404, { code: ErrorCode.NOT_FOUND, message: `No entity with id "${id}"`, id });
        return;
      }
      res
        .set(PAGE_SECURITY_HEADERS)
        .type('html')
        .send(previewPage(row.entity as Record<string, unknown>, baseUrl(req)));
    } catch (error) {
      if (error instanceof ReconcileInputError) badRequest(res, error.place, error.reason);
      else sendRouteFailure(res, error, 'previewing');
    }
  });
}
