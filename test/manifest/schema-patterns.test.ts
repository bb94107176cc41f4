import { escapeLoneBrackets, repairSchemaPatterns } from '../../scripts/app-package/schema-patterns';

const official = '^activities.activityTypes\\[\\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\\b]\\.description$';

describe('schema pattern repair', () => {
  it('the official localization pattern does not compile with the unicode flag AJV 8 uses', () => {
    expect(() => new RegExp(official, 'u')).toThrow(/Lone quantifier brackets/);
  });

  it('escapes only the lone ] and keeps the meaning', () => {
    const fixed = escapeLoneBrackets(official);
    expect(fixed).toBe('^activities.activityTypes\\[\\b([0-9]|[1-8][0-9]|9[0-9]|1[01][0-9]|12[0-7])\\b\\]\\.description$');
    const before = new RegExp(official);
    const after = new RegExp(fixed, 'u');
    for (const key of ['activities.activityTypes[0].description', 'activities.activityTypes[127].description', 'activities.activityTypes[128].description', 'activities.activityTypes[01].description']) {
      expect(after.test(key)).toBe(before.test(key));
    }
    expect(after.test('activities.activityTypes[127].description')).toBe(true);
  });

  it('leaves character classes and escaped brackets alone', () => {
    expect(escapeLoneBrackets('^[a-z\\]]+\\[0\\]$')).toBe('^[a-z\\]]+\\[0\\]$');
  });

  it('repairs patternProperties keys and pattern values in a copy', () => {
    const schema = { patternProperties: { [official]: { type: 'string', pattern: 'a]' } }, properties: { ok: { pattern: '^[0-9]$' } } };
    const { schema: repaired, repaired: list } = repairSchemaPatterns(schema);
    expect(list).toEqual([official, 'a]']);
    expect(Object.keys(repaired.patternProperties)).toEqual([escapeLoneBrackets(official)]);
    expect(repaired.properties.ok.pattern).toBe('^[0-9]$');
    expect(Object.keys(schema.patternProperties)).toEqual([official]);
  });
});
