using Pikar.Modularity;

namespace Pikar.Enterprise;

/// <summary>The Enterprise tier plugin; its product features arrive with their issues.</summary>
public sealed class EnterpriseModule : PikarModule
{
}
