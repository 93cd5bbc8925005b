import { Injectable, computed, inject, signal } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import { ApplicationConfigurationDto } from '../proxy/models';
import { ApplicationConfigurationService } from '../proxy/services/application-configuration.service';

/** The first-party app's client at the host's authorization server. */
const clientId = 'pikar_app';

/** Who is signed in, in which tenant, and what they may see: read from the API's application configuration. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly oauth = inject(OAuthService);
  private readonly api = inject(ApplicationConfigurationService);
  private readonly configuration = signal<ApplicationConfigurationDto | null>(null);

  readonly user = computed(() => this.configuration()?.currentUser ?? null);
  readonly tenant = computed(() => this.configuration()?.currentTenant ?? null);
  readonly isSignedIn = computed(() => this.user()?.isAuthenticated === true);
  /** Why signing in failed (the authorization server could not be reached or answered wrongly). */
  readonly error = signal<string | null>(null);
  readonly features = computed<Record<string, string>>(() => this.configuration()?.features.values ?? {});

  /** Signs in through the host's authorization server (code + PKCE), then loads the configuration. */
  async initialize(): Promise<void> {
    try {
      await this.signIn();
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : 'Signing in is not possible right now.');
    }
  }

  private async signIn(): Promise<void> {
    const origin = window.location.origin;
    this.oauth.configure({
      issuer: `${origin}/`,
      clientId,
      responseType: 'code',
      redirectUri: `${origin}/`,
      postLogoutRedirectUri: `${origin}/`,
      scope: 'openid profile email roles offline_access pikar',
      // The issuer is this page's own origin: HTTPS is required exactly when the page itself came over HTTPS.
      requireHttps: window.location.protocol === 'https:',
      strictDiscoveryDocumentValidation: true,
      showDebugInformation: false,
    });
    await this.oauth.loadDiscoveryDocumentAndTryLogin();
    if (!this.oauth.hasValidAccessToken()) {
      this.oauth.initCodeFlow();
      return;
    }

    this.oauth.setupAutomaticSilentRefresh();
    await this.reload();
  }

  async reload(): Promise<void> {
    this.configuration.set(await this.api.getApplicationConfiguration());
  }

  isGranted(policy: string): boolean {
    return this.configuration()?.auth.grantedPolicies[policy] === true;
  }

  isFeatureOn(feature: string): boolean {
    return this.configuration()?.features.values[feature] === 'true';
  }

  /**
   * Ends the session here and at the authorization server. The client id lets the server check the return address
   * against this client's own (it also accepts the serving origin in development), not against every client's.
   */
  signOut(): void {
    this.oauth.logOut({ client_id: clientId });
  }
}
