using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Pikar.Errors;

namespace Pikar.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>
    /// Turns Identity's errors into ProblemDetails that name the input field: duplicates are 409,
    /// other rule breaks 400. <paramref name="fieldNames"/> renames fields (tenant creation reports
    /// <c>adminPassword</c>, not <c>password</c>).
    /// </summary>
    public static void EnsureSucceeded(this IdentityResult result, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        if (result.Succeeded)
        {
            return;
        }

        string Field(string field) => fieldNames?.GetValueOrDefault(field) ?? field;

        var duplicate = result.Errors.FirstOrDefault(e => e.Code is "DuplicateUserName" or "DuplicateEmail" or "DuplicateRoleName");
        if (duplicate is not null)
        {
            var (code, field) = duplicate.Code switch
            {
                "DuplicateUserName" => (IdentityErrorCodes.DuplicateUserName, "userName"),
                "DuplicateEmail" => (IdentityErrorCodes.DuplicateEmail, "email"),
                _ => (IdentityErrorCodes.DuplicateRoleName, "name"),
            };
            throw new BusinessException(code, duplicate.Description, StatusCodes.Status409Conflict, Field(field));
        }

        if (result.Errors.Any(e => e.Code == "ConcurrencyFailure"))
        {
            throw new BusinessException(ErrorCodes.ConcurrencyConflict,
                "The record was changed by someone else. Reload it and try again.", StatusCodes.Status409Conflict, "concurrencyStamp");
        }

        var errors = result.Errors
            .GroupBy(e => Field(FieldOf(e.Code)))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new InvalidInputException(errors);
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        "InvalidUserName" => "userName",
        "InvalidEmail" => "email",
        "InvalidRoleName" => "name",
        _ => "",
    };
}
