// GET /embed/graph: the actor graph alone for other people's pages, laid out and drawn here as SVG with a small
// script (lib/embed/light). The interactive React version is /embed/graph/live.
import { lightEmbedRoute } from '../light-route';

export const dynamic = 'force-dynamic';
export const GET = lightEmbedRoute('graph');
