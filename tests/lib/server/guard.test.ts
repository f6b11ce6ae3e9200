// What the server decides before Next: the client's address (a client's own X-Forwarded-For is never believed),
// the origin the app answers as (never a Host or X-Forwarded-Host it did not trust), and the requests refused
// outright as JSON. And the rate limit's memory: bounded, without forgetting an active client.
import { describe, expect, it } from 'vitest';
import { HttpError, rateLimitHere as rateLimit, rateLimitClients } from '@/app/api/_lib/http';
import { CLIENT_HEADER, appOrigins, clientAddress, listeningOrigins, refuse, trustedProxies } from '@/lib/server/guard';

describe('the client address', () => {
  const none = trustedProxies(undefined);
  const loopback = trustedProxies('loopback');

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', '1.2.3.4', none)).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, is the right-most hop no trusted proxy added', () => {
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.9', loopback)).toBe('198.51.100.9');
    expect(clientAddress('127.0.0.1', '198.51.100.9, 127.0.0.1', loopback)).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.5', '198.51.100.9', trustedProxies('private'))).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.5', '198.51.100.9', trustedProxies('10.0.0.6'))).toBe('10.0.0.5');
  });
});

describe('the app\'s origin', () => {
  const listening = listeningOrigins('127.0.0.1', 3000);

  it('is the listening origin unless configured or forwarded by a trusted proxy', () => {
    expect(listening).toContain('http://127.0.0.1:3000');
    expect(appOrigins({ trustedPeer: false, forwardedHost: 'evil.example', listening })[0]).toBe('http://127.0.0.1:3000');
    expect(appOrigins({ trustedPeer: true, forwardedHost: 'news.example', forwardedProto: 'https', listening })[0]).toBe('https://news.example');
    expect(appOrigins({ configured: 'https://dateline.example/, https://alt.example', trustedPeer: true, forwardedHost: 'evil.example', listening })).toEqual(['https://dateline.example', 'https://alt.example']);
    expect(listeningOrigins('192.0.2.10', 8080)).toEqual(['http://192.0.2.10:8080']);
  });
});

describe('requests refused before the app', () => {
  it('answers TRACE, a method a route does not take, an unknown API path and a broken percent-encoding', () => {
    expect(refuse('TRACE', '/')).toMatchObject({ status: 405 });
    expect(refuse('PUT', '/api/documents')).toMatchObject({ status: 405, headers: { allow: 'GET, POST, HEAD, OPTIONS' } });
    expect(refuse('DELETE', '/api/extract')).toMatchObject({ status: 405 });
    expect(refuse('GET', '/api/nothing-here')).toMatchObject({ status: 404 });
    expect(refuse('GET', '/api/documents/%')).toMatchObject({ status: 400, code: 'bad_path' });
    expect(refuse('GET', '/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(refuse('OPTIONS', '/api/documents/x/edits')).toMatchObject({ status: 204 });
    expect(refuse('GET', '/api/documents/doc-1')).toBeNull();
    expect(refuse('POST', '/api/documents/doc-1/edits/3/undo')).toBeNull();
    expect(refuse('GET', '/compare?x=1')).toBeNull();
  });
});

describe('the rate limit', () => {
  const request = (client: string) => new Request('http://localhost/api/extract', { method: 'POST', headers: { [CLIENT_HEADER]: client } });

  it('keys on the client the server names: a client\'s own X-Forwarded-For changes nothing', () => {
    process.env.DATELINE_RATE_LIMIT = '8';
    try {
      let passed = 0;
      for (let i = 0; i < 30; i++) {
        const r = new Request('http://localhost/api/extract', { method: 'POST', headers: { [CLIENT_HEADER]: '198.51.100.1', 'x-forwarded-for': `10.0.0.${i}` } });
        try {
          rateLimit(r, 1_000_000);
          passed++;
        } catch (e) {
          expect((e as HttpError).status).toBe(429);
        }
      }
      expect(passed).toBe(2); // the burst: a quarter of 8 a minute
    } finally {
      delete process.env.DATELINE_RATE_LIMIT;
    }
  });

  it('remembers a bounded number of clients, and never forgets one whose bucket is still draining', () => {
    process.env.DATELINE_RATE_LIMIT = '4';
    try {
      const t0 = 3_000_000;
      for (let i = 0; i < 50_000; i++) rateLimit(request(`earlier-${i}`), t0); // the map is full
      const t1 = t0 + 120_000; // two minutes on: those buckets have refilled
      rateLimit(request('203.0.113.1'), t1); // an active client spends its one token
      for (let i = 0; i < 10_000; i++) rateLimit(request(`later-${i}`), t1); // new clients: room is made by forgetting refilled ones
      expect(rateLimitClients()).toBeLessThanOrEqual(50_000);
      // The active client is remembered with its empty bucket: forgotten, it would get a fresh token.
      expect(() => rateLimit(request('203.0.113.1'), t1)).toThrow(HttpError);
      // When every client remembered is active, a new one waits rather than an active one being forgotten.
      const t2 = t1 + 1;
      let admitted = 0;
      for (let i = 0; i < 100_000; i++) {
        try {
          rateLimit(request(`busy-${i}`), t2);
          admitted++;
        } catch {
          break;
        }
      }
      expect(admitted).toBeLessThan(100_000);
      expect(rateLimitClients()).toBe(50_000);
      expect(() => rateLimit(request('newcomer'), t2)).toThrow(/Too many clients/);
      expect(() => rateLimit(request('203.0.113.1'), t2)).toThrow(/Too many writes from this client/);
    } finally {
      delete process.env.DATELINE_RATE_LIMIT;
    }
  });
});
