// Static markup of React elements on the server, for images and light embeds.
import type { ReactElement } from 'react';

/**
 * react-dom/server from node_modules at run time: Next refuses it in the app bundle (it wants server components
 * instead, which would bring the app router's 170 kB of client JavaScript). The components rendered here use
 * no hooks, so the React copy that created the elements does not matter.
 */
export async function staticMarkup(node: ReactElement): Promise<string> {
  const { renderToStaticMarkup } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ 'react-dom/server')) as typeof import('react-dom/server');
  return renderToStaticMarkup(node);
}
