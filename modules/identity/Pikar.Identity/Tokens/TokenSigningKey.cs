namespace Pikar.Identity.Tokens;

/// <summary>A key of the token server, kept in the database so tokens outlive a restart and every host signs alike.</summary>
internal sealed class TokenSigningKey
{
    public const string SigningUse = "sig";
    public const string EncryptionUse = "enc";

    public required string Use { get; init; }

    public required string Material { get; init; }

    public DateTimeOffset CreationTime { get; init; }
}
