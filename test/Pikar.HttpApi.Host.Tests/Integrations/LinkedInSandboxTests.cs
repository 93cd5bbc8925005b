using System.Net;
using System.Text.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Integrations;

/// <summary>The LinkedIn sandbox speaks LinkedIn's OAuth 2.0 and versioned REST wire format: what the real LinkedIn client will talk to.</summary>
public sealed class LinkedInSandboxTests(TestEnvironment env)
{
    private const string RedirectUri = LinkedInSandbox.RedirectUri;

    [Fact]
    public async Task Consent_code_exchange_api_calls_and_refresh_work_like_linkedin()
    {
        using var browser = OAuthPopup.Browser(env.App);
        var handle = LinkedInSandbox.Handle("ok");

        var code = await LinkedInSandbox.AuthorizeAsync(browser, handle, "Acme Widgets", "allow", state: "s-123");
        var exchanged = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri));
        var reused = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri));

        code.State.ShouldBe("s-123");
        var tokens = await exchanged.ShouldBeOkAsync<JsonElement>();
        tokens.GetProperty("expires_in").GetInt64().ShouldBe(60 * 24 * 3600, "LinkedIn's access tokens live 60 days");
        tokens.GetProperty("refresh_token_expires_in").GetInt64().ShouldBe(365 * 24 * 3600);
        tokens.GetProperty("scope").GetString().ShouldBe("r_organization_social,w_organization_social,rw_organization_admin");
        (await reused.ShouldBeOkOrProblemJsonAsync()).GetProperty("error").GetString().ShouldBe("invalid_request", "a code is single-use");
        reused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var api = LinkedInSandbox.Api(env.App, tokens.GetProperty("access_token").GetString()!);
        var acl = (await (await api.GetAsync("/sandbox/linkedin/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED"))
            .ShouldBeOkAsync<JsonElement>()).GetProperty("elements").EnumerateArray().Single();
        acl.GetProperty("role").GetString().ShouldBe("ADMINISTRATOR");
        acl.GetProperty("roleAssignee").GetString()!.ShouldStartWith("urn:li:person:");
        var organization = acl.GetProperty("organization").GetString()!;
        organization.ShouldStartWith("urn:li:organization:");
        var page = await (await api.GetAsync("/sandbox/linkedin/rest/organizations/" + organization["urn:li:organization:".Length..])).ShouldBeOkAsync<JsonElement>();
        page.GetProperty("localizedName").GetString().ShouldBe("Acme Widgets");
        var followers = await (await api.GetAsync($"/sandbox/linkedin/rest/networkSizes/{Uri.EscapeDataString(organization)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER"))
            .ShouldBeOkAsync<JsonElement>();
        followers.GetProperty("firstDegreeSize").GetInt64().ShouldBeGreaterThan(0);

        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        var renewed = await (await LinkedInSandbox.TokenAsync(browser, ("grant_type", "refresh_token"), ("refresh_token", refresh))).ShouldBeOkAsync<JsonElement>();
        renewed.GetProperty("access_token").GetString().ShouldNotBe(tokens.GetProperty("access_token").GetString());
        renewed.GetProperty("refresh_token_expires_in").GetInt64().ShouldBeLessThanOrEqualTo(365 * 24 * 3600, "refreshing never extends LinkedIn's grant");
        var again = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "refresh_token"), ("refresh_token", refresh));
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a used refresh token is not accepted again");
    }

    [Fact]
    public async Task Pkce_is_checked_when_the_app_sends_a_challenge()
    {
        using var browser = OAuthPopup.Browser(env.App);
        var (verifier, challenge) = OAuthPopup.Pkce();

        var code = await LinkedInSandbox.AuthorizeAsync(browser, LinkedInSandbox.Handle("pkce"), "Pkce Co", "allow", "s", challenge);
        var withoutVerifier = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri));
        var wrongVerifier = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri),
            ("code_verifier", OAuthPopup.Pkce().Verifier));
        var rightVerifier = await LinkedInSandbox.TokenAsync(browser, ("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri),
            ("code_verifier", verifier));

        withoutVerifier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrongVerifier.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await rightVerifier.ShouldBeOkAsync<JsonElement>()).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_app_authenticates_with_its_secret_in_the_form_body_only()
    {
        using var browser = OAuthPopup.Browser(env.App);
        var code = await LinkedInSandbox.AuthorizeAsync(browser, LinkedInSandbox.Handle("auth"), "Auth Co", "allow", "s");
        (string, string)[] grant = [("grant_type", "authorization_code"), ("code", code.Code!), ("redirect_uri", RedirectUri)];

        var basic = new HttpRequestMessage(HttpMethod.Post, "/sandbox/linkedin/oauth/v2/accessToken")
        {
            Content = new FormUrlEncodedContent(grant.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))),
        };
        basic.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(LinkedInSandbox.ClientId + ":" + LinkedInSandbox.ClientSecret)));
        var asBasic = await browser.SendAsync(basic);
        var wrongSecret = await LinkedInSandbox.RawTokenAsync(browser, [.. grant, ("client_id", LinkedInSandbox.ClientId), ("client_secret", "guess")]);
        var asPost = await LinkedInSandbox.TokenAsync(browser, grant);

        asBasic.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await asBasic.ShouldBeOkOrProblemJsonAsync()).GetProperty("error").GetString().ShouldBe("invalid_client");
        wrongSecret.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        asPost.StatusCode.ShouldBe(HttpStatusCode.OK, "the refused attempts did not use up the code");
    }

    [Fact]
    public async Task A_cancelled_consent_returns_linkedin_s_error_and_a_malformed_request_gets_an_error_page()
    {
        using var browser = OAuthPopup.Browser(env.App);

        var cancelled = await LinkedInSandbox.AuthorizeAsync(browser, LinkedInSandbox.Handle("no"), "No Co", "deny", "s-2");
        var malformed = await browser.GetAsync($"/sandbox/linkedin/oauth/v2/authorization?response_type=code&client_id=c&redirect_uri={Uri.EscapeDataString(RedirectUri)}");

        cancelled.Error.ShouldBe("user_cancelled_authorize");
        cancelled.State.ShouldBe("s-2");
        cancelled.Code.ShouldBeNull();
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadAsStringAsync()).ShouldContain("scope is required");
    }

    [Fact]
    public async Task The_api_answers_in_linkedin_s_error_format_without_a_valid_token_or_a_version()
    {
        var token = await LinkedInSandbox.AccessTokenAsync(env.App, LinkedInSandbox.Handle("v"));
        using var stranger = LinkedInSandbox.Api(env.App, "not-a-token");
        using var unversioned = env.App.Anonymous();
        unversioned.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var refused = await stranger.GetAsync("/sandbox/linkedin/rest/organizationAcls?q=roleAssignee");
        var noVersion = await unversioned.GetAsync("/sandbox/linkedin/rest/organizationAcls?q=roleAssignee");

        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var error = await refused.ShouldBeOkOrProblemJsonAsync();
        error.GetProperty("serviceErrorCode").GetInt32().ShouldBe(65600);
        error.GetProperty("code").GetString().ShouldBe("INVALID_ACCESS_TOKEN");
        noVersion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noVersion.ShouldBeOkOrProblemJsonAsync()).GetProperty("code").GetString().ShouldBe("VERSION_MISSING");
    }
}
