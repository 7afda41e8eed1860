import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { seesDrafts, viewerClassOf } from "../../auth/viewer-class.ts";
import { readDataVersions } from "../../db/data-versions.ts";
import { ByteLru } from "../../read-cache/byte-lru.ts";
import { etagOf, ifNoneMatchHits } from "../../read-cache/etag.ts";
import {
  COMPRESS_THRESHOLD_BYTES,
  compressBody,
  type Encoding,
  preferredEncoding,
} from "../../read-cache/precompressed.ts";

/**
 * The reads answered from the cache: published data (and, for editors, drafts) that change only when
 * an organisation's data or DfE's statistics do. Reads about people, tokens or the audit trail are not.
 */
export const CACHED_READS: ReadonlySet<string> = new Set([
  "/api/benchmarks",
  "/api/benchmarks/history",
  "/api/benchmarks/ranking",
  "/api/benchmarks/catalogue",
  ...[
    "/areas",
    "/indicators",
    "/indicators/:id/series",
    "/indicators/:id/targets",
    "/periods",
    "/scorecard",
  ].flatMap((path) => [`/api${path}`, `/api/orgs/:org${path}`]),
  "/api/orgs/:org/months",
  "/api/orgs/:org/months/:period/revisions",
]);

/** What a reader may see, in as few classes as give different answers: drafts are for editors and above. */
type ReaderClass = "public" | "viewer" | "editor-or-above";

interface CachedRead {
  /** The data versions the answer was computed at: a different one now means it is stale. */
  versions: string;
  /** The answer's UTF-8 bytes, encoded once rather than on every send. */
  bytes: Buffer;
  contentType: string;
  etag: string;
  compressed: Partial<Record<Encoding, Buffer>>;
}

interface ReadCacheSlot {
  key: string;
  versions: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set on a cacheable read the cache could not answer, so its answer is stored when sent. */
    readCacheSlot: ReadCacheSlot | null;
  }
}

function readerClassOf(request: FastifyRequest): ReaderClass {
  const organisation = request.organisation;
  if (!organisation) return "public";
  const viewer = viewerClassOf(request.principal, organisation.id);
  if (seesDrafts(viewer)) return "editor-or-above";
  return viewer === "public" ? "public" : "viewer";
}

const revalidate = (reply: FastifyReply, etag: string) =>
  reply.header("etag", etag).header("cache-control", "no-cache");

/**
 * Answers cacheable reads from memory: serialized answers keyed by route URL, organisation and reader
 * class, each valid while the organisation's and the statistics' data versions (one lookup per
 * request, so a write through another server process is seen at once) are those it was computed at.
 * Every answer carries a strong ETag and `Cache-Control: no-cache`, so browsers revalidate and get 304.
 * Runs after the auth guard's onRequest (principal and organisation known), before parsing and
 * validation: only 200 answers are stored, under the exact URL, so a URL that fails validation never
 * has an entry. READ_CACHE=off leaves every read to its route.
 */
export default fp(
  async (app: FastifyInstance) => {
    if (app.config.READ_CACHE === "off") return;
    const cache = new ByteLru<CachedRead>(
      app.config.READ_CACHE_MAX_MB * 1024 * 1024,
      (entry) =>
        entry.bytes.length + (entry.compressed.br?.length ?? 0) + (entry.compressed.gzip?.length ?? 0),
    );
    app.decorateRequest("readCacheSlot", null);
    const versionsKey = async (organisationId: number | null) => {
      const watch = app.dataVersionWatch;
      if (watch?.ready) return watch.versionsKey(organisationId);
      const current = await readDataVersions(app.db, organisationId);
      return `${current.organisation ?? "-"}.${current.statistics}`;
    };

    app.addHook("onRequest", async (request, reply) => {
      if (request.method !== "GET" || !CACHED_READS.has(request.routeOptions.url ?? "")) return;
      const organisation = request.organisation;
      const key = `${readerClassOf(request)} ${organisation?.id ?? "-"} ${request.url}`;
      const versions = await versionsKey(organisation?.id ?? null);
      const entry = cache.get(key);
      if (!entry || entry.versions !== versions) {
        request.readCacheSlot = { key, versions };
        return;
      }
      revalidate(reply, entry.etag);
      if (ifNoneMatchHits(request.headers["if-none-match"], entry.etag)) return reply.code(304).send();
      reply.type(entry.contentType);
      const encoding =
        entry.bytes.length >= COMPRESS_THRESHOLD_BYTES && request.headers["x-no-compression"] === undefined
          ? preferredEncoding(request.headers["accept-encoding"])
          : null;
      if (!encoding) return reply.send(entry.bytes);
      let compressed = entry.compressed[encoding];
      if (!compressed) {
        compressed = compressBody(entry.bytes, encoding);
        entry.compressed[encoding] = compressed;
        cache.set(key, entry);
      }
      // @fastify/compress leaves an answer that already has its Content-Encoding alone.
      return reply.header("content-encoding", encoding).header("vary", "accept-encoding").send(compressed);
    });

    // An instance hook, so it runs before @fastify/compress's route-level onSend: it sees the JSON text.
    app.addHook("onSend", async (request, reply, payload) => {
      const slot = request.readCacheSlot;
      if (!slot || reply.statusCode !== 200 || typeof payload !== "string") return payload;
      const etag = etagOf(payload);
      const contentType = String(reply.getHeader("content-type") ?? "application/json; charset=utf-8");
      cache.set(slot.key, {
        versions: slot.versions,
        bytes: Buffer.from(payload),
        contentType,
        etag,
        compressed: {},
      });
      revalidate(reply, etag);
      if (!ifNoneMatchHits(request.headers["if-none-match"], etag)) return payload;
      reply.code(304);
      return "";
    });
  },
  { name: "read-cache", dependencies: ["config", "database", "auth-guard", "data-version-watch"] },
);
