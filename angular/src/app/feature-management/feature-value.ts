import { FormControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  FeatureDto,
  FeatureValueType,
  FeatureValueTypeFreeTextStringValueType,
  FeatureValueTypeSelectionStringValueType,
  FeatureValueTypeToggleStringValueType,
  SelectionItem,
  UpdateFeatureInput,
} from '../proxy/models';

/** How a feature's value is edited, read from its value type. */
export type FeatureKind =
  | { readonly type: 'toggle' }
  | { readonly type: 'number'; readonly min: number; readonly max: number }
  | { readonly type: 'selection'; readonly items: readonly SelectionItem[] };

/** One feature as edited: the control holds the value as the API's text. */
export interface EditableFeature {
  readonly feature: FeatureDto;
  readonly kind: FeatureKind;
  readonly control: FormControl<string>;
}

type KnownValueType =
  | FeatureValueTypeToggleStringValueType
  | FeatureValueTypeFreeTextStringValueType
  | FeatureValueTypeSelectionStringValueType;

export function kindOf(valueType: FeatureValueType): FeatureKind {
  const known = valueType as KnownValueType;
  switch (known.name) {
    case 'ToggleStringValueType':
      return { type: 'toggle' };
    case 'SelectionStringValueType':
      return { type: 'selection', items: known.items };
    default: {
      const limits = known as FeatureValueTypeFreeTextStringValueType;
      return {
        type: 'number',
        min: limits.validator?.minValue ?? limits.minValue ?? Number.MIN_SAFE_INTEGER,
        max: limits.validator?.maxValue ?? limits.maxValue ?? Number.MAX_SAFE_INTEGER,
      };
    }
  }
}

/** A whole number from min to max, written as digits (the API parses it as an integer). */
export function wholeNumberBetween(min: number, max: number): ValidatorFn {
  return (control): ValidationErrors | null => {
    const text = String(control.value ?? '').trim();
    if (!/^-?\d+$/.test(text)) {
      return { wholeNumber: { min, max } };
    }

    const value = Number(text);
    return value < min || value > max ? { range: { min, max } } : null;
  };
}

/** What to tell the user about a control's errors, the API's own message first. */
export function errorMessage(errors: ValidationErrors | null): string | null {
  if (!errors) {
    return null;
  }

  if (typeof errors['server'] === 'string') {
    return errors['server'];
  }

  const limits = (errors['wholeNumber'] ?? errors['range']) as { min: number; max: number } | undefined;
  if (errors['wholeNumber'] && limits) {
    return `Enter a whole number from ${limits.min} to ${limits.max}.`;
  }

  return limits ? `Must be from ${limits.min} to ${limits.max}.` : 'This value is not valid.';
}

export function toEditable(feature: FeatureDto): EditableFeature {
  const kind = kindOf(feature.valueType);
  const validators = kind.type === 'number' ? [wholeNumberBetween(kind.min, kind.max)] : [];
  return { feature, kind, control: new FormControl(feature.value, { nonNullable: true, validators }) };
}

/** The values the user changed, trimmed, ready for UpdateFeatures. */
export function changedValues(features: readonly EditableFeature[]): UpdateFeatureInput[] {
  return features
    .map((item) => ({ name: item.feature.name, value: item.control.value.trim() }))
    .filter((change, index) => change.value !== features[index].feature.value);
}

/** Puts the API's 400 errors (keyed by feature name) on the features' controls. */
export function showFieldErrors(features: readonly EditableFeature[], fieldErrors: Readonly<Record<string, readonly string[]>>): void {
  for (const item of features) {
    const name = item.feature.name;
    const message = (fieldErrors[name] ?? fieldErrors[name.charAt(0).toLowerCase() + name.slice(1)])?.[0];
    if (message) {
      item.control.setErrors({ server: message });
      item.control.markAsTouched();
    }
  }
}
