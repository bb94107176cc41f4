/** Register rows for the tab tests: three profiles in different states, units and platforms. */
import type { RegisterEntry } from '../../../src/tab/register-entry';

export const registerEntries: RegisterEntry[] = [
  {
    id: 'reg-1',
    profileName: 'Båtsfjord kulturhus',
    platform: 'Facebook',
    url: 'https://www.facebook.com/batsfjordkulturhus',
    unit: 'Kultur og fritid',
    state: 'acknowledged',
    headOfUnit: 'Kari Nordmann',
    submittedBy: 'Ola Hansen',
    submittedAt: '2026-02-10T08:15:00Z',
    updatedAt: '2026-02-11T10:00:00Z',
    history: [
      { at: '2026-02-10T08:15:00Z', state: 'submitted', by: 'Ola Hansen' },
      { at: '2026-02-11T10:00:00Z', state: 'acknowledged', by: 'IT: Per Berg' },
    ],
  },
  {
    id: 'reg-2',
    profileName: 'Båtsfjord skole',
    platform: 'Instagram',
    url: 'https://www.instagram.com/batsfjordskole',
    unit: 'Oppvekst',
    state: 'needs-info',
    headOfUnit: 'Anne Olsen',
    submittedBy: 'Siri Lund',
    submittedAt: '2026-02-20T12:00:00Z',
    updatedAt: '2026-02-21T09:30:00Z',
    history: [
      { at: '2026-02-20T12:00:00Z', state: 'submitted', by: 'Siri Lund' },
      { at: '2026-02-21T09:30:00Z', state: 'needs-info', by: 'IT: Per Berg', note: 'Mangler kommunevåpen i profilbildet' },
    ],
  },
  {
    id: 'reg-3',
    profileName: '=HYPERLINK("http://evil")',
    platform: 'LinkedIn',
    unit: 'Administrasjon',
    state: 'submitted',
    headOfUnit: 'Jon Eriksen',
    submittedBy: 'Lise Moe',
    submittedAt: '2026-03-01T07:45:00Z',
    updatedAt: '2026-03-01T07:45:00Z',
    history: [{ at: '2026-03-01T07:45:00Z', state: 'submitted', by: 'Lise Moe' }],
  },
];
