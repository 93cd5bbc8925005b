import { PermissionGrantInfoDto, ProviderInfoDto, UpdatePermissionInput } from '../proxy/models';

/** Whether every, some or none of a set of editable permissions is granted (drives a "Select all" checkbox). */
export type SelectionState = 'all' | 'some' | 'none';

/**
 * What one role or user is granted, as edited in the permissions dialog. Immutable: each change
 * returns a new selection. The API's rules apply: a child needs its parent (granting a child grants
 * its parents; revoking a parent revokes its children), a permission whose feature is off cannot be
 * granted, and a grant from another provider (a user's role) is shown but not changed here.
 */
export class PermissionSelection {
  private constructor(
    private readonly permissions: ReadonlyMap<string, PermissionGrantInfoDto>,
    private readonly provider: ProviderInfoDto,
    private readonly original: ReadonlySet<string>,
    private readonly granted: ReadonlySet<string>,
  ) {}

  static of(permissions: readonly PermissionGrantInfoDto[], provider: ProviderInfoDto): PermissionSelection {
    const byName = new Map(permissions.map((p) => [p.name, p]));
    const granted = new Set(permissions.filter((p) => p.grantedProviders.some((g) => sameProvider(g, provider))).map((p) => p.name));
    return new PermissionSelection(byName, provider, granted, granted);
  }

  /** Granted to this role or user itself. */
  isGranted(name: string): boolean {
    return this.granted.has(name);
  }

  /** The other providers that grant the permission (for a user: its roles). */
  grantedElsewhere(name: string): ProviderInfoDto[] {
    return this.permissions.get(name)?.grantedProviders.filter((g) => !sameProvider(g, this.provider)) ?? [];
  }

  /** What the checkbox shows: granted here or elsewhere, and usable at all. */
  isChecked(name: string): boolean {
    return this.isAvailable(name) && (this.isGranted(name) || this.grantedElsewhere(name).length > 0);
  }

  isEditable(name: string): boolean {
    return this.isAvailable(name) && this.grantedElsewhere(name).length === 0;
  }

  isAvailable(name: string): boolean {
    return this.permissions.get(name)?.isAvailable === true;
  }

  /** Grants a permission with its parents, or revokes it with its children. */
  set(name: string, granted: boolean): PermissionSelection {
    if (!this.isEditable(name)) {
      return this;
    }

    const next = new Set(this.granted);
    if (granted) {
      this.grantWithParents(name, next);
    } else {
      this.revokeWithChildren(name, next);
    }

    return this.with(next);
  }

  /**
   * "Select all" over some permissions: grants every editable one (with its parents), or revokes
   * every available one with its children, including redundant grants of what a role already gives.
   */
  setAll(names: readonly string[], granted: boolean): PermissionSelection {
    const next = new Set(this.granted);
    for (const name of names) {
      if (granted && this.isEditable(name)) {
        this.grantWithParents(name, next);
      } else if (!granted && this.isAvailable(name)) {
        this.revokeWithChildren(name, next);
      }
    }

    return this.with(next);
  }

  /** The state of a "Select all" checkbox over these permissions (only the editable ones count). */
  state(names: readonly string[]): SelectionState {
    const editable = names.filter((name) => this.isEditable(name));
    const checked = editable.filter((name) => this.isGranted(name)).length;
    return checked === 0 ? 'none' : checked === editable.length ? 'all' : 'some';
  }

  /** What to send to the API: only what differs from the loaded grants. */
  changes(): UpdatePermissionInput[] {
    return [...this.permissions.keys()]
      .filter((name) => this.original.has(name) !== this.granted.has(name))
      .map((name) => ({ name, isGranted: this.granted.has(name) }));
  }

  private grantWithParents(name: string, granted: Set<string>): void {
    for (let current = this.permissions.get(name); current; current = this.parentOf(current)) {
      granted.add(current.name);
    }
  }

  /** Children are revoked even when their feature is off: the API refuses a grant whose parent is gone. */
  private revokeWithChildren(name: string, granted: Set<string>): void {
    granted.delete(name);
    for (const child of this.permissions.values()) {
      if (child.parentName === name) {
        this.revokeWithChildren(child.name, granted);
      }
    }
  }

  private parentOf(permission: PermissionGrantInfoDto): PermissionGrantInfoDto | undefined {
    return permission.parentName ? this.permissions.get(permission.parentName) : undefined;
  }

  private with(granted: Set<string>): PermissionSelection {
    return new PermissionSelection(this.permissions, this.provider, this.original, granted);
  }
}

function sameProvider(a: ProviderInfoDto, b: ProviderInfoDto): boolean {
  return a.providerName === b.providerName && a.providerKey.toLowerCase() === b.providerKey.toLowerCase();
}
