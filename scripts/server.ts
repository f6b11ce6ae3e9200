// The app's HTTP server (bundled to dist/server.mjs; `npm start` runs it): Next's request handler behind a
// Node server that sees the socket. Before Next, it refuses what no route should get (TRACE, a method a route
// does not take, an undecodable path) as JSON, drops proxy headers unless the peer is a trusted proxy
// (DATELINE_TRUST_PROXY), and tells the routes who the client is and which origin the app answers as.
//
//   node dist/server.mjs [--port 3000] [--host 0.0.0.0]
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import {
  CLIENT_HEADER, FORWARDED_HEADERS, INTERNAL_HEADERS, ORIGIN_HEADER, REFUSAL_HEADERS, WRITE_ORIGINS_HEADER,
  appOrigins, clientAddress, listeningOrigins, refusalBody, refuse, trustedProxies,
} from '../lib/server/guard';
import { UNAVAILABLE_PAGE, isPageRequest, pageGate } from '../lib/server/page-gate';

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, host: { type: 'string', short: 'H' } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.host ?? undefined;
const dir = process.env.DATELINE_ROOT ?? path.resolve(process.cwd());
const trusted = trustedProxies(process.env.DATELINE_TRUST_PROXY);
const listening = listeningOrigins(hostname, port);

process.env.NEXT_TELEMETRY_DISABLED = '1';
const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();
// With PostgreSQL, a page asked for while the database is down is a 503 of our own, not Next's 500.
const gate = pageGate(process.env.DATELINE_DATABASE_URL);

const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);

// A shared view can carry a long search in its URL: 64 KB of headers (Node's default is 16 KB).
const server = http.createServer({ maxHeaderSize: 65_536 }, (req, res) => {
  const refusal = refuse(req.method ?? 'GET', req.url ?? '/');
  if (refusal) {
    res.writeHead(refusal.status, { ...REFUSAL_HEADERS, ...(refusal.headers ?? {}) });
    res.end(refusal.status === 204 ? undefined : refusalBody(refusal));
    return;
  }
  const peer = req.socket.remoteAddress;
  const fromProxy = peer !== undefined && trusted(peer);
  const origins = appOrigins({
    configured: process.env.DATELINE_ORIGIN,
    trustedPeer: fromProxy,
    forwardedHost: header(req.headers['x-forwarded-host']),
    forwardedProto: header(req.headers['x-forwarded-proto']),
    listening,
  });
  const client = clientAddress(peer, header(req.headers['x-forwarded-for']), trusted);
  for (const h of INTERNAL_HEADERS) delete req.headers[h];
  if (!fromProxy) for (const h of FORWARDED_HEADERS) delete req.headers[h];
  req.headers[CLIENT_HEADER] = client;
  req.headers[ORIGIN_HEADER] = origins[0]!;
  req.headers[WRITE_ORIGINS_HEADER] = origins.join(',');
  if (gate && isPageRequest(req.method ?? 'GET', req.url ?? '/')) {
    void gate.up().then((up) => {
      if (up) return void handle(req, res);
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '5', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : UNAVAILABLE_PAGE);
    });
    return;
  }
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`dateline: serving ${listening[0]}${hostname && hostname !== '0.0.0.0' ? '' : ' (all interfaces)'}`));
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
