import { FeatureDto, FeatureValueType } from '../proxy/models';
import { changedValues, errorMessage, kindOf, showFieldErrors, toEditable } from './feature-value';

function feature(name: string, value: string, valueType: object): FeatureDto {
  return {
    name,
    displayName: name,
    description: null,
    value,
    provider: { name: 'D', key: null },
    valueType: valueType as FeatureValueType,
    depth: 0,
    parentName: null,
  };
}

const limit = { name: 'FreeTextStringValueType', minValue: 0, maxValue: 100, validator: { name: 'NUMERIC', minValue: 0, maxValue: 100 } };
const toggle = { name: 'ToggleStringValueType', validator: { name: 'BOOLEAN' } };

describe('kindOf', () => {
  it('reads a toggle', () => {
    expect(kindOf(toggle)).toEqual({ type: 'toggle' });
  });

  it('reads a limit with its bounds from the validator', () => {
    expect(kindOf(limit)).toEqual({ type: 'number', min: 0, max: 100 });
  });

  it('reads a selection with its items', () => {
    const items = [{ value: 'a', displayText: 'A' }];

    expect(kindOf({ name: 'SelectionStringValueType', items })).toEqual({ type: 'selection', items });
  });
});

describe('a limit', () => {
  it('accepts a whole number within its bounds', () => {
    const item = toEditable(feature('Seats', '3', limit));

    item.control.setValue(' 100 ');

    expect(item.control.valid).toBe(true);
  });

  it('asks for a whole number when the text is empty or has a fraction', () => {
    const item = toEditable(feature('Seats', '3', limit));

    for (const text of ['', '1.5', 'ten', '1e3']) {
      item.control.setValue(text);

      expect(errorMessage(item.control.errors)).toBe('Enter a whole number from 0 to 100.');
    }
  });

  it('refuses a number outside its bounds', () => {
    const item = toEditable(feature('Seats', '3', limit));

    item.control.setValue('-1');

    expect(errorMessage(item.control.errors)).toBe('Must be from 0 to 100.');
  });
});

describe('changedValues', () => {
  it('lists only the features whose value changed, trimmed', () => {
    const seats = toEditable(feature('Seats', '3', limit));
    const invoicing = toEditable(feature('Invoicing', 'true', toggle));

    seats.control.setValue(' 42 ');

    expect(changedValues([seats, invoicing])).toEqual([{ name: 'Seats', value: '42' }]);
  });
});

describe('showFieldErrors', () => {
  it('puts the API message on the feature it names and shows it', () => {
    const seats = toEditable(feature('Platform.MaxUsers', '3', limit));
    const invoicing = toEditable(feature('Invoicing', 'true', toggle));

    showFieldErrors([seats, invoicing], { 'Platform.MaxUsers': ['Too many seats.'] });

    expect(errorMessage(seats.control.errors)).toBe('Too many seats.');
    expect(seats.control.touched).toBe(true);
    expect(invoicing.control.errors).toBeNull();
  });
});
