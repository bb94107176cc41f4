/**
 * The profile register tab reads the registration workflow's records (src/registration) and shows each as a
 * register row: profile, platform, unit, state, responsible head of unit, dates and every change of state.
 */
import type { Platform } from '../registration/registration-form';
import type { RegistrationRecord } from '../registration/registration-record';
import type { RegistrationRepository } from '../registration/registration-repository';
import type { RegisterEntry, RegisterSource } from './register-entry';

const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  snapchat: 'Snapchat',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  other: 'Annen / Other',
};

export function registerEntryOf(record: RegistrationRecord): RegisterEntry {
  const { profile, people } = record.details;
  return {
    id: record.ref,
    profileName: profile.profileName,
    platform: PLATFORM_NAMES[profile.platform],
    url: profile.profileUrl,
    unit: profile.unit,
    state: record.state,
    headOfUnit: people.headName,
    submittedBy: record.requester.name,
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
    history: record.history.map((h) => ({ at: h.at, state: h.to, by: h.by.name, note: h.comment })),
  };
}

/** Every registration, most recently changed first. */
export function registrationRegister(repository: Pick<RegistrationRepository, 'all'>): RegisterSource {
  return async () => (await repository.all()).map(registerEntryOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
