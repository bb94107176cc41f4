import { bundledManifestVersions, formatSchemaError, jsonPointerToPath, schemaUrl, validateLocalization, validateManifest } from '../../scripts/app-package/validate-manifest';
import { filledManifest, localization } from './helpers';

type Json = Record<string, unknown>;
const bot = (manifest: Json): Json => (manifest.bots as Json[])[0] as Json;

describe('the filled manifest', () => {
  it('uses a manifest version of 1.19 or later whose schema is bundled (offline validation)', () => {
    const manifest = filledManifest();
    const version = manifest.manifestVersion as string;
    expect(version).toBe('1.22');
    expect(manifest.$schema).toBe(schemaUrl(version));
    expect(bundledManifestVersions()).toContain(version);
  });

  it('passes the official Teams schema', async () => {
    expect(await validateManifest(filledManifest())).toEqual([]);
  });

  it('has the bot, tabs, SSO resource and domains pointing at the configured host and ids', () => {
    const manifest = filledManifest();
    expect(bot(manifest)).toMatchObject({ botId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', scopes: ['personal', 'team', 'groupChat'], supportsFiles: false });
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ entityId: 'guidelines', name: 'Retningslinjer', contentUrl: 'https://some-bot.example.no/tab/guidelines', websiteUrl: 'https://some-bot.example.no/tab/guidelines', scopes: ['personal'] }),
      expect.objectContaining({ entityId: 'ownerFeedback', name: 'Tilbakemeldinger', contentUrl: 'https://some-bot.example.no/tab/owner', websiteUrl: 'https://some-bot.example.no/tab/owner', scopes: ['personal'] }),
    ]);
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: 'https://some-bot.example.no/tab/register/config', scopes: ['team'], canUpdateConfiguration: true })]);
    expect(manifest.webApplicationInfo).toEqual({ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', resource: 'api://some-bot.example.no/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' });
    expect(manifest.validDomains).toEqual(['some-bot.example.no']);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'nb-NO', additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }] });
  });

  it('lists the commands per scope, with the IT channel and register commands in team scope only', () => {
    const lists = bot(filledManifest()).commandLists as Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
    const titles = (scope: string): string[] => lists.find((l) => l.scopes.includes(scope))?.commands.map((c) => c.title) ?? [];
    const common = ['hjelp', 'meny', 'start på nytt', 'registrer profil', 'mine registreringer', 'spør leder', 'mine saker'];
    expect(lists.map((l) => l.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    expect(titles('personal')).toEqual(common);
    expect(titles('groupChat')).toEqual(common);
    expect(titles('team')).toEqual([...common, 'bruk denne kanalen for IT-varsler', 'oversikt']);
  });

  it('needs manifest 1.21+: the 33-character IT channel command is too long for the 1.19/1.20 schemas', async () => {
    const manifest = filledManifest();
    manifest.manifestVersion = '1.20';
    manifest.$schema = schemaUrl('1.20');
    delete manifest.webApplicationInfo; // keep the comparison to the command title
    expect(await validateManifest(manifest)).toContain('manifest.json: bots[0].commandLists[1].commands[7].title: must NOT have more than 32 characters');
  });
});

