import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/git/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeText(bytes, declaredEncoding) {
  try {
    return utf8.decode(bytes);
  } catch {
    for (const label of [declaredEncoding.trim(), "windows-1252"]) {
      if (!label) continue;
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
      }
    }
    return Buffer.from(bytes).toString("latin1");
  }
}

export {
  decodeText
};
