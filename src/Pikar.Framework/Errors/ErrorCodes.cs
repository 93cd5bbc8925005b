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
    public const string InternalError = "Pikar:InternalError";
}
