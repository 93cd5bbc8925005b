using Microsoft.Extensions.DependencyInjection;
using Pikar.Features;
using Pikar.Modularity;

namespace Pikar.Startup;

/// <summary>The Startup tier plugin; its product features arrive with their issues.</summary>
public sealed class StartupModule : PikarModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton<IFeatureDefinitionProvider, StartupFeatureDefinitionProvider>();
}
