import { PermissionGrantInfoDto, ProviderInfoDto } from '../proxy/models';
import { PermissionSelection } from './permission-selection';

const role: ProviderInfoDto = { providerName: 'R', providerKey: 'editor' };
const user: ProviderInfoDto = { providerName: 'U', providerKey: '5f0c2a9e-0000-4000-8000-000000000001' };

function permission(name: string, parentName: string | null, grantedProviders: ProviderInfoDto[] = [], isAvailable = true): PermissionGrantInfoDto {
  return {
    name,
    displayName: name,
    parentName,
    isAvailable,
    isGranted: isAvailable && grantedProviders.length > 0,
    allowedProviders: ['R', 'U'],
    grantedProviders,
  };
}

const usersTree = (grants: Record<string, ProviderInfoDto[]> = {}, unavailable: string[] = []) =>
  ['Identity.Users', 'Identity.Users.Create', 'Identity.Users.Delete', 'Identity.Roles'].map((name) =>
    permission(name, name.startsWith('Identity.Users.') ? 'Identity.Users' : null, grants[name] ?? [], !unavailable.includes(name)),
  );
const names = ['Identity.Users', 'Identity.Users.Create', 'Identity.Users.Delete', 'Identity.Roles'];

describe('PermissionSelection', () => {
  it('grants the parent when a child is checked', () => {
    const selection = PermissionSelection.of(usersTree(), role).set('Identity.Users.Create', true);

    expect(selection.isGranted('Identity.Users')).toBe(true);
    expect(selection.changes()).toEqual([
      { name: 'Identity.Users', isGranted: true },
      { name: 'Identity.Users.Create', isGranted: true },
    ]);
  });

  it('revokes the children when the parent is unchecked', () => {
    const granted = { 'Identity.Users': [role], 'Identity.Users.Create': [role], 'Identity.Users.Delete': [role] };

    const selection = PermissionSelection.of(usersTree(granted), role).set('Identity.Users', false);

    expect(names.filter((n) => selection.isGranted(n))).toEqual([]);
    expect(selection.changes()).toHaveLength(3);
  });

  it('revokes a child whose feature is off together with its parent, but never grants it', () => {
    const granted = { 'Identity.Users': [role], 'Identity.Users.Delete': [role] };
    const loaded = PermissionSelection.of(usersTree(granted, ['Identity.Users.Delete']), role);

    expect(loaded.isChecked('Identity.Users.Delete')).toBe(false);
    expect(loaded.set('Identity.Users.Delete', true).changes()).toEqual([]);
    expect(loaded.set('Identity.Users', false).changes()).toEqual([
      { name: 'Identity.Users', isGranted: false },
      { name: 'Identity.Users.Delete', isGranted: false },
    ]);
  });

  it('selects all editable permissions, leaving unavailable ones alone', () => {
    const selection = PermissionSelection.of(usersTree({}, ['Identity.Users.Delete']), role).setAll(names, true);

    expect(names.filter((n) => selection.isGranted(n))).toEqual(['Identity.Users', 'Identity.Users.Create', 'Identity.Roles']);
    expect(selection.state(names)).toBe('all');
  });

  it('unselects all', () => {
    const granted = { 'Identity.Users': [role], 'Identity.Users.Create': [role], 'Identity.Roles': [role] };

    const selection = PermissionSelection.of(usersTree(granted), role).setAll(names, false);

    expect(selection.state(names)).toBe('none');
    expect(selection.changes().every((c) => !c.isGranted)).toBe(true);
  });

  it('reports some when only part of a group is granted', () => {
    const selection = PermissionSelection.of(usersTree(), role).set('Identity.Roles', true);

    expect(selection.state(names)).toBe('some');
    expect(selection.state(['Identity.Roles'])).toBe('all');
  });

  it("shows a user's grant from a role as checked but not editable", () => {
    const editor: ProviderInfoDto = { providerName: 'R', providerKey: 'editor' };
    const selection = PermissionSelection.of(usersTree({ 'Identity.Users': [editor] }), user);

    expect(selection.isChecked('Identity.Users')).toBe(true);
    expect(selection.isEditable('Identity.Users')).toBe(false);
    expect(selection.grantedElsewhere('Identity.Users')).toEqual([editor]);
    expect(selection.set('Identity.Users', false).changes()).toEqual([]);
  });

  it("grants the user the parent itself when a child is checked, even if a role already gives the parent", () => {
    const editor: ProviderInfoDto = { providerName: 'R', providerKey: 'editor' };

    const selection = PermissionSelection.of(usersTree({ 'Identity.Users': [editor] }), user).set('Identity.Users.Create', true);

    expect(selection.changes()).toEqual([
      { name: 'Identity.Users', isGranted: true },
      { name: 'Identity.Users.Create', isGranted: true },
    ]);
  });

  it('matches its own grants whatever the case of the provider key', () => {
    const upper = { providerName: 'U', providerKey: user.providerKey.toUpperCase() };

    const selection = PermissionSelection.of(usersTree({ 'Identity.Roles': [upper] }), user);

    expect(selection.isGranted('Identity.Roles')).toBe(true);
    expect(selection.isEditable('Identity.Roles')).toBe(true);
  });

  it('sends nothing when a change is undone', () => {
    const selection = PermissionSelection.of(usersTree(), role).set('Identity.Roles', true).set('Identity.Roles', false);

    expect(selection.changes()).toEqual([]);
  });
});
