import { listSource } from './source.js';
/** A pull request's own text: its title and body (read with message and pull-request rules) and its branch name. */
export function pullRequestSubjects(text) {
    const subjects = [];
    if (text.title)
        subjects.push({ type: 'pull-request', field: 'title', text: text.title });
    if (text.body)
        subjects.push({ type: 'pull-request', field: 'body', text: text.body });
    if (text.branch)
        subjects.push({ type: 'branch', name: text.branch });
    return subjects;
}
export function pullRequestSource(text) {
    return listSource('pull request', () => pullRequestSubjects(text));
}
