using Microsoft.Extensions.DependencyInjection;
using Pikar.Features;
using Pikar.Modularity;

namespace Pikar.Solopreneur;

/// <summary>The Solopreneur tier plugin; its product features arrive with their issues.</summary>
public sealed class SolopreneurModule : PikarModule
{
    public override void ConfigureServices(ModuleServiceContext context) =>
        context.Services.AddSingleton<IFeatureDefinitionProvider, SolopreneurFeatureDefinitionProvider>();
}
