/**
 * The guideline owner's tab on the bot's server: the page (/tab/owner), the report (GET /api/tab/owner/report,
 * ?days=7|30|180), its CSV parts (GET /api/tab/owner/report.csv?part=answers|failed|out-of-scope) and the
 * "Legg til som eksempel for …" button's route (POST /api/tab/owner/review-queue, JSON {text, nodeId, lang} →
 * 201 {item}). Every API route is SSO- and owner-checked like the register (tab-http.ts protectedRoute).
 */
import type restify from 'restify';
import { ownerText } from '../../src/i18n/owner-text';
import type { Logger } from '../../src/logging/logger';
import { OWNER_CSV_PARTS, ownerCsv, type OwnerCsvPart } from '../../src/tab/owner-csv';
import type { ReviewItem } from '../../src/feedback/review-queue';
import { proposeExample, readOwnerReport, type OwnerAccessDeps } from '../../src/tab/owner-access';
import { OWNER_CSV_PATH, OWNER_REPORT_PATH, OWNER_REVIEW_PATH, OWNER_TAB_PATH, ownerPage } from '../../src/tab/owner-page';
import { parseJson } from '../http/parse-json';
import { readBody } from '../http/read-body';
import { mediaTypeRefusal } from '../http/request-checks';
import { langOf, protectedRoute, queryText, sendCsv, sendHtml, sendJson } from './tab-http';

const MAX_PROPOSAL_BYTES = 8 * 1024;

export interface OwnerRouteDeps {
  owner: OwnerAccessDeps;
  logger: Logger;
}

function csvPart(value: string): OwnerCsvPart {
  return OWNER_CSV_PARTS.find((part) => part === value) ?? 'answers';
}

export function ownerRoutes(deps: OwnerRouteDeps): (server: restify.Server) => void {
  const localMode = deps.owner.localUser !== undefined;
  const common = { name: 'owner report', logger: deps.logger, localMode, forbidden: (lang: 'nb' | 'en') => ownerText(lang).notOwner };
  return (server) => {
    server.get(OWNER_TAB_PATH, (req, res, next) => {
      sendHtml(res, ownerPage(langOf(req), { localMode }));
      return next();
    });

    server.get(
      OWNER_REPORT_PATH,
      protectedRoute({
        ...common,
        read: (req, lang) => readOwnerReport(deps.owner, req.header('authorization'), lang, queryText(req, 'days')),
        respond: (res, answer) => sendJson(res, 200, { report: answer.report }),
      }),
    );

    server.get(
      OWNER_CSV_PATH,
      protectedRoute({
        ...common,
        read: (req, lang) => readOwnerReport(deps.owner, req.header('authorization'), lang, queryText(req, 'days')),
        respond: (res, answer, lang, req) => {
          const part = csvPart(queryText(req, 'part'));
          sendCsv(res, `tilbakemeldinger-${part}.csv`, ownerCsv(answer.report, part, lang));
        },
      }),
    );

    server.post(
      OWNER_REVIEW_PATH,
      protectedRoute<{ status: 201; item: ReviewItem }>({
        ...common,
        name: 'owner review queue',
        read: async (req, lang) => {
          // JSON only (else no body, refused after the access check): a cross-site form cannot send JSON without a
          // CORS preflight, which this server never grants — this matters in local mode, where no token is asked.
          const read = mediaTypeRefusal(req.headers) ? undefined : await readBody(req, { maxBytes: MAX_PROPOSAL_BYTES, deadlineMs: 5000 });
          const json = read?.ok ? parseJson(read.bytes) : undefined;
          return proposeExample(deps.owner, req.header('authorization'), lang, json?.ok ? json.value : undefined);
        },
        respond: (res, answer) => sendJson(res, 201, { item: answer.item }),
      }),
    );
  };
}
