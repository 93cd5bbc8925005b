import { AbstractControl, FormGroup } from '@angular/forms';
import { Problem } from './problem';

/**
 * Puts the API's per-field errors (400, or a 409 naming its field) on the form's matching controls,
 * and returns what is left for the form's alert: a pointer to the fields when every error is shown on one.
 */
export function showFieldErrors(form: FormGroup, problem: Problem): Problem {
  const fields = Object.entries(problem.fieldErrors).filter(([, messages]) => messages.length > 0);
  for (const [field, messages] of fields) {
    const control = form.get(field);
    control?.setErrors({ server: messages.join(' ') });
    control?.markAsTouched();
  }

  const allOnFields = fields.length > 0 && fields.every(([field]) => form.get(field) !== null);
  return allOnFields ? { ...problem, message: 'Some fields need a change: see the messages under them.' } : problem;
}

/** The message a control's mat-error shows: the API's, else the broken local rule's. */
export function fieldError(control: AbstractControl | null): string {
  const errors = control?.errors ?? {};
  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }
  if (errors['required']) {
    return 'Required.';
  }
  if (errors['email']) {
    return 'Enter a valid email address.';
  }
  if (errors['maxlength']) {
    return `At most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters.`;
  }
  return '';
}
