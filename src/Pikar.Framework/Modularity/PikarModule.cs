using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Pikar.Modularity;

/// <summary>
/// One class per module project: it names the modules it depends on and plugs the module's
/// services, EF model, endpoints and start-up work into the host.
/// </summary>
public abstract class PikarModule
{
    public virtual string Name => GetType().Name.Replace("Module", "", StringComparison.Ordinal);

    public virtual IReadOnlyList<Type> DependsOn => [];

    public virtual void ConfigureServices(ModuleServiceContext context)
    {
    }

    public virtual void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    /// <summary>Runs once when the host starts, before it accepts requests.</summary>
    public virtual Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
