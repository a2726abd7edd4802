// Text is compared after NFKC, without zero-width or bidi characters, with LF line ends.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
// The same set as [^\x00-\x7F], written as a range V8 scans faster (it runs on every message and identity).
const NON_ASCII = /[\u0080-\uFFFF]/;
export function normalizeText(text) {
    const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    // ASCII is its own NFKC form: skip the costly part for most messages.
    if (!NON_ASCII.test(lf))
        return lf;
    return lf.replace(INVISIBLE, '').normalize('NFKC');
}
