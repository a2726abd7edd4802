// Every usage, config or git error ends the run with exit 2 and one line that names what is at fault.
export class UsageError extends Error {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
export function fail(message) {
    throw new UsageError(message);
}
