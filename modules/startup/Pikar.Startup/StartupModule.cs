using Pikar.Modularity;

namespace Pikar.Startup;

/// <summary>The Startup tier plugin; its product features arrive with their issues.</summary>
public sealed class StartupModule : PikarModule
{
}
