using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.HttpApi.Host.Tests.Integrations;
using Microsoft.Extensions.DependencyInjection;
using Pikar.Integrations;
using Pikar.Integrations.Connect;
using Pikar.Integrations.Connections;
using Pikar.Solopreneur.SocialPerformance;

namespace Pikar.HttpApi.Host.Tests.SocialPerformance;

/// <summary>Connects sandbox accounts through the dashboard's routes, the way the popup does.</summary>
internal static class SocialAccounts
{
    public const string Route = "/api/solopreneur/social";

    /// <summary>A fresh sandbox handle ending in <paramref name="suffix"/> (the sandbox's trouble on demand), within X's 15 characters.</summary>
    public static string NewHandle(string suffix = "") =>
        "s" + Random.Shared.NextInt64(100_000_000_000_000).ToString("D14", System.Globalization.CultureInfo.InvariantCulture)[..(14 - suffix.Length)] + suffix;

    /// <summary>Connects the X sandbox account <paramref name="handle"/> and returns it as the dashboard lists it.</summary>
    public static async Task<SocialAccountDto> ConnectXAsync(PikarApp app, HttpClient admin, string handle)
    {
        var authorization = await (await admin.PostAsJsonAsync($"{Route}/accounts/authorize", new ConnectSocialAccountInput("x", true), PikarApp.Json))
            .ShouldBeOkAsync<ConnectionAuthorizationDto>();
        await CompleteConsentAsync(app, authorization, handle);
        var accounts = await ListAsync(admin);
        return accounts.Single(a => a.DisplayName == "@" + handle);
    }

    /// <summary>Answers the consent as <paramref name="handle"/> and returns what the callback page says.</summary>
    public static async Task<string> CompleteConsentAsync(
        PikarApp app, ConnectionAuthorizationDto authorization, string handle, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var popup = OAuthPopup.Open(app);
        var toProvider = await popup.GetAsync(authorization.Url);
        toProvider.StatusCode.ShouldBe(HttpStatusCode.Redirect, await toProvider.Content.ReadAsStringAsync());
        var back = await XSandbox.AnswerConsentAsync(popup, await popup.GetAsync(toProvider.Headers.Location!.PathAndQuery), handle);
        var callback = await popup.GetAsync(back.PathAndQuery);
        var page = await callback.Content.ReadAsStringAsync();
        callback.StatusCode.ShouldBe(expected, page);
        return page;
    }

    /// <summary>
    /// Connects an X sandbox account straight through the connection service, for handles whose trouble starts at
    /// once (the popup flow could not read them).
    /// </summary>
    public static async Task<Guid> ConnectTroubledXAsync(PikarApp app, Guid tenantId, HttpClient admin, string handle)
    {
        var token = await XSandbox.AccessTokenAsync(app, handle);
        var userId = await PikarApp.UserIdAsync(admin);
        var connection = await app.InTenantAsync(tenantId, services => services.GetRequiredService<ConnectionService>().ConnectAsync(
            new AuthorizedAccount(IntegrationProviders.X, true, handle, "@" + handle, ["tweet.read"], token, null, DateTimeOffset.UtcNow.AddHours(2)),
            userId, CancellationToken.None));
        return connection.Id;
    }

    public static async Task<IReadOnlyList<SocialAccountDto>> ListAsync(HttpClient client) =>
        await (await client.GetAsync($"{Route}/accounts")).ShouldBeOkAsync<List<SocialAccountDto>>();

    public static async Task<SocialAccountDto> SyncAsync(HttpClient client, Guid id) =>
        await (await client.PostAsync($"{Route}/accounts/{id}/sync", null)).ShouldBeOkAsync<SocialAccountDto>();
}
