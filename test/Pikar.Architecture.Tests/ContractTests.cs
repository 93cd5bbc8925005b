using System.Text.RegularExpressions;

namespace Pikar.Architecture.Tests;

public sealed partial class ContractTests
{
    [Fact]
    public void A_module_exposes_only_its_contracts()
    {
        var offenders = PikarAssemblies.Modules
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !IsContract(t))
            .Select(t => t.FullName)
            .ToList();

        offenders.ShouldBeEmpty("Public types of a module are its contracts (DTOs, inputs, messages to other modules, enums they carry, exceptions callers catch, interfaces, feature/permission/error-code names, options, the module class); the rest is internal.");
    }

    private static bool IsContract(Type type) =>
        type.IsInterface || type.IsEnum || ContractName().IsMatch(type.Name.Split('`')[0]) || (type.DeclaringType is { } outer && IsContract(outer));

    [GeneratedRegex("(Dto|Input|Message|Result|Module|Permissions|Features|ErrorCodes|Providers|Options|Exception)$")]
    private static partial Regex ContractName();
}
