// git's trailer-block rules (trailer.c), so that strip mode and the tests agree with `git interpret-trailers --parse`.
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];
/** Position of the separator ':' in a trailer line, or -1 (git's find_separator). */
export function findSeparator(line) {
    let whitespaceFound = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (char === ':')
            return i;
        if (!whitespaceFound && (/[A-Za-z0-9]/.test(char) || char === '-'))
            continue;
        if (i !== 0 && (char === ' ' || char === '\t')) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}
const isBlank = (line) => line.trim() === '';
const isComment = (line) => line.startsWith('#');
const isDivider = (line) => /^---(\s|$)/.test(line);
/** The lines that count as the message: up to a patch divider, trailing comments left out. */
export function messageEnd(lines) {
    let end = lines.findIndex(isDivider);
    if (end === -1)
        end = lines.length;
    while (end > 0 && (isComment(lines[end - 1]) || isBlank(lines[end - 1])))
        end--;
    return end;
}
export function findTrailerBlock(message) {
    const lines = message.replace(/\r\n?/g, '\n').split('\n');
    const end = messageEnd(lines);
    let titleEnd = 0;
    while (titleEnd < end && (isComment(lines[titleEnd]) || !isBlank(lines[titleEnd])))
        titleEnd++;
    let trailerLines = 0;
    let nonTrailerLines = 0;
    let continuation = 0;
    let recognized = false;
    let start = lines.length;
    for (let index = end - 1; index >= titleEnd; index--) {
        const line = lines[index];
        if (isComment(line)) {
            nonTrailerLines += continuation;
            continuation = 0;
            continue;
        }
        if (isBlank(line)) {
            nonTrailerLines += continuation;
            if ((recognized && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0)) {
                start = index + 1;
            }
            break;
        }
        if (GIT_GENERATED.some((prefix) => line.startsWith(prefix))) {
            trailerLines++;
            continuation = 0;
            recognized = true;
            continue;
        }
        const separator = findSeparator(line);
        if (separator >= 1 && !/^\s/.test(line)) {
            trailerLines++;
            continuation = 0;
        }
        else if (/^\s/.test(line)) {
            continuation++;
        }
        else {
            nonTrailerLines += 1 + continuation;
            continuation = 0;
        }
    }
    const blockEnd = start === lines.length ? start : end;
    return { lines, start, end: blockEnd, trailers: start === lines.length ? [] : readTrailers(lines, start, end) };
}
function readTrailers(lines, start, end) {
    const trailers = [];
    for (let index = start; index < end; index++) {
        const line = lines[index];
        if (isComment(line))
            continue;
        const last = trailers[trailers.length - 1];
        if (/^\s/.test(line) && last) {
            last.value = `${last.value} ${line.trim()}`.trim();
            last.span = index - last.line + 1;
            continue;
        }
        const separator = findSeparator(line);
        if (separator < 1)
            continue;
        trailers.push({ key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim(), line: index, span: 1 });
    }
    return trailers;
}
/** `git interpret-trailers --parse` equivalent: "Key: value" lines. */
export function parseTrailers(message) {
    return findTrailerBlock(message).trailers.map((trailer) => `${trailer.key}: ${trailer.value}`);
}
