using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pikar.Data;

namespace Pikar.Identity.Users;

/// <summary>
/// Identity's user manager, with one fix: two sign-ins of the same user at once both reset the
/// failed-attempt counter, and the loser's concurrency failure would turn a correct password into
/// a refused sign-in. The reset is retried on the fresh row instead.
/// </summary>
internal sealed class PikarUserManager(
    IUserStore<User> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<User> passwordHasher,
    IEnumerable<IUserValidator<User>> userValidators,
    IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger,
    PikarDbContext db)
    : UserManager<User>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> ResetAccessFailedCountAsync(User user)
    {
        var result = await base.ResetAccessFailedCountAsync(user);
        if (result.Succeeded || !result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return result;
        }

        await db.Entry(user).ReloadAsync(CancellationToken);
        return user.AccessFailedCount == 0 ? IdentityResult.Success : await base.ResetAccessFailedCountAsync(user);
    }
}
