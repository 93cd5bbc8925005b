using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pikar.HttpApi.Host.Tests.Infrastructure;

internal static class HttpAssertions
{
    /// <summary>Asserts the status and that the body is a ProblemDetails; returns it.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonSerializer.Deserialize<JsonElement>(text, PikarApp.Json);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("code", out _).ShouldBeTrue(text);
        text.ShouldNotContain("   at ");
        return problem;
    }

    public static async Task<T> ShouldBeOkAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonSerializer.Deserialize<T>(text, PikarApp.Json)!;
    }

    public static string[] FieldErrors(this JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
}
