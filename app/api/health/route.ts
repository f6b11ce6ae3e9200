// GET /api/health: for deployments' probes. 200 with what is kept when the store answers; 503 when it does not.
import { ENGINE } from '@/lib/model/schema';
import { getStore } from '@/lib/server/store';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  try {
    const { total } = getStore().list(0, 0);
    return Response.json({ status: 'ok', engine: ENGINE, documents: total }, { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    return Response.json({ status: 'unavailable', error: { code: 'store_unavailable', message: (e as Error).message } }, { status: 503 });
  }
}
