using System.Reflection;

namespace Pikar;

/// <summary>
/// Which parameters of an endpoint handler are the caller's input (as opposed to services,
/// <c>HttpContext</c> or cancellation): values of simple types and the <c>…Input</c>/<c>…Form</c> records.
/// </summary>
internal static class EndpointInputs
{
    public static (ParameterInfo Parameter, int Index)[] Of(MethodInfo handler) =>
        handler.GetParameters().Select((p, i) => (Parameter: p, Index: i)).Where(x => IsInput(x.Parameter.ParameterType)).ToArray();

    private static bool IsInput(Type parameterType)
    {
        var type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime)
            || type.Name.EndsWith("Input", StringComparison.Ordinal) || type.Name.EndsWith("Form", StringComparison.Ordinal);
    }
}
