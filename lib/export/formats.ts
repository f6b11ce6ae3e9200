// The export formats a view can be saved in: their names only, so that the UI's words (lib/view/i18n) name
// them without importing the exporters (which import the views' rows: a circle).
export const EXPORT_FORMATS = ['csv', 'json', 'timelinejs', 'timeml', 'gexf', 'graphml', 'graph-json', 'compare-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
