// GET /embed/timeline: the timeline alone for other people's pages, as server-rendered SVG with a small script
// (lib/embed/light). The interactive React version is /embed/timeline/live.
import { lightEmbedRoute } from '../light-route';

export const dynamic = 'force-dynamic';
export const GET = lightEmbedRoute('timeline');
