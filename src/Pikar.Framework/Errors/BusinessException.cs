using Microsoft.AspNetCore.Http;

namespace Pikar.Errors;

/// <summary>A broken business rule: becomes a ProblemDetails with a stable <c>code</c>.</summary>
public class BusinessException(string code, string message, int statusCode = StatusCodes.Status422UnprocessableEntity)
    : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;
}
