import { fillTemplate, listPlaceholders } from '../../scripts/app-package/fill-template';
import { PackageError } from '../../scripts/app-package/package-error';
import { readTemplate, TEST_VARIABLES } from './helpers';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PackageError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a PackageError');
}

describe('fillTemplate', () => {
  it('uses exactly the four documented variables in the manifest template', () => {
    expect(listPlaceholders(readTemplate()).sort()).toEqual(['APP_VERSION', 'BOT_DOMAIN', 'MICROSOFT_APP_ID', 'TEAMS_APP_ID']);
  });

  it('fills every placeholder of the manifest template and leaves no ${{ behind', () => {
    const filled = fillTemplate(readTemplate(), { ...TEST_VARIABLES });
    expect(filled).not.toContain('${{');
    expect(filled).not.toContain('}}');
    expect(filled).toContain(`"botId": "${TEST_VARIABLES.MICROSOFT_APP_ID}"`);
    expect(filled).toContain(`"resource": "api://${TEST_VARIABLES.BOT_DOMAIN}/${TEST_VARIABLES.MICROSOFT_APP_ID}"`);
    expect(() => JSON.parse(filled) as unknown).not.toThrow();
  });

  it('escapes values for JSON string literals', () => {
    const filled = fillTemplate('{"a": "${{X}}"}', { X: 'say "hei"\\' });
    expect(JSON.parse(filled)).toEqual({ a: 'say "hei"\\' });
  });

  it('accepts spaces inside the braces', () => {
    expect(fillTemplate('"${{ X }}"', { X: 'y' })).toBe('"y"');
  });

  it('names every placeholder without a value', () => {
    const problems = problemsOf(() => fillTemplate('{"id": "${{TEAMS_APP_ID}}", "bot": "${{MICROSOFT_APP_ID}}"}', { TEAMS_APP_ID: 'x' }, 'manifest.template.json'));
    expect(problems).toEqual(['manifest.template.json: placeholder ${{MICROSOFT_APP_ID}} has no value (set MICROSOFT_APP_ID)']);
  });

  it('reports a malformed placeholder that would otherwise be left in the package, with its position', () => {
    const problems = problemsOf(() => fillTemplate('{\n  "url": "https://${{BOT_DOMAIN}/tab"\n}', { BOT_DOMAIN: 'x.example.no' }, 't.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^t\.json: unfilled placeholder at line 2, column 19: "\$\{\{BOT_DOMAIN}\/tab/);
  });
});
