namespace Pikar.Identity;

public static class IdentityErrorCodes
{
    public const string DuplicateUserName = "Identity:DuplicateUserName";
    public const string DuplicateEmail = "Identity:DuplicateEmail";
    public const string DuplicateRoleName = "Identity:DuplicateRoleName";
    public const string StaticRoleCannotChange = "Identity:StaticRoleCannotChange";
    public const string CannotDeleteYourself = "Identity:CannotDeleteYourself";
    public const string CannotLockYourself = "Identity:CannotLockYourself";
    public const string MaxUsersReached = "Identity:MaxUsersReached";
}
