using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pikar.Validation;

public static class ValidationEndpointExtensions
{
    /// <summary>Validates the endpoints' arguments with their FluentValidation validators; failures are 400 ProblemDetails naming the fields.</summary>
    public static TBuilder WithInputValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(ValidationFilter.Create);
}
