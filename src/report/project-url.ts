// Where the rules and docs live, for links in reports (SARIF helpUri). OWNER is filled in when the repository is named.
export const PROJECT_URL = 'https://github.com/OWNER/aiguard';
