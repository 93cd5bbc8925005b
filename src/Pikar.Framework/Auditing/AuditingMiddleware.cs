using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Pikar.Errors;
using Pikar.MultiTenancy;
using Pikar.Users;

namespace Pikar.Auditing;

/// <summary>
/// Audits every request under <c>/api</c>, <c>/connect</c> and <c>/account</c> that changes state
/// or fails. The log is handed to a background writer, so the request neither waits for it nor
/// loses it when it fails; entity changes are kept only when the request succeeded (a failed one
/// rolled them back).
/// </summary>
internal sealed class AuditingMiddleware(
    RequestDelegate next,
    CurrentAuditLog current,
    IAuditLogSink sink,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    private static readonly string[] AuditedPaths = ["/api", "/connect", "/account"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!AuditedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var log = Start(context);
        var started = Stopwatch.GetTimestamp();
        using (current.Begin(log))
        {
            try
            {
                await next(context);
                log.HttpStatusCode = context.Response.StatusCode;
            }
            catch (Exception exception)
            {
                log.Exception = $"{exception.GetType().FullName}: {exception.Message}";
                log.HttpStatusCode = ProblemDetailsExceptionHandler.ToProblem(exception).Status;
                throw;
            }
            finally
            {
                log.ExecutionDuration = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                Finish(context, log);
            }
        }
    }

    private AuditLogInfo Start(HttpContext context) => new()
    {
        ExecutionTime = clock.GetUtcNow(),
        HttpMethod = context.Request.Method,
        Url = Truncate(context.Request.Path + RedactedQuery(context.Request.Query), 256),
        TenantId = currentTenant.Id,
        TenantName = currentTenant.Name,
        ClientIpAddress = context.Connection.RemoteIpAddress?.ToString(),
        BrowserInfo = Truncate(context.Request.Headers.UserAgent.ToString(), 512),
        CorrelationId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
    };

    private void Finish(HttpContext context, AuditLogInfo log)
    {
        var failed = log.Exception is not null || log.HttpStatusCode >= StatusCodes.Status400BadRequest;
        if (!failed && (HttpMethods.IsGet(log.HttpMethod) || HttpMethods.IsHead(log.HttpMethod) || HttpMethods.IsOptions(log.HttpMethod)))
        {
            return;
        }

        log.UserId = currentUser.Id;
        log.UserName = currentUser.UserName;
        log.ClientId = context.User.FindFirst(PikarClaimTypes.ClientId)?.Value;
        if (failed)
        {
            log.EntityChanges.Clear();
        }

        sink.Enqueue(log);
    }

    private static string RedactedQuery(IQueryCollection query) =>
        query.Count == 0 ? "" : "?" + string.Join('&', query.Select(q =>
            $"{Uri.EscapeDataString(q.Key)}={(SensitiveNames.IsSensitive(q.Key) ? SensitiveNames.Redacted : Uri.EscapeDataString(q.Value.ToString()))}"));

    internal static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
