/**
 * The registration records as the IT profile register tab shows them (src/tab/register-entry.ts), newest first.
 * "updated" (corrected by the requester, waiting for IT) shows as "submitted": both wait for IT.
 */
import type { RegisterEntry, RegisterSource, RegisterState } from '../tab/register-entry';
import type { Platform } from './registration-form';
import type { RegistrationRecord } from './registration-record';
import type { RegistrationRepository } from './registration-repository';
import type { RegistrationState } from './registration-states';

const tabState = (state: RegistrationState): RegisterState => (state === 'updated' ? 'submitted' : state);

const platformName: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  other: 'Annen',
};

export function toRegisterEntry(record: RegistrationRecord): RegisterEntry {
  const { profile, people } = record.details;
  return {
    id: record.ref,
    profileName: profile.profileName,
    platform: platformName[profile.platform],
    ...(profile.profileUrl ? { url: profile.profileUrl } : {}),
    unit: profile.unit,
    state: tabState(record.state),
    headOfUnit: people.headName,
    submittedBy: record.requester.name,
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
    history: record.history.map((h) => ({ at: h.at, state: tabState(h.to), by: h.by.name, ...(h.comment ? { note: h.comment } : {}) })),
  };
}

export function registerSource(repository: RegistrationRepository): RegisterSource {
  return async () =>
    (await repository.all())
      .map(toRegisterEntry)
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}
