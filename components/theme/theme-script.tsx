import { themeScript } from './theme';

/** The no-flash theme script; render it in the root layout's <head>. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
