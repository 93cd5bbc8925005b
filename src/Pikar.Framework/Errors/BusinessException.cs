using Microsoft.AspNetCore.Http;

namespace Pikar.Errors;

/// <summary>A broken business rule: becomes a ProblemDetails with a stable <c>code</c> (and the offending field, when there is one).</summary>
public class BusinessException(string code, string message, int statusCode = StatusCodes.Status422UnprocessableEntity, string? field = null)
    : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;

    /// <summary>The input field (camelCase) the rule is about, reported under <c>errors</c>.</summary>
    public string? Field { get; } = field;
}
