import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Session } from '../core/session';
import { GetPermissionListResultDto, PermissionGrantInfoDto } from '../proxy/models';
import { PermissionsService } from '../proxy/services';
import { PermissionsDialog, PermissionsDialogData } from './permissions-dialog';

function permission(name: string, displayName: string, parentName: string | null, extra: Partial<PermissionGrantInfoDto> = {}): PermissionGrantInfoDto {
  return { name, displayName, parentName, isGranted: false, isAvailable: true, allowedProviders: ['R', 'U'], grantedProviders: [], ...extra };
}

const list: GetPermissionListResultDto = {
  entityDisplayName: 'Role editor',
  groups: [
    {
      name: 'Identity',
      displayName: 'Identity management',
      permissions: [
        permission('Identity.Users', 'Users', null),
        permission('Identity.Users.Create', 'Create', 'Identity.Users'),
        permission('Identity.Users.Delete', 'Delete', 'Identity.Users', { isAvailable: false }),
      ],
    },
  ],
};

async function render() {
  const api = { getPermissions: vi.fn().mockResolvedValue(list), updatePermissions: vi.fn().mockResolvedValue(undefined) };
  const dialogRef = { close: vi.fn() };
  const data: PermissionsDialogData = { providerName: 'R', providerKey: 'editor', title: 'role editor' };
  TestBed.configureTestingModule({
    imports: [PermissionsDialog],
    providers: [
      { provide: PermissionsService, useValue: api },
      { provide: Session, useValue: { reload: vi.fn().mockResolvedValue(undefined) } },
      { provide: MatDialogRef, useValue: dialogRef },
      { provide: MAT_DIALOG_DATA, useValue: data },
    ],
  });
  const fixture = TestBed.createComponent(PermissionsDialog);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const checkbox = (label: string) =>
    Array.from(element.querySelectorAll('mat-checkbox')).find((c) => c.textContent?.trim() === label)?.querySelector('input') as HTMLInputElement;
  const click = async (label: string) => {
    checkbox(label).click();
    await fixture.whenStable();
  };
  const button = (label: string) => Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
  return { api, dialogRef, element, checkbox, click, button, fixture };
}

describe('PermissionsDialog', () => {
  it('checks the parent when a child is checked, and saves both', async () => {
    const { api, dialogRef, checkbox, click, button, fixture } = await render();

    await click('Create');
    button('Save').click();
    await fixture.whenStable();

    expect(checkbox('Users').checked).toBe(true);
    expect(api.updatePermissions).toHaveBeenCalledWith({
      providerName: 'R',
      providerKey: 'editor',
      body: { permissions: [{ name: 'Identity.Users', isGranted: true }, { name: 'Identity.Users.Create', isGranted: true }] },
    });
    expect(dialogRef.close).toHaveBeenCalledWith(true);
  });

  it('shows a permission whose feature is off as disabled, with the reason', async () => {
    const { element, checkbox } = await render();

    expect(checkbox('Delete').disabled || checkbox('Delete').getAttribute('aria-disabled') === 'true').toBe(true);
    expect(element.textContent).toContain('Unavailable: a feature it needs is off for this tenant.');
  });

  it('selects every available permission with "Select all"', async () => {
    const { checkbox, click } = await render();

    await click('Select all');

    expect(checkbox('Users').checked).toBe(true);
    expect(checkbox('Create').checked).toBe(true);
    expect(checkbox('Delete').checked).toBe(false);
  });

  it('closes without a request when nothing changed', async () => {
    const { api, dialogRef, button, fixture } = await render();

    button('Save').click();
    await fixture.whenStable();

    expect(api.updatePermissions).not.toHaveBeenCalled();
    expect(dialogRef.close).toHaveBeenCalledWith(false);
  });
});
