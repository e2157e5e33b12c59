import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The introduction of the client API document: the reference pages of docs/reference/, in
 * reading order, as one Markdown text. This module is three folders below the repository root
 * in src/ and in dist/ alike.
 */
const REFERENCE = path.join(import.meta.dirname, '../../../docs/reference');
const PAGES = ['authentication', 'errors', 'pagination', 'rate-limits', 'idempotency', 'money', 'webhooks', 'environments', 'versioning'];

/** Page titles by file name, for links that name a file: `[errors.md](errors.md)` reads "Errors". */
function titles(): Map<string, string> {
  return new Map(
    ['README', ...PAGES].map((page) => {
      const text = readFileSync(path.join(REFERENCE, `${page}.md`), 'utf8');
      return [`${page}.md`, text.slice(2, text.indexOf('\n')).trim()];
    }),
  );
}

/** Links between the pages point to files; inside one text they become their words. */
function inline(markdown: string, pageTitles: Map<string, string>): string {
  return markdown
    .split('\n')
    .filter((line) => !line.startsWith('[Reference index]'))
    .join('\n')
    .replace(/\[([^\]]+)\]\((?!https?:)[^)]*\.md(#[^)]*)?\)/g, (_link, text: string) => pageTitles.get(text) ?? text)
    .trim();
}

export function clientIntroduction(): string {
  const index = readFileSync(path.join(REFERENCE, 'README.md'), 'utf8');
  const lead = index.slice(index.indexOf('\n') + 1, index.indexOf('\n|')).trim();
  const conventions = index.slice(index.indexOf('## Conventions'));
  const pageTitles = titles();
  const pages = PAGES.map((page) => inline(readFileSync(path.join(REFERENCE, `${page}.md`), 'utf8'), pageTitles));
  return [lead, inline(conventions, pageTitles).replace(/^## /, '# '), ...pages].join('\n\n');
}

export function adminIntroduction(): string {
  return `The operator's API of a Popup Reward Store: provision clients, fund wallets, manage the
catalog, stock voucher codes, follow orders and audit every change. The \`popup-store\` command
line calls these same routes.

# Authentication

Every route takes \`Authorization: Bearer <token>\`, where the token is

- an **operator token**: operator accounts log in with \`POST /admin/v1/auth/login\` and get a
  token valid for one hour, audited as \`operator:<username>\`;
- the static \`ADMIN_TOKEN\` of the store's settings, audited as \`operator:admin-token\`;
- the local command line's token, kept in the store's data directory.

The operator console (\`/console\`) uses a **session cookie** instead: \`POST /admin/v1/auth/session\`
signs in (with the one-time code of an operator who turned on two-factor authentication:
\`401 TOTP_REQUIRED\` without it) and sets \`__Host-prs_console\` over HTTPS (HttpOnly, SameSite=Strict, Secure,
Path=/), \`prs_console\` over plain HTTP; it answers a \`csrf_token\`, which every request but GET, HEAD and OPTIONS sends as
\`X-CSRF-Token\` (else \`403 CSRF_FAILED\`). A session ends after 30 minutes unused, 12 hours after
sign-in, at sign-out, or when the operator is deactivated or given a new password. A request with an
\`Authorization\` header is judged by that header alone.

Client tokens never open admin routes, and no admin token opens a client route. Every write is
recorded in the audit log (\`GET /admin/v1/audit\`) in the write's own transaction.

# Conventions

Errors have the client API's envelope, \`{"error": {"name", "code", "message", "details"?}}\`.
Lists answer a bare array with the \`X-Page\`, \`X-Per-Page\`, \`X-Total-Count\`, \`X-Total-Pages\`,
\`X-Page-Size\` and \`X-Has-More\` headers. Money is a JSON number in the currency's precision.
Voucher codes are never shown to operators.`;
}
