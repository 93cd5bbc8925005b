import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GetFeatureListResultDto } from '../proxy/models';
import { EditionsService, FeaturesService, TenantsService } from '../proxy/services';
import { FeatureProviderName, FeaturesPage } from './features-page';

const list: GetFeatureListResultDto = {
  groups: [
    {
      name: 'Platform',
      displayName: 'Platform',
      features: [
        {
          name: 'Platform.MaxUsers',
          displayName: 'Users (seats)',
          description: '0 means no limit.',
          value: '3',
          provider: { name: 'D', key: null },
          valueType: { name: 'FreeTextStringValueType', minValue: 0, maxValue: 1000000 } as object,
          depth: 0,
          parentName: null,
        },
      ],
    },
  ],
};

async function render(providerName: FeatureProviderName) {
  const features = {
    getFeatures: vi.fn().mockResolvedValue(list),
    updateFeatures: vi.fn().mockResolvedValue(undefined),
    resetFeatures: vi.fn().mockResolvedValue(undefined),
  };
  TestBed.configureTestingModule({
    imports: [FeaturesPage],
    providers: [
      provideRouter([]),
      { provide: FeaturesService, useValue: features },
      { provide: EditionsService, useValue: { getEdition: vi.fn().mockResolvedValue({ displayName: 'Gold' }) } },
      { provide: TenantsService, useValue: { getTenant: vi.fn().mockResolvedValue({ name: 'solo' }) } },
    ],
  });
  const fixture = TestBed.createComponent(FeaturesPage);
  fixture.componentRef.setInput('id', 'edition-1');
  fixture.componentRef.setInput('providerName', providerName);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (label: string) => Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === label)!;
  const type = async (text: string) => {
    const input = element.querySelector('input') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  return { element, features, fixture, button, type };
}

describe('FeaturesPage', () => {
  it("names the edition and saves only its changed limit with provider E", async () => {
    const { element, features, fixture, button, type } = await render('E');

    await type('42');
    button('Save').click();
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toBe('Features of Gold');
    expect(features.updateFeatures).toHaveBeenCalledWith({
      providerName: 'E',
      providerKey: 'edition-1',
      body: { features: [{ name: 'Platform.MaxUsers', value: '42' }] },
    });
  });

  it('does not send a limit outside its bounds and says which to fix', async () => {
    const { element, features, fixture, button, type } = await render('E');

    await type('-1');
    button('Save').click();
    await fixture.whenStable();

    expect(features.updateFeatures).not.toHaveBeenCalled();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Fix Users (seats) before saving.');
    expect(element.querySelector('mat-error')?.textContent).toContain('Must be from 0 to 1000000.');
  });

  it("resets a tenant to its edition's values", async () => {
    const { features, fixture, button } = await render('T');

    button('Reset to edition').click();
    await fixture.whenStable();

    expect(features.resetFeatures).toHaveBeenCalledWith({ providerName: 'T', providerKey: 'edition-1' });
  });
});
