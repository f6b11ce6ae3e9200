// GET /api/health: for deployments' probes. 200 "ok" when the store answers and a write could succeed; 200
// "degraded" with writable: false when it reads but cannot write (a read-only file or folder); 503 when it does
// not answer. The extraction pool's load is given too, and whether batches are queued for workers (`queue`: with
// PostgreSQL, POST /api/ingest takes them).
import { ENGINE } from '@/lib/model/schema';
import { getPool } from '@/lib/server/pool';
import { getQueue, getStore } from '@/lib/storage';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const store = getStore();
    const [{ total }, writable] = await Promise.all([store.list(0, 0), store.writable()]);
    return Response.json({ status: writable ? 'ok' : 'degraded', writable, engine: ENGINE, documents: total, extraction: getPool().load(), queue: getQueue() !== null }, { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    return Response.json({ status: 'unavailable', writable: false, error: { code: 'store_unavailable', message: (e as Error).message } }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
