/**
 * The reference viewer's page. Its configuration travels in a data attribute, so the page has
 * no inline script and its Content-Security-Policy allows scripts from the store only. Scalar's
 * fonts, telemetry and request proxy are off: the page works offline and talks to this store alone.
 */
export const VIEWER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Scalar sets styles on elements (Vue style bindings).
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Code samples are shown for curl, Node, PHP and Python; these other languages are hidden. */
const CODE_SAMPLES_HIDDEN = [
  'c',
  'clojure',
  'csharp',
  'dart',
  'fsharp',
  'go',
  'http',
  'java',
  'js',
  'kotlin',
  'objc',
  'ocaml',
  'powershell',
  'r',
  'ruby',
  'rust',
  'swift',
];

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function viewerPage(options: { title: string; documentUrl: string; scriptUrl: string }): string {
  const configuration = {
    url: options.documentUrl,
    withDefaultFonts: false,
    telemetry: false,
    // The client button opens Scalar's hosted client with this document's address.
    hideClientButton: true,
    showDeveloperTools: 'never',
    defaultHttpClient: { targetKey: 'shell', clientKey: 'curl' },
    hiddenClients: Object.fromEntries(CODE_SAMPLES_HIDDEN.map((target) => [target, true])),
    metaData: { title: options.title },
    // Scalar's AI agent calls Scalar's servers; this page talks to this store only.
    agent: { disabled: true },
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeAttribute(options.title)}</title>
  </head>
  <body>
    <noscript>The reference needs JavaScript. The OpenAPI document is at <a href="${escapeAttribute(options.documentUrl)}">${escapeAttribute(options.documentUrl)}</a>.</noscript>
    <div id="api-reference" data-url="${escapeAttribute(options.documentUrl)}" data-configuration="${escapeAttribute(JSON.stringify(configuration))}"></div>
    <script src="${escapeAttribute(options.scriptUrl)}"></script>
  </body>
</html>
`;
}
