import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseTrailers } from '../../src/detect/trailers.js';

// The reference: what git itself parses out of a message.
function gitParse(message: string): string[] {
  const out = execFileSync('git', ['-c', 'trailer.separators=:', 'interpret-trailers', '--parse'], {
    input: message,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  return out.split('\n').filter((line) => line !== '');
}

const TRICKY: Record<string, string> = {
  'plain Claude footer': 'Fix bug\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'no blank line before the trailer (early 2025 builds)': 'Fix bug\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'subject only': 'Co-Authored-By: Claude <noreply@anthropic.com>\n',
  'squash merge with trailers in the middle':
    'Feature (#12)\n\n* first\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n* second\n\nSigned-off-by: A <a@example.org>\n',
  'Signed-off-by makes a mixed block count (25% rule)': 'Fix\n\nsome prose line\nmore prose\nSigned-off-by: A <a@example.org>\n',
  'prose only in the last paragraph': 'Fix\n\nThis is prose: with a colon in it\n',
  'continuation lines': 'Fix\n\nCo-authored-by: Claude\n  <noreply@anthropic.com>\nSigned-off-by: A <a@example.org>\n',
  'key with space before the colon': 'Fix\n\nCo-authored-by : Claude <noreply@anthropic.com>\n',
  'no space after the colon': 'Fix\n\nCo-authored-by:Claude <noreply@anthropic.com>\n',
  'CRLF line ends': 'Fix\r\n\r\nCo-Authored-By: Claude <noreply@anthropic.com>\r\n',
  'comment lines ignored': 'Fix\n\nSigned-off-by: A <a@example.org>\n# Please enter the commit message\n',
  'patch divider ends the message': 'Fix\n\nCo-authored-by: B <b@example.org>\n---\n a.txt | 1 +\n',
  'URL line is not a trailer block': 'Fix\n\nhttps://claude.ai/code/session_01abc\n',
  'session trailer': 'Fix\n\nClaude-Session: https://claude.ai/code/session_016EWY3\n',
  'cherry-pick line is git-generated': 'Fix\n\nprose\nprose\nprose\n(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n',
  'trailing blank lines': 'Fix\n\nCo-authored-by: B <b@example.org>\n\n\n',
};

describe('parseTrailers agrees with git interpret-trailers --parse', () => {
  for (const [name, message] of Object.entries(TRICKY)) {
    it(name, () => {
      expect(parseTrailers(message)).toEqual(gitParse(message));
    });
  }
});
