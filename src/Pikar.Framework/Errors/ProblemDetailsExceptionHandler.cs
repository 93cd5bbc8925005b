using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Pikar.Errors;

/// <summary>Turns every exception into an RFC 9457 ProblemDetails with a stable <c>code</c>; never leaks a stack trace.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        InvalidInputException invalid => Validation(invalid.Errors),
        ValidationException validation => Validation(validation.Errors
            .GroupBy(e => ToCamelCase(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
        BadHttpRequestException badRequest => BadRequest(badRequest),
        EntityNotFoundException notFound => Problem(StatusCodes.Status404NotFound, ErrorCodes.EntityNotFound, notFound.Message),
        BusinessException business => Business(business),
        PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire }
            or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire } } =>
            Problem(StatusCodes.Status400BadRequest, ErrorCodes.Validation, "Text must not contain NUL characters."),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, ErrorCodes.ConcurrencyConflict,
            "The record was changed by someone else. Reload it and try again."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } =>
            Problem(StatusCodes.Status409Conflict, ErrorCodes.Conflict, $"A record with the same key already exists ({unique.ConstraintName})."),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } =>
            Problem(StatusCodes.Status409Conflict, ErrorCodes.Conflict, "The record is still referenced by other records."),
        OperationCanceledException => Problem(StatusCodes.Status499ClientClosedRequest, ErrorCodes.Cancelled, "The request was cancelled."),
        _ => Problem(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "An unexpected error occurred. It has been logged."),
    };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var detail = exception.InnerException is JsonException json
            ? $"The request body is not valid JSON: {json.Message}"
            : exception.Message;
        return Problem(exception.StatusCode, ErrorCodes.Validation, detail);
    }

    private static ProblemDetails Business(BusinessException exception)
    {
        var problem = Problem(exception.StatusCode, exception.Code, exception.Message);
        if (exception.Field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [exception.Field] = [exception.Message] };
        }

        return problem;
    }

    private static HttpValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value)),
        };
        problem.Extensions["code"] = ErrorCodes.Validation;
        return problem;
    }

    private static ProblemDetails Problem(int status, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static string ToCamelCase(string name) =>
        string.Join('.', name.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
