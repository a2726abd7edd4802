import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/assets/claude-settings-scope.ts
function claudeSettingsScopeText() {
  return `# Source: ../shared/reference/claude-settings-scope.tsv of the aiguard project (ai-artefact-catalog.md \xA71e), copied as data; refresh it from there.
# Every Claude Code settings key with its documented scope (columns: key, scope), from the Claude Code settings reference docs (docs/settings-reference.md, each key's "Scope" line, docs of 2026-08-22). Keys of scope user or managed (any scope but "Any file") found in a project file such as a committed .claude/settings.json are suspicious.
advisorModel	Any file
alwaysThinkingEnabled	Any file
availableModels	Any file
effortLevel	Any file
enforceAvailableModels	Any file
fallbackModel	Any file
fastMode	Any file
fastModePerSessionOptIn	Any file
language	Any file
model	Any file
modelOverrides	Any file
outputStyle	Any file
showThinkingSummaries	Any file
switchModelsOnFlag	Any file
ultracode	Any file
allowManagedPermissionRulesOnly	Managed
autoMode	User or managed
autoMode.classifyAllShell	User or managed
disableAutoMode	Any file
permissions	Any file
useAutoModeDuringPlan	User, local, or managed
permissions.allow	Any file
permissions.ask	Any file
permissions.deny	Any file
permissions.additionalDirectories	Any file
permissions.defaultMode	Any file
permissions.disableBypassPermissionsMode	Any file
skipAutoPermissionPrompt	User or managed
skipDangerousModePermissionPrompt	User, local, or managed
sandbox	Any file
sandbox.enabled	Any file
sandbox.failIfUnavailable	Any file
sandbox.autoAllowBashIfSandboxed	Any file
sandbox.excludedCommands	Any file
sandbox.allowUnsandboxedCommands	Any file
sandbox.filesystem	Any file
sandbox.filesystem.allowWrite	Any file
sandbox.filesystem.denyWrite	Any file
sandbox.filesystem.denyRead	Any file
sandbox.filesystem.allowRead	Any file
sandbox.filesystem.allowManagedReadPathsOnly	Managed
sandbox.filesystem.disabled	User or managed
sandbox.ignoreViolations	Any file
sandbox.enableWeakerNestedSandbox	Any file
sandbox.enableWeakerNetworkIsolation	Any file
sandbox.allowAppleEvents	User or managed
sandbox.ripgrep	User or managed
sandbox.bwrapPath	Managed
sandbox.socatPath	Managed
sandbox.credentials	Any file
sandbox.credentials.files	Any file
sandbox.credentials.envVars	Any file
sandbox.credentials.allowPlaintextInject	User or managed
sandbox.credentials.awsPairs	User or managed
sandbox.credentials.sigv4	User or managed
sandbox.network	Any file
sandbox.network.allowUnixSockets	Any file
sandbox.network.allowAllUnixSockets	Any file
sandbox.network.allowLocalBinding	Any file
sandbox.network.allowMachLookup	Any file
sandbox.network.allowedDomains	Any file
sandbox.network.deniedDomains	Any file
sandbox.network.strictAllowlist	User or managed
sandbox.network.allowManagedDomainsOnly	Managed
sandbox.network.httpProxyPort	Any file
sandbox.network.socksProxyPort	Any file
sandbox.network.tlsTerminate	User or managed
autoCompactEnabled	Any file
autoCompactWindow	Any file
autoMemoryDirectory	Any file
autoMemoryEnabled	Any file
claudeMd	Managed
claudeMdExcludes	Any file
env	Any file
fileCheckpointingEnabled	Any file
plansDirectory	Any file
skillListingBudgetFraction	Any file
skillListingMaxDescChars	Any file
askUserQuestionTimeout	User or managed
autoScrollEnabled	Any file
axScreenReader	Any file
companyAnnouncements	Any file
defaultShell	Any file
dialogExpiry	User or managed
editorMode	Any file
emojiCompletionEnabled	Any file
fileSuggestion	Any file
footerLinksRegexes	User or managed
keybindingFlavor	Any file
prefersReducedMotion	Any file
promptSuggestionEnabled	Any file
respectGitignore	Any file
respondToBashCommands	Any file
showClearContextOnPlanAccept	Any file
showTurnDuration	Any file
spellcheck	User or managed
spinnerTipsEnabled	Any file
spinnerTipsOverride	Any file
spinnerVerbs	Any file
statusLine	Any file
subagentStatusLine	Any file
syntaxHighlightingDisabled	Any file
terminalProgressBarEnabled	Any file
terminalTitleFromRename	Any file
theme	Any file
tui	Any file
verbose	Any file
viewMode	Any file
vimInsertModeRemaps	User or managed
voice	Any file
voiceEnabled	Any file
wheelScrollAccelerationEnabled	Any file
attribution	Any file
includeCoAuthoredBy	Any file
includeGitInstructions	Any file
prUrlTemplate	Any file
attribution.commit	Any file
attribution.pr	Any file
attribution.sessionUrl	Any file
allowedHttpHookUrls	Any file
allowManagedHooksOnly	Managed
disableAllHooks	Any file
disableWorkflows	Any file
enableWorkflows	Any file
hooks	Any file
httpHookAllowedEnvVars	Any file
workflowKeywordTriggerEnabled	Any file
workflowSizeGuideline	Any file
disableBundledSkills	Any file
disableSkillShellExecution	Any file
skillOverrides	Any file
syncClaudeAiSkills	User, local, or managed
allowedChannelPlugins	Managed
blockedMarketplaces	Managed
channelsEnabled	Managed
disableCommandPluginSources	Managed
pluginSuggestionMarketplaces	Managed
pluginTrustMessage	Managed
strictKnownMarketplaces	Managed
strictPluginOnlyCustomization	Managed
strictPluginOnlyCustomization.skills	Managed
strictPluginOnlyCustomization.agents	Managed
strictPluginOnlyCustomization.hooks	Managed
strictPluginOnlyCustomization.mcp	Managed
enabledPlugins	Any file
extraKnownMarketplaces	Any file
pluginConfigs	User or managed
allowAllClaudeAiMcps	Managed
allowedMcpServers	Any file
allowManagedMcpServersOnly	Managed
deniedMcpServers	Any file
disableClaudeAiConnectors	Any file
disabledMcpjsonServers	Any file
enableAllProjectMcpServers	Any file
enabledMcpjsonServers	Any file
agent	Any file
crossSessionInbound	Any file
disableAgentView	Any file
isolatePeerMachines	Any file
processWrapper	User or managed
teammateMode	Any file
worktree	Any file
worktree.baseRef	Any file
worktree.symlinkDirectories	Any file
worktree.sparsePaths	Any file
worktree.bgIsolation	Any file
agentPushNotifEnabled	Any file
awaySummaryEnabled	Any file
disableArtifact	Any file
disableDeepLinkRegistration	Any file
disableRemoteControl	Any file
enableArtifact	User or managed
inputNeededNotifEnabled	Any file
preferredNotifChannel	Any file
remote.defaultEnvironmentId	Any file
remoteControlAtStartup	Any file
sshConfigs	User or managed
sshHostAllowlist	Managed
apiKeyHelper	Any file
awsAuthRefresh	Any file
awsCredentialExport	Any file
forceLoginMethod	Any file
forceLoginGatewayUrl	Managed
forceLoginOrgUUID	Any file
gcpAuthRefresh	Any file
otelHeadersHelper	Any file
autoUpdatesChannel	Any file
minimumVersion	Any file
requiredMaximumVersion	Managed
requiredMinimumVersion	Managed
browserExternalPageTools	Managed
disableBrowserExternalNavigation	Managed
disableMobileSimulatorTools	Managed
cleanupPeriodDays	Any file
feedbackSurveyRate	Any file
skipWebFetchPreflight	Any file
disableSideloadFlags	Managed
forceRemoteSettingsRefresh	Managed
parentSettingsBehavior	Managed
policyHelper	Managed
policyHelper.path	Managed
policyHelper.timeoutMs	Managed
policyHelper.refreshIntervalMs	Managed
wslInheritsWindowsSettings	Managed
autoConnectIde	Global config
autoInstallIdeExtension	Global config
diffTool	Global config
externalEditorContext	Global config
permissionExplainerEnabled	Global config
teammateDefaultModel	Global config
`;
}

