using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pikar.Auditing;

/// <summary>
/// Records each endpoint call of an audited request with its inputs (parameters of simple types
/// and <c>…Input</c>/<c>…Form</c> records); sensitive fields are redacted.
/// </summary>
internal static class AuditActionFilter
{
    private const int MaxParametersLength = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Redact } },
    };

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var inputs = EndpointInputs.Of(factory.MethodInfo)
            .Where(x => x.Parameter.GetCustomAttribute<DisableAuditingAttribute>() is null)
            .ToArray();
        var serviceName = factory.MethodInfo.DeclaringType?.Name ?? "";

        return async invocation =>
        {
            var services = invocation.HttpContext.RequestServices;
            var log = services.GetRequiredService<CurrentAuditLog>().Log;
            if (log is null)
            {
                return await next(invocation);
            }

            var methodName = invocation.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? factory.MethodInfo.Name;
            var time = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var started = Stopwatch.GetTimestamp();
            var failed = true;
            try
            {
                var result = await next(invocation);
                failed = false;
                return result;
            }
            finally
            {
                // A read that succeeded is not written to the audit trail, so its inputs need not be serialised.
                if (failed || !(HttpMethods.IsGet(invocation.HttpContext.Request.Method) || HttpMethods.IsHead(invocation.HttpContext.Request.Method)))
                {
                    Record(log, invocation, inputs, serviceName, methodName, time, started);
                }
            }
        };
    }

    private static void Record(
        AuditLogInfo log, EndpointFilterInvocationContext invocation, (ParameterInfo Parameter, int Index)[] inputs,
        string serviceName, string methodName, DateTimeOffset time, long started)
    {
        var arguments = inputs.ToDictionary(
            x => x.Parameter.Name ?? x.Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            x => SensitiveNames.IsSensitive(x.Parameter.Name ?? "") ? SensitiveNames.Redacted : invocation.Arguments[x.Index]);
        var parameters = AuditingMiddleware.Truncate(JsonSerializer.Serialize(arguments, Json), MaxParametersLength);
        lock (log.Actions)
        {
            log.Actions.Add(new AuditLogActionInfo(serviceName, methodName, parameters, time, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    private static void Redact(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            var disabled = property.AttributeProvider?.IsDefined(typeof(DisableAuditingAttribute), inherit: true) == true;
            if (!disabled && !SensitiveNames.IsSensitive(property.Name))
            {
                continue;
            }

            if (property.PropertyType == typeof(string))
            {
                property.Get = _ => SensitiveNames.Redacted;
            }
            else
            {
                property.ShouldSerialize = (_, _) => false;
            }
        }
    }
}
