using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Pikar.Architecture.Tests;

public sealed class ClockTests
{
    private static readonly HashSet<string> WallClockReads =
    [
        "System.DateTime System.DateTime::get_Now()",
        "System.DateTime System.DateTime::get_UtcNow()",
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTimeOffset System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()",
    ];

    [Fact]
    public void Time_is_read_through_TimeProvider_only()
    {
        var offenders = new List<string>();
        foreach (var assembly in PikarAssemblies.All)
        {
            using var module = ModuleDefinition.ReadModule(assembly.Location);
            // Coverage runs add coverlet's tracker types to the assemblies; they are not ours.
            foreach (var method in module.GetTypes().Where(t => !t.FullName.StartsWith("Coverlet.", StringComparison.Ordinal)).SelectMany(t => t.Methods).Where(m => m.HasBody))
            {
                offenders.AddRange(method.Body.Instructions
                    .Where(i => i.OpCode == OpCodes.Call && i.Operand is MethodReference called && WallClockReads.Contains(called.FullName))
                    .Select(_ => $"{method.DeclaringType.FullName}.{method.Name}"));
            }
        }

        offenders.Distinct().ShouldBeEmpty("Read the time from TimeProvider (testable with FakeTimeProvider), never DateTime.Now/UtcNow.");
    }
}
