using Microsoft.Extensions.DependencyInjection;
using Pikar.Features;
using Pikar.Modularity;

namespace Pikar.Enterprise;

/// <summary>The Enterprise tier plugin; its product features arrive with their issues.</summary>
public sealed class EnterpriseModule : PikarModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton<IFeatureDefinitionProvider, EnterpriseFeatureDefinitionProvider>();
}
