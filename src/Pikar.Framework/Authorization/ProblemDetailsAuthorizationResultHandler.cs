using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pikar.Errors;
using Pikar.Features;

namespace Pikar.Authorization;

/// <summary>
/// Explains a 403: a disabled feature is named first (it is the reason even when the permission
/// that depends on it is missing too), then the missing permission.
/// </summary>
internal sealed class ProblemDetailsAuthorizationResultHandler(IProblemDetailsService problemDetails) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || authorizeResult.AuthorizationFailure is not { } failure)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var feature = failure.FailedRequirements.OfType<FeatureRequirement>().FirstOrDefault();
        var permission = failure.FailedRequirements.OfType<PermissionRequirement>().FirstOrDefault();
        var (code, detail) = (feature, permission) switch
        {
            ({ } f, _) => (ErrorCodes.FeatureNotEnabled, $"The feature '{f.FeatureName}' is not enabled for this tenant."),
            (_, { } p) => (ErrorCodes.PermissionDenied, $"The permission '{p.PermissionName}' is required."),
            _ => (ErrorCodes.Forbidden, "You are not allowed to do this."),
        };

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = detail };
        problem.Extensions["code"] = code;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
