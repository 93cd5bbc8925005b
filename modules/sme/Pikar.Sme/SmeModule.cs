using Pikar.Modularity;

namespace Pikar.Sme;

/// <summary>The Sme tier plugin; its product features arrive with their issues.</summary>
public sealed class SmeModule : PikarModule
{
}
