// Remote URLs in every form git accepts, reduced to host/path so one glob covers https, ssh and scp-like forms.

/**
 * `git@github.com:acme-in/x.git`, `https://user:token@GitHub.com:443/acme-in/x/`, `ssh://git@github.com:22/acme-in/x.git`
 * all become `github.com/acme-in/x`: no scheme, credentials, port, `.git` or trailing slash; the host in lower case.
 * Local paths and file:// URLs keep their path (`/srv/git/x`).
 */
export function normaliseRemoteUrl(url: string): string {
  let text = url.trim();
  let host = '';
  let path: string;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
    if (scheme[1]!.toLowerCase() === 'file') {
      path = text.replace(/^[^/]*/, '');
    } else {
      const slash = text.indexOf('/');
      const authority = slash === -1 ? text : text.slice(0, slash);
      path = slash === -1 ? '' : text.slice(slash);
      host = hostOf(authority);
    }
  } else {
    // scp-like syntax: [user@]host:path, recognised by git only when the colon comes before any slash.
    const scp = /^([^/:]+):(.*)$/.exec(text);
    if (scp && !/^[a-z]$/i.test(scp[1]!)) {
      host = hostOf(scp[1]!);
      path = scp[2]!;
    } else {
      path = text;
    }
  }
  path = path
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '');
  if (!host) return path;
  return `${host}/${path.replace(/^\/+/, '')}`.replace(/\/+$/, '');
}

function hostOf(authority: string): string {
  const withoutCredentials = authority.slice(authority.lastIndexOf('@') + 1);
  // [::1]:22 keeps its brackets; host:port loses the port.
  const host = withoutCredentials.startsWith('[')
    ? withoutCredentials.replace(/^(\[[^\]]*\]).*$/, '$1')
    : withoutCredentials.replace(/:\d*$/, '');
  return host.toLowerCase();
}

/** A scope glob written as a URL (`https://github.com/acme-in/*`) is read in the same normal form as remotes. */
export function normaliseRemoteGlob(glob: string): string {
  return normaliseRemoteUrl(glob);
}
