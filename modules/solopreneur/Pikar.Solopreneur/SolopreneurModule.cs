using Pikar.Modularity;

namespace Pikar.Solopreneur;

/// <summary>The Solopreneur tier plugin; its product features arrive with their issues.</summary>
public sealed class SolopreneurModule : PikarModule
{
}
