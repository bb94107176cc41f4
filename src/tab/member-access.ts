/**
 * Who may see the profile register: members of the configured IT group (the token's `groups` claim) or the
 * IT members listed for the registration workflow (IT_MEMBER_AAD_IDS). Nobody, when neither is configured.
 */
import type { TabUser } from './sso-verifier';

export interface ItAccess {
  groupId?: string;
  memberObjectIds: readonly string[];
}

export function isItMember(user: TabUser, access: ItAccess): boolean {
  const group = access.groupId?.toLowerCase();
  if (group && user.groups.includes(group)) return true;
  return access.memberObjectIds.some((id) => id.toLowerCase() === user.objectId);
}
