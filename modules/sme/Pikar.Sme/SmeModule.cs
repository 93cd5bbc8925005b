using Microsoft.Extensions.DependencyInjection;
using Pikar.Features;
using Pikar.Modularity;

namespace Pikar.Sme;

/// <summary>The Sme tier plugin; its product features arrive with their issues.</summary>
public sealed class SmeModule : PikarModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton<IFeatureDefinitionProvider, SmeFeatureDefinitionProvider>();
}
