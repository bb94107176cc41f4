/**
 * Who may see a protected tab: members of its configured Entra group (the token's `groups` claim) or the people
 * listed by object id. Nobody, when neither is configured. The register tab uses IT's group and IT_MEMBER_AAD_IDS,
 * the owner tab OWNER_GROUP_ID and OWNER_MEMBER_AAD_IDS.
 */
import type { TabUser } from './sso-verifier';

export interface MemberAccess {
  groupId?: string;
  memberObjectIds: readonly string[];
}

export function isMember(user: TabUser, access: MemberAccess): boolean {
  const group = access.groupId?.toLowerCase();
  if (group && user.groups.includes(group)) return true;
  return access.memberObjectIds.some((id) => id.toLowerCase() === user.objectId);
}
