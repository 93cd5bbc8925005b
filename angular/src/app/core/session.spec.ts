import { TestBed } from '@angular/core/testing';
import { OAuthService } from 'angular-oauth2-oidc';
import { ApplicationConfigurationService } from '../proxy/services';
import { Session } from './session';

describe('Session', () => {
  it("logs out at the authorization server naming the app's client, so that the server checks the return address against it", () => {
    const oauth = { logOut: vi.fn() };
    TestBed.configureTestingModule({
      providers: [
        { provide: OAuthService, useValue: oauth },
        { provide: ApplicationConfigurationService, useValue: {} },
      ],
    });

    TestBed.inject(Session).signOut();

    expect(oauth.logOut).toHaveBeenCalledWith({ client_id: 'pikar_app' });
  });
});