// src/detect/settings/agent-settings.ts
var RISKY_PERMISSION_MODES = /* @__PURE__ */ new Set(["bypassPermissions", "dontAsk", "auto", "acceptEdits"]);
var RISKY_COMMANDS = "curl|wget|sh|bash|zsh|eval|python3?|node|npx|bunx|uvx|ssh|scp|nc|sudo|rm";
var BROAD_PERMISSION = new RegExp(
  `^(?:\\*|Bash|Bash\\(\\s*(?:\\*\\s*)?\\)|Bash\\(\\s*(?:${RISKY_COMMANDS})\\b[^)]*\\)|WebFetch|WebFetch\\(\\s*(?:\\*\\s*)?\\)|mcp__.*|(?:Edit|Write|Read)\\(\\s*(?:\\*\\*|\\/\\/?\\*\\*|~\\/?\\*\\*)\\s*\\))$`
);
var BROAD_TOOL = /^(?:\*|Bash|Bash\(\s*(?:\*\s*)?\)|WebFetch|mcp__.*)$/;
var COMMAND_KEYS = ["statusLine", "subagentStatusLine", "fileSuggestion"];
var CREDENTIAL_HELPERS = ["apiKeyHelper", "awsAuthRefresh", "awsCredentialExport", "gcpAuthRefresh", "otelHeadersHelper"];
var HOOK_ACTION_KEYS = {
  command: ["command"],
  http: ["url"],
  mcp_tool: ["server", "tool"],
  prompt: ["prompt"],
  agent: ["prompt"]
};
var BYPASS_KEYS = ["skipDangerousModePermissionPrompt", "autoMode"];
var ENV_FILE_VARIABLE = "CLAUDE_ENV_FILE";
var GIT_INSTRUCTIONS_VARIABLE = "CLAUDE_CODE_DISABLE_GIT_INSTRUCTIONS";
var scopes;
function settingsKeyScopes() {
  if (scopes) return scopes;
  scopes = /* @__PURE__ */ new Map();
  for (const line of claudeSettingsScopeText().split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const [key, scope] = line.split("	");
    if (key && scope) scopes.set(key.trim(), scope.trim());
  }
  return scopes;
}
function validInFile(scope, file) {
  if (scope === "Any file") return true;
  return file === "local" && /\blocal\b/i.test(scope);
}

export {
  RISKY_PERMISSION_MODES,
  BROAD_PERMISSION,
  BROAD_TOOL,
  COMMAND_KEYS,
  CREDENTIAL_HELPERS,
  HOOK_ACTION_KEYS,
  BYPASS_KEYS,
  ENV_FILE_VARIABLE,
  GIT_INSTRUCTIONS_VARIABLE,
  settingsKeyScopes,
  validInFile
};
