using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pikar.Errors;

public static class ProblemResponsesExtensions
{
    /// <summary>Documents the ProblemDetails every protected API answers with: 400 bad input, 401 no token, 403 forbidden.</summary>
    public static TBuilder ProducesApiProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]))
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
