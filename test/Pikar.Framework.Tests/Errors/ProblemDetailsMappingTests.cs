using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pikar.Errors;

namespace Pikar.Framework.Tests.Errors;

public sealed class ProblemDetailsMappingTests
{
    [Fact]
    public void Validation_failures_become_400_with_camel_case_field_errors()
    {
        var exception = new ValidationException([new ValidationFailure("AdminEmailAddress", "Bad email.")]);

        var problem = ProblemDetailsExceptionHandler.ToProblem(exception).ShouldBeOfType<HttpValidationProblemDetails>();

        problem.Status.ShouldBe(StatusCodes.Status400BadRequest);
        problem.Errors["adminEmailAddress"].ShouldBe(["Bad email."]);
        problem.Extensions["code"].ShouldBe(ErrorCodes.Validation);
    }

    [Fact]
    public void Business_rules_keep_their_code_status_and_field()
    {
        var exception = new BusinessException("Shop:Closed", "The shop is closed.", StatusCodes.Status409Conflict, "openingHours");

        var problem = ProblemDetailsExceptionHandler.ToProblem(exception);

        problem.Status.ShouldBe(StatusCodes.Status409Conflict);
        problem.Title.ShouldBe("Conflict");
        problem.Extensions["code"].ShouldBe("Shop:Closed");
        problem.Extensions["errors"].ShouldBeOfType<Dictionary<string, string[]>>()["openingHours"].ShouldBe(["The shop is closed."]);
    }

    [Fact]
    public void Unexpected_exceptions_become_a_500_without_their_message()
    {
        var problem = ProblemDetailsExceptionHandler.ToProblem(new InvalidOperationException("connection string with password=secret"));

        problem.Status.ShouldBe(StatusCodes.Status500InternalServerError);
        problem.Detail!.ShouldNotContain("secret");
    }

    [Fact]
    public void Missing_entities_become_404()
    {
        ProblemDetailsExceptionHandler.ToProblem(new EntityNotFoundException(typeof(ProblemDetails), 7)).Status.ShouldBe(StatusCodes.Status404NotFound);
    }
}
