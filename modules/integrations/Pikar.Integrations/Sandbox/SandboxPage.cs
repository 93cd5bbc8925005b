using System.Net;
using Microsoft.AspNetCore.Http;

namespace Pikar.Integrations.Sandbox;

/// <summary>What every sandbox page shares: the document and its style sheet, the note that it is a sandbox, the error page.</summary>
internal static class SandboxPage
{
    /// <summary>A page of the sandbox; <paramref name="note"/> and <paramref name="main"/> are HTML, the title is text.</summary>
    public static string Document(string title, string note, string main) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{Encode(title)}}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:1rem 0 .25rem}
        input[type=text]{width:100%;padding:.5rem;font-size:1rem}.actions{margin-top:1.5rem;display:flex;gap:1rem}button{padding:.5rem 1rem;font-size:1rem}
        .sandbox{background:#fff3cd;border:1px solid #856404;color:#533f03;padding:.5rem;border-radius:4px}</style></head>
        <body><main>
        <p class="sandbox" role="note">{{note}}</p>
        {{main}}</main></body></html>
        """;

    /// <summary>A consent page: who asks for what, over the network's own <paramref name="form"/> (HTML); the rest is text.</summary>
    public static string Consent(string network, string title, string heading, IEnumerable<string> scopes, string form) =>
        Document(title, $"Sandbox: this is Pikar's stand-in for {network}. Nothing is posted to the real {network}.", $"""
            <h1>{Encode(heading)}</h1>
            <p>It asks for: {Encode(string.Join(", ", scopes))}.</p>
            {form}
            """);

    public static string Error(string network, string message) => $$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{network}} sandbox: invalid request</title></head>
        <body><main><h1>Something went wrong</h1><p role="alert">{{Encode(message)}}</p></main></body></html>
        """;

    /// <summary>The authorization request a consent form carries back in hidden fields, one per line.</summary>
    public static string HiddenFields(params (string Name, string? Value)[] fields) =>
        string.Join("\n  ", fields.Select(f => $"""<input type="hidden" name="{Encode(f.Name)}" value="{Encode(f.Value)}">"""));

    public static IResult Result(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
