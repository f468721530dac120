// Credentials never reach the store or the logs: user:password in URLs and secret-looking query
// and fragment parameters (OAuth puts `#access_token=...` in fragments) are masked before a URL is written to metadata, a commit message or the terminal.
// Values expanded from ${ENV} placeholders are remembered and masked in free text too.

const SECRET_PARAMS = new Set([
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'auth',
  'key',
  'apikey',
  'api_key',
  'api-key',
  'client_secret',
  'signature',
  'sig',
  'password',
  'passwd',
  'pwd',
  'secret',
  'session',
  'sessionid',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
]);

const MASK = '***';

export function isSecretParam(name: string): boolean {
  const n = name.toLowerCase();
  return SECRET_PARAMS.has(n) || /(token|secret|passw|signature|credential|apikey|api_key)/.test(n);
}

/** The URL with user info and secret query values masked. Unparseable input is masked whole. */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return redactText(url);
  }
  if (u.username || u.password) {
    u.username = MASK;
    u.password = '';
  }
  let changed = false;
  const params = [...u.searchParams.entries()].map(([k, v]) => {
    if (isSecretParam(k) && v !== '') {
      changed = true;
      return [k, MASK] as const;
    }
    return [k, v] as const;
  });
  if (changed) u.search = params.map(([k, v]) => `${encodeURIComponent(k)}=${v === MASK ? MASK : encodeURIComponent(v)}`).join('&');
  if (u.hash) u.hash = redactFragment(u.hash.slice(1));
  return u.toString();
}

/** A JSON Web Token (three base64url parts), as OAuth implicit flows put in fragments. */
const JWT = /^eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*$/;

/** The parameters of a fragment (`access_token=...&state=x`, or after `?` in `#/route?token=...`). */
function fragmentParams(hash: string): { head: string; pairs: string[] } | null {
  if (!hash.includes('=')) return null;
  const q = hash.indexOf('?');
  const head = q >= 0 && q < hash.indexOf('=') ? hash.slice(0, q + 1) : '';
  return { head, pairs: hash.slice(head.length).split('&') };
}

/** A fragment with secret parameter values (and a bare token) masked, as in a query string. */
function redactFragment(hash: string): string {
  if (JWT.test(safeDecode(hash))) return MASK;
  const f = fragmentParams(hash);
  if (!f) return hash;
  const pairs = f.pairs.map((p) => {
    const eq = p.indexOf('=');
    if (eq < 0) return p;
    const v = p.slice(eq + 1);
    return isSecretParam(safeDecode(p.slice(0, eq))) && v !== '' ? `${p.slice(0, eq)}=${MASK}` : p;
  });
  return f.head + pairs.join('&');
}

/** The fragment's secret values, literally (not ${ENV} placeholders). */
function fragmentSecrets(hash: string): boolean {
  if (JWT.test(safeDecode(hash))) return true;
  const f = fragmentParams(hash);
  return !!f?.pairs.some((p) => {
    const eq = p.indexOf('=');
    const v = eq < 0 ? '' : safeDecode(p.slice(eq + 1));
    return eq >= 0 && isSecretParam(safeDecode(p.slice(0, eq))) && v !== '' && !PLACEHOLDER.test(v);
  });
}

/** True when the URL carries a credential (user:password, or a secret query value) literally. */
export function hasLiteralCredentials(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.password && !PLACEHOLDER.test(safeDecode(u.password))) return true;
  for (const [k, v] of u.searchParams) if (isSecretParam(k) && v !== '' && !PLACEHOLDER.test(v)) return true;
  return u.hash ? fragmentSecrets(u.hash.slice(1)) : false;
}

const PLACEHOLDER = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi;
const known = new Set<string>();

/** Remember a secret value (e.g. an expanded ${TOKEN}) so that redactText masks it anywhere. */
export function addSecret(value: string): void {
  if (value.length >= 4) known.add(value);
}

/** Mask credentials in free text (error messages, git output): URLs inside it and known secrets. */
export function redactText(text: string): string {
  let out = text;
  for (const s of known) out = out.split(s).join(MASK);
  out = out.replace(URL_IN_TEXT, (m) => {
    try {
      new URL(m);
    } catch {
      return m;
    }
    return redactUrl(m);
  });
  // user:pass@host without a scheme, as git sometimes prints
  return out.replace(/\b([\w.%-]+):([^\s@/:]+)@([\w.-]+\.[a-z]{2,})/gi, `${MASK}@$3`);
}

/** Expand ${NAME} placeholders from the environment; the values are remembered as secrets. */
export function expandEnv(url: string, env: NodeJS.ProcessEnv = process.env): { url: string; missing: string[] } {
  const missing: string[] = [];
  const out = url.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = env[name];
    if (v === undefined || v === '') {
      missing.push(name);
      return '';
    }
    addSecret(v);
    addSecret(encodeURIComponent(v));
    return v;
  });
  return { url: out, missing };
}