describe('validateManifest on broken manifests', () => {
  it('names a missing bots[0].botId', async () => {
    const manifest = filledManifest();
    delete bot(manifest).botId;
    expect(await validateManifest(manifest)).toEqual(["manifest.json: bots[0]: must have required property 'botId'"]);
  });

  it.each(['1.0', '1.0.0-beta', 'latest'])('names an invalid version %j (which the schema itself lets through)', async (version) => {
    const manifest = filledManifest();
    manifest.version = version;
    expect(await validateManifest(manifest)).toEqual([`manifest.json: version must be MAJOR.MINOR.PATCH with digits only (e.g. 1.4.0; no leading zeros, no "-beta" suffix), got ${JSON.stringify(version)}`]);
  });

  it('explains pattern errors in words', async () => {
    const manifest = filledManifest();
    manifest.id = 'not-a-guid';
    manifest.accentColor = 'blue';
    (manifest.developer as Json).privacyUrl = 'www.batsfjord.kommune.no/personvern';
    expect(await validateManifest(manifest)).toEqual([
      'manifest.json: id: must be a GUID',
      'manifest.json: developer.privacyUrl: must be an https:// URL',
      'manifest.json: accentColor: must be a colour like #0B4A6F',
    ]);
  });

  it('names unknown properties and enum values', async () => {
    const manifest = filledManifest();
    manifest.packageName = 'no.batsfjord.some';
    bot(manifest).scopes = ['personal', 'groupchat'];
    const problems = await validateManifest(manifest);
    expect(problems).toContain('manifest.json: (root): must NOT have additional properties ("packageName" is not allowed here)');
    expect(problems).toContain('manifest.json: bots[0].scopes[1]: must be equal to one of the allowed values (allowed: "team", "personal", "groupChat", "copilot")');
  });

  it('refuses a manifest version without a bundled schema instead of downloading one', async () => {
    const manifest = filledManifest();
    manifest.manifestVersion = '1.18';
    const problems = await validateManifest(manifest);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^manifest\.json: manifestVersion "1\.18" has no schema bundled in @microsoft\/app-manifest \(bundled: .*1\.22/);
  });

  it('catches a $schema that does not match manifestVersion', async () => {
    const manifest = filledManifest();
    manifest.$schema = schemaUrl('1.19');
    expect(await validateManifest(manifest)).toEqual([`manifest.json: $schema is "${schemaUrl('1.19')}" but manifestVersion 1.22 needs ${schemaUrl('1.22')}`]);
  });
});

describe('validateLocalization (en-us.json)', () => {
  it('passes the official localization schema and translates only strings that exist', async () => {
    expect(await validateLocalization(filledManifest(), localization(), 'en-us.json')).toEqual([]);
  });

  it('translates the name, the descriptions, the tab and every command', () => {
    const manifest = filledManifest();
    const en = localization();
    const expected = ['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name', 'staticTabs[1].name'];
    (bot(manifest).commandLists as Array<{ commands: unknown[] }>).forEach((list, i) =>
      list.commands.forEach((_, j) => expected.push(`bots[0].commandLists[${i}].commands[${j}].title`, `bots[0].commandLists[${i}].commands[${j}].description`)),
    );
    expect(Object.keys(en).filter((k) => k !== '$schema').sort()).toEqual(expected.sort());
    expect(en['bots[0].commandLists[0].commands[0].title']).toBe('help');
  });

  it('names a string that is too long for the schema', async () => {
    const en = { ...localization(), 'name.short': 'Social media guidelines of the municipality' };
    expect(await validateLocalization(filledManifest(), en, 'en-us.json')).toEqual(['en-us.json: name.short: must NOT have more than 30 characters']);
  });

  it('names a missing required string and an unknown key', async () => {
    const en: Json = { ...localization(), nameShort: 'x' };
    delete en['description.full'];
    const problems = await validateLocalization(filledManifest(), en, 'en-us.json');
    expect(problems).toContain("en-us.json: (root): must have required property 'description.full'");
    expect(problems).toContain('en-us.json: (root): must NOT have additional properties ("nameShort" is not allowed here)');
  });

  it('names a key the schema allows but that points at nothing in the manifest', async () => {
    const en = { ...localization(), 'bots[0].commandLists[0].commands[9].title': 'extra', 'activities.activityTypes[3].description': 'x' };
    expect(await validateLocalization(filledManifest(), en, 'en-us.json')).toEqual([
      'en-us.json: key "bots[0].commandLists[0].commands[9].title" does not point at a string in the manifest',
      'en-us.json: key "activities.activityTypes[3].description" does not point at a string in the manifest',
    ]);
  });
});

describe('error formatting', () => {
  it('turns JSON pointers into property paths', () => {
    expect(jsonPointerToPath('')).toBe('(root)');
    expect(jsonPointerToPath('/bots/0/commandLists/1/commands/7/title')).toBe('bots[0].commandLists[1].commands[7].title');
  });

  it('keeps an unexpected message as it is', () => {
    expect(formatSchemaError('m.json', 'something else')).toBe('m.json: something else');
  });
});
