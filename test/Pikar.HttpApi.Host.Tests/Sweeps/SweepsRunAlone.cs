namespace Pikar.HttpApi.Host.Tests.Sweeps;

/// <summary>The sweeps compare the whole database before and after requests, so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(SweepsRunAlone), DisableParallelization = true)]
public sealed class SweepsRunAlone;
