// What an analyser reports: an issue it declares in analyser-issues.ts, the line of the key, and evidence.
/** Evidence stays one readable line. */
export function clip(text, max = 200) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
