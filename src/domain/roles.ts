import { enumValue } from './values';

/**
 * Who may do what. Roles are ordered: each may do what the ones before it may. Anonymous
 * callers are viewers.
 */
export const ROLES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The least role each action needs. */
export const REQUIRED_ROLE = {
  /** Practitioners' e-mail and phone: personal data. */
  readContact: 'ANALYST',
  /** Who last changed a node (their token's subject, often an e-mail address): personal data too. */
  readEditor: 'EDITOR',
  export: 'ANALYST',
  create: 'EDITOR',
  update: 'EDITOR',
  link: 'EDITOR',
  unlink: 'EDITOR',
  delete: 'ADMIN',
  import: 'ADMIN',
  readAudit: 'ADMIN',
} as const satisfies Record<string, Role>;
export type Action = keyof typeof REQUIRED_ROLE;

/** The caller of one request, as its token says (or anonymous). */
export interface Viewer {
  readonly role: Role;
  /** The token's subject; null for anonymous callers. */
  readonly subject: string | null;
}

export const ANONYMOUS: Viewer = { role: 'VIEWER', subject: null };

export function may(viewer: Viewer, action: Action): boolean {
  return ROLES.indexOf(viewer.role) >= ROLES.indexOf(REQUIRED_ROLE[action]);
}

/**
 * A role from a token claim, in any ASCII case ("editor", "EDITOR"); undefined when it is none.
 * Only ASCII letters are folded: Unicode case mapping turns "admın" (dotless ı) into "ADMIN".
 */
export function parseRole(value: unknown): Role | undefined {
  return enumValue(ROLES, value);
}
