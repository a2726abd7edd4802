// Commit messages are bytes: UTF-8 when valid, else the commit's declared encoding, else Latin-1.
const utf8 = new TextDecoder('utf-8', { fatal: true });
export function decodeText(bytes, declaredEncoding) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        for (const label of [declaredEncoding.trim(), 'windows-1252']) {
            if (!label)
                continue;
            try {
                return new TextDecoder(label).decode(bytes);
            }
            catch {
                // An encoding name Node does not know: try the next one.
            }
        }
        return Buffer.from(bytes).toString('latin1');
    }
}
