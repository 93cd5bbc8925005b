using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Pikar.Data;

/// <summary>One EF model per loaded module set, so hosts with different tier modules can share a process (tests).</summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is PikarDbContext pikar ? (context.GetType(), pikar.Modules.Key, designTime) : (context.GetType(), designTime);
}
