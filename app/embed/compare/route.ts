// GET /embed/compare: one event as every source tells it, for other people's pages: server-rendered SVG and
// tables (lib/compare, components/embed/LightCompare) with the still embeds' small script and strict policy.
import { lightEmbedRoute } from '../light-route';

export const dynamic = 'force-dynamic';
export const GET = lightEmbedRoute('compare');
