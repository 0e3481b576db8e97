/**
 * Linked data: /entity/<id> is every entity's stable address; a browser gets a readable page,
 * a client asking for application/ld+json (or application/json) gets JSON-LD. /graph.jsonld is
 * the whole graph as JSON-LD, admitted like the file exports (it is as heavy). An unknown id is
 * a 404, as HTML or JSON by the Accept header, found by one index lookup.
 */
import { Express, Request, Response } from 'express';
import { ErrorCode } from '../api-errors';
import { Database } from '../db/database';
import { cachedGraphStats } from '../graph-state/stats-cache';
import { readDataVersion } from '../graph-state/data-version';
import { ExportCache } from '../export/export-cache';
import { entityPage } from '../linked-data/entity-page';
import { entityDocument, graphDocument } from '../linked-data/json-ld';
import { readEntityDocument, readGraphDocument } from '../linked-data/linked-data-reads';
import { escapeXml } from '../export/xml';
import { ExportAdmission } from './export-admission';
import { baseUrl } from './reconcile-routes';
import { sendJsonError, sendRouteFailure } from './route-errors';
import { PAGE_SECURITY_HEADERS } from './web-pages';

const JSON_LD = 'application/ld+json';
/** As long as the longest id the API accepts. */
const MAX_ID_LENGTH = 318;

function wantsHtml(req: Request): boolean {
  return req.accepts(['text/html', JSON_LD, 'application/json']) === 'text/html';
}

function notFoundAnswer(req: Request, res: Response, id: string): void {
  if (wantsHtml(req)) {
    res
      .status(404)
      .set(PAGE_SECURITY_HEADERS)
      .type('html')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><p>No entity with id <code>${escapeXml(id)}</code>.</p></body></html>\n`,
      );
  } else {
    sendJsonError(res, 404, { code: ErrorCode.NOT_FOUND, message: `No entity with id "${id}"`, id });
  }
}

export function mountLinkedData(app: Express, db: Database, admission: ExportAdmission): void {
  app.get('/entity/:id', async (req: Request<{ id: string }>, res: Response) => {
    const { id } = req.params;
    res.vary('Accept');
    if (id.length > MAX_ID_LENGTH) {
      sendJsonError(res, 400, {
        code: ErrorCode.BAD_USER_INPUT,
        message: `id: longer than ${MAX_ID_LENGTH} characters`,
        argument: 'id',
      });
      return;
    }
    try {
      const document = await readEntityDocument(db, id);
      if (document === null) {
        notFoundAnswer(req, res, id);
        return;
      }
      const version = (await cachedGraphStats(db)).datasetVersion;
      res.set('X-Dataset-Version', version);
      if (wantsHtml(req)) res.set(PAGE_SECURITY_HEADERS).type('html').send(entityPage(document, version));
      else
        res
          .type(JSON_LD)
          .send(JSON.stringify(entityDocument(baseUrl(req), version, document.entity, document.relations)));
    } catch (error) {
      sendRouteFailure(res, error, 'reading an entity');
    }
  });

  // Kept per data version like the file exports; the key holds the base, which every IRI carries.
  const cache = new ExportCache();
  app.get('/graph.jsonld', async (req: Request, res: Response) => {
    let release: (() => void) | null = null;
    try {
      const base = baseUrl(req);
      const tag = await readDataVersion(db);
      let cached = cache.get(base, tag);
      if (!cached) {
        release = admission.admit(res);
        if (!release) return;
        const version = (await cachedGraphStats(db)).datasetVersion;
        const { entities, relations } = await readGraphDocument(db);
        cached = cache.put(base, tag, JSON.stringify(graphDocument(base, version, entities, relations)));
      }
      res
        .set('ETag', cached.etag)
        .set('Cache-Control', 'no-cache')
        .set('Content-Disposition', 'attachment; filename="evidence-graph.jsonld"')
        .type(JSON_LD)
        .send(cached.body);
    } catch (error) {
      sendRouteFailure(res, error, 'exporting linked data');
    } finally {
      release?.();
    }
  });
}
