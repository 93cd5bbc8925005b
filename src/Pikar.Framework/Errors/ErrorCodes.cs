namespace Pikar.Errors;

public static class ErrorCodes
{
    public const string Validation = "Pikar:Validation";
    public const string EntityNotFound = "Pikar:EntityNotFound";
    public const string Conflict = "Pikar:Conflict";
    public const string ConcurrencyConflict = "Pikar:ConcurrencyConflict";
    public const string TenantNotFound = "Pikar:TenantNotFound";
    public const string TenantInactive = "Pikar:TenantInactive";
    public const string Unauthorized = "Pikar:Unauthorized";
    public const string Forbidden = "Pikar:Forbidden";
    public const string FeatureNotEnabled = "Pikar:FeatureNotEnabled";
    public const string PermissionDenied = "Pikar:PermissionDenied";
    public const string NotFound = "Pikar:NotFound";
    public const string Cancelled = "Pikar:Cancelled";
    public const string InternalError = "Pikar:InternalError";

    /// <summary>The code of a ProblemDetails written for a bare status (no exception), e.g. by authentication.</summary>
    public static string ForStatus(int status) => status switch
    {
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        409 => Conflict,
        >= 500 => InternalError,
        _ => Validation,
    };
}
