import { writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { isBlocking } from './build-report.js';
// One module a format, loaded only when asked for.
const LOADERS = {
    text: async () => {
        const { formatText } = await import('./text.js');
        return (report, label) => formatText(report, { label });
    },
    json: async () => (await import('./json.js')).formatJson,
    sarif: async () => (await import('./sarif.js')).formatSarif,
    github: async () => (await import('./github.js')).formatGithub,
    junit: async () => (await import('./junit.js')).formatJunit,
    gitlab: async () => (await import('./gitlab.js')).formatGitlab,
};
export const FORMATS = Object.keys(LOADERS);
/** Help text for the options every reporting command shares. */
export const REPORT_OPTIONS_USAGE = `  --format F          ${FORMATS.join(' | ')} (default text)
  --output F          write the report to F instead of standard output
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable; FILE - is standard output)`;
/** The main report (--format/--output) and every --report FORMAT=FILE, checked before anything is written. */
export function reportTargets(options) {
    const targets = [{ format: checkFormat('--format', options.format ?? 'text'), file: options.output || undefined }];
    for (const spec of options.reports ?? []) {
        const equals = spec.indexOf('=');
        if (equals <= 0 || equals === spec.length - 1)
            throw new UsageError(`--report: expected FORMAT=FILE, got ${spec}`);
        const file = spec.slice(equals + 1);
        targets.push({ format: checkFormat('--report', spec.slice(0, equals)), file: file === '-' ? undefined : file });
    }
    const toStdout = targets.filter((target) => target.file === undefined);
    // Reports given with --report replace the text on standard output unless --format was asked for too.
    if (toStdout.length > 1 && options.format === undefined && targets[0].file === undefined)
        targets.shift();
    if (targets.filter((target) => target.file === undefined).length > 1)
        throw new UsageError('--report: only one report can go to standard output');
    const files = targets.flatMap((target) => (target.file ? [target.file] : []));
    const twice = files.find((file, index) => files.indexOf(file) !== index);
    if (twice)
        throw new UsageError(`--report: ${twice} is named twice`);
    return targets;
}
/** Writes every report asked for; returns the exit code (1 when anything blocks) and the files written. */
export async function emitReports(report, options) {
    const targets = reportTargets(options);
    const written = [];
    for (const target of targets) {
        const text = (await LOADERS[target.format]())(report, options.label);
        if (target.file === undefined) {
            process.stdout.write(text);
            continue;
        }
        try {
            writeFileSync(target.file, text);
        }
        catch (error) {
            const option = target.file === options.output ? '--output' : '--report';
            throw new UsageError(`${option}: cannot write ${target.file}: ${error.code ?? error.message}`);
        }
        written.push(target);
    }
    if (written.length > 0 && !targets.some((target) => target.file === undefined)) {
        const { summary } = report;
        const names = written.map((target) => target.file).join(', ');
        process.stderr.write(`aiguard: ${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info; report written to ${names}\n`);
    }
    return { code: isBlocking(report) ? 1 : 0, files: written };
}
/** Writes the report where it was asked for and returns the exit code: 1 when anything blocks. */
export async function emitReport(report, options) {
    return (await emitReports(report, options)).code;
}
function checkFormat(option, format) {
    if (!Object.hasOwn(LOADERS, format))
        throw new UsageError(`${option}: unknown format ${format} (expected ${FORMATS.join(', ')})`);
    return format;
}
