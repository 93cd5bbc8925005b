import { FormControl, FormGroup, Validators } from '@angular/forms';
import { fieldError, showFieldErrors } from './form-problems';

describe('showFieldErrors', () => {
  it('puts each message on the control of the same name', () => {
    const form = new FormGroup({ name: new FormControl('SME'), displayName: new FormControl('') });

    showFieldErrors(form, { message: 'Taken.', fieldErrors: { name: ['Taken.', 'Too short.'] } });

    expect(fieldError(form.get('name'))).toBe('Taken. Too short.');
    expect(form.get('name')?.touched).toBe(true);
    expect(fieldError(form.get('displayName'))).toBe('');
  });

  it('points the alert to the fields when every error is shown on one', () => {
    const form = new FormGroup({ name: new FormControl('SME') });

    const left = showFieldErrors(form, { message: 'Validation failed.', fieldErrors: { name: ['Taken.'] } });

    expect(left).toEqual({ message: 'Some fields need a change: see the messages under them.', fieldErrors: { name: ['Taken.'] } });
  });

  it("keeps the API's message when an error names a field the form does not have", () => {
    const form = new FormGroup({ name: new FormControl('SME') });

    const left = showFieldErrors(form, { message: 'Changed by someone else.', fieldErrors: { name: ['Taken.'], concurrencyStamp: ['Changed.'] } });

    expect(left.message).toBe('Changed by someone else.');
    expect(fieldError(form.get('name'))).toBe('Taken.');
  });

  it("keeps the API's message when no field is named", () => {
    const form = new FormGroup({ name: new FormControl('SME') });

    const left = showFieldErrors(form, { message: 'The edition is used by tenants.', fieldErrors: { name: [] } });

    expect(left.message).toBe('The edition is used by tenants.');
    expect(form.get('name')?.errors).toBeNull();
  });
});

describe('fieldError', () => {
  it("names the broken local rule", () => {
    const required = new FormControl('', Validators.required);
    const email = new FormControl('x', Validators.email);
    const long = new FormControl('abcdef', Validators.maxLength(3));

    expect([fieldError(required), fieldError(email), fieldError(long)]).toEqual(['Required.', 'Enter a valid email address.', 'At most 3 characters.']);
  });

  it('is empty for a valid or missing control', () => {
    expect(fieldError(new FormControl('ok'))).toBe('');
    expect(fieldError(null)).toBe('');
  });
});
