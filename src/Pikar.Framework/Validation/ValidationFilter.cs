using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Pikar.Errors;

namespace Pikar.Validation;

/// <summary>
/// Before the handler runs: refuses text with NUL characters anywhere in the inputs (PostgreSQL
/// cannot store them), then validates every input that has a registered <see cref="IValidator{T}"/>.
/// Which parameters are inputs, and their validators, is worked out once per endpoint.
/// </summary>
internal static class ValidationFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StringProperties = new();

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        var inputs = EndpointInputs.Of(factory.MethodInfo)
            .Select(x => (x.Index, Validator: factory.ApplicationServices.GetService(
                typeof(IValidator<>).MakeGenericType(Nullable.GetUnderlyingType(x.Parameter.ParameterType) ?? x.Parameter.ParameterType)) as IValidator))
            .ToArray();
        if (inputs.Length == 0)
        {
            return next;
        }

        return async invocation =>
        {
            foreach (var (index, validator) in inputs)
            {
                if (invocation.Arguments[index] is not { } argument)
                {
                    continue;
                }

                if (FindNul(argument) is { } field)
                {
                    throw new InvalidInputException(field, "Text must not contain NUL characters.");
                }

                if (validator is not null)
                {
                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                    if (!result.IsValid)
                    {
                        throw new ValidationException(result.Errors);
                    }
                }
            }

            return await next(invocation);
        };
    }

    /// <summary>The camelCase name of the first input field holding a NUL character, if any.</summary>
    private static string? FindNul(object value, string path = "")
    {
        switch (value)
        {
            case string text:
                return text.Contains('\0', StringComparison.Ordinal) ? (path.Length == 0 ? "value" : path) : null;
            case IEnumerable items and not IDictionary:
                foreach (var item in items)
                {
                    if (item is not null && FindNul(item, path) is { } inItem)
                    {
                        return inItem;
                    }
                }

                return null;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("Pikar", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var property in StringProperties.GetOrAdd(type, InputProperties))
        {
            if (property.GetValue(value) is { } propertyValue &&
                FindNul(propertyValue, (path.Length == 0 ? "" : path + ".") + JsonNamingPolicy.CamelCase.ConvertName(property.Name)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static PropertyInfo[] InputProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.PropertyType == typeof(string) || typeof(IEnumerable).IsAssignableFrom(p.PropertyType)
                || p.PropertyType.Namespace?.StartsWith("Pikar", StringComparison.Ordinal) == true))
            .ToArray();
}
