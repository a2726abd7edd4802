/** A source of subjects known up front (a message, the environment, a pull request's text). */
export function listSource(label, subjects) {
    return { label, read: () => subjects(), stop: () => undefined };
}
