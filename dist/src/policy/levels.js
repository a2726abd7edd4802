const RANK = { off: 0, info: 1, warn: 2, block: 3 };
/** A rule's level: its own entry in `rules`, else its severity capped by its tool's level. */
export function ruleLevel(rule, policy) {
    const explicit = policy.rules[rule.id];
    if (explicit)
        return explicit;
    const toolLevel = policy.tools[rule.tool] ?? policy.tools['*'] ?? 'warn';
    return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
}
export function statusOf(severity) {
    return severity === 'block' ? 'blocking' : severity === 'warn' ? 'warning' : 'info';
}
/** Gives each finding its level under the policy; findings of rules switched off are dropped. */
export function applyLevels(findings, policy) {
    const result = [];
    for (const finding of findings) {
        const level = ruleLevel({ id: finding.ruleId, tool: finding.tool, severity: finding.severity }, policy);
        if (level === 'off')
            continue;
        result.push({ ...finding, severity: level, status: statusOf(level) });
    }
    return result;
}
