import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/policy/remote-url.ts
function normaliseRemoteUrl(url) {
  let text = url.trim();
  let host = "";
  let path;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
    if (scheme[1].toLowerCase() === "file") {
      path = text.replace(/^[^/]*/, "");
    } else {
      const slash = text.indexOf("/");
      const authority = slash === -1 ? text : text.slice(0, slash);
      path = slash === -1 ? "" : text.slice(slash);
      host = hostOf(authority);
    }
  } else {
    const scp = /^([^/:]+):(.*)$/.exec(text);
    if (scp && !/^[a-z]$/i.test(scp[1])) {
      host = hostOf(scp[1]);
      path = scp[2];
    } else {
      path = text;
    }
  }
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/\/+$/, "").replace(/\.git$/i, "").replace(/\/+$/, "");
  if (!host) return path;
  return `${host}/${path.replace(/^\/+/, "")}`.replace(/\/+$/, "");
}
function hostOf(authority) {
  const withoutCredentials = authority.slice(authority.lastIndexOf("@") + 1);
  const host = withoutCredentials.startsWith("[") ? withoutCredentials.replace(/^(\[[^\]]*\]).*$/, "$1") : withoutCredentials.replace(/:\d*$/, "");
  return host.toLowerCase();
}
function normaliseRemoteGlob(glob) {
  return normaliseRemoteUrl(glob);
}

export {
  normaliseRemoteUrl,
  normaliseRemoteGlob
};
