import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { confirmed } from './confirm-dialog';

/** Asks, then clicks the button labelled `label`; tells the dialog's role and name as they were before the answer. */
async function answer(label: string): Promise<{ result: boolean; role: string | null; name: string | null | undefined }> {
  const dialogs = TestBed.inject(MatDialog);
  const pending = confirmed(dialogs, { title: 'Delete the role editor?', message: 'Its users lose what it grants.', action: 'Delete' });
  await firstValueFrom(dialogs.openDialogs[0].afterOpened());
  const container = document.querySelector('mat-dialog-container') as HTMLElement;
  const role = container.getAttribute('role');
  const name = document.getElementById(container.getAttribute('aria-labelledby') ?? '')?.textContent;

  Array.from(container.querySelectorAll('button')).find((b) => b.textContent?.trim() === label)?.click();
  return { result: await pending, role, name };
}

describe('confirmed', () => {
  it('asks with an alert dialog named by its question, and resolves true on its action', async () => {
    const { result, role, name } = await answer('Delete');

    expect(role).toBe('alertdialog');
    expect(name).toBe('Delete the role editor?');
    expect(result).toBe(true);
  });

  it('resolves false on Cancel', async () => {
    const { result } = await answer('Cancel');

    expect(result).toBe(false);
  });
});
