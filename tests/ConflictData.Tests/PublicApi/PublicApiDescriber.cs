using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConflictData.Tests.PublicApi;

/// <summary>
/// Describes an assembly's public surface one member per line, in the format of Roslyn's PublicAPI.Shipped.txt
/// (the analyzer package that normally does this is not served by the registry here, so the test does its job).
/// </summary>
internal static class PublicApiDescriber
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char", [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int",
        [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=", ["op_Addition"] = "+", ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*", ["op_Division"] = "/", ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+",
        ["op_Modulus"] = "%", ["op_True"] = "true", ["op_False"] = "false",
    };

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    internal static SortedSet<string> Describe(Assembly assembly)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var nullability = new NullabilityInfoContext();
        foreach (var type in assembly.GetExportedTypes())
        {
            DescribeType(type, lines, nullability);
        }
        return lines;
    }

    private static void DescribeType(Type type, SortedSet<string> lines, NullabilityInfoContext nullability)
    {
        string name = TypeName(type, null);
        lines.Add(name);
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                object value = Convert.ChangeType(field.GetRawConstantValue()!, Enum.GetUnderlyingType(type), CultureInfo.InvariantCulture);
                lines.Add($"{name}.{field.Name} = {Convert.ToString(value, CultureInfo.InvariantCulture)} -> {name}");
            }
            return;
        }
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            var invoke = type.GetMethod("Invoke")!;
            lines.Add($"{name}.Invoke({Parameters(invoke, nullability)}) -> {TypeName(invoke.ReturnType, nullability.Create(invoke.ReturnParameter))}");
            return;
        }
        foreach (var ctor in type.GetConstructors(Declared).Where(IsVisible))
        {
            lines.Add($"{Prefix(ctor)}{name}.{SimpleName(type)}({Parameters(ctor, nullability)}) -> void");
        }
        if (type.IsValueType)
        {
            lines.Add($"{name}.{SimpleName(type)}() -> void");
        }
        foreach (var property in type.GetProperties(Declared))
        {
            string member = property.GetIndexParameters().Length > 0
                ? $"this[{string.Join(", ", property.GetIndexParameters().Select(p => Parameter(p, nullability)))}]"
                : property.Name;
            var info = nullability.Create(property);
            if (property.GetMethod is { } getter && IsVisible(getter))
            {
                lines.Add($"{Prefix(getter)}{name}.{member}.get -> {TypeName(property.PropertyType, info, readState: true)}");
            }
            if (property.SetMethod is { } setter && IsVisible(setter))
            {
                bool init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                lines.Add($"{Prefix(setter)}{name}.{member}.{(init ? "init" : "set")} -> void");
            }
        }
        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            string modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            string constant = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : "";
            lines.Add($"{modifiers}{name}.{field.Name}{constant} -> {TypeName(field.FieldType, nullability.Create(field))}");
        }
        foreach (var ev in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && IsVisible(add)))
        {
            lines.Add($"{Prefix(ev.AddMethod!)}{name}.{ev.Name} -> {TypeName(ev.EventHandlerType!, nullability.Create(ev))}");
        }
        foreach (var method in type.GetMethods(Declared).Where(IsVisible))
        {
            if (method.IsSpecialName && !Operators.ContainsKey(method.Name) && method.Name is not ("op_Implicit" or "op_Explicit"))
            {
                continue; // property and event accessors are listed with their property or event
            }
            string returns = TypeName(method.ReturnType, nullability.Create(method.ReturnParameter));
            string member = method.Name switch
            {
                "op_Implicit" => $"implicit operator {returns}",
                "op_Explicit" => $"explicit operator {returns}",
                _ when Operators.TryGetValue(method.Name, out var op) => $"operator {op}",
                _ => method.Name + GenericArguments(method),
            };
            lines.Add($"{Prefix(method)}{name}.{member}({Parameters(method, nullability)}) -> {returns}");
        }
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Prefix(MethodBase method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsStatic ? "static " : "";
        }
        if (method.IsStatic)
        {
            return "static ";
        }
        if (method is MethodInfo info && method.IsVirtual && !method.IsFinal)
        {
            if (info.GetBaseDefinition().DeclaringType != method.DeclaringType)
            {
                return "override ";
            }
            return method.IsAbstract ? "abstract " : "virtual ";
        }
        if (method is MethodInfo sealedInfo && method.IsVirtual && sealedInfo.GetBaseDefinition().DeclaringType != method.DeclaringType)
        {
            return "override ";
        }
        return "";
    }

    private static string SimpleName(Type type)
    {
        int tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability)
    {
        bool extension = method.IsDefined(typeof(ExtensionAttribute), false);
        return string.Join(", ", method.GetParameters().Select((p, i) => (extension && i == 0 ? "this " : "") + Parameter(p, nullability)));
    }

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var text = new StringBuilder();
        if (parameter.IsDefined(typeof(ParamArrayAttribute), false))
        {
            text.Append("params ");
        }
        var type = parameter.ParameterType;
        if (type.IsByRef)
        {
            text.Append(parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ");
            type = type.GetElementType()!;
        }
        text.Append(TypeName(type, nullability.Create(parameter), readState: !parameter.IsOut)).Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(parameter.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? $"default({TypeName(type, null)})"
                : Literal(parameter.DefaultValue, type));
        }
        return text.ToString();
    }

    private static string Literal(object? value, Type? type = null) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => "\"" + s + "\"",
        _ when type is not null && (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType =>
            $"{TypeName(enumType, null)}.{Enum.GetName(enumType, value)}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static string TypeName(Type type, NullabilityInfo? info, bool readState = true)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, null) + "?";
        }
        string annotation = "";
        if (!type.IsValueType && !type.IsGenericParameter && info is not null)
        {
            var state = readState ? info.ReadState : info.WriteState;
            annotation = state switch
            {
                NullabilityState.NotNull => "!",
                NullabilityState.Nullable => "?",
                _ => "",
            };
        }
        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, info?.ElementType) + "[]" + annotation;
        }
        if (type.IsGenericParameter)
        {
            return type.Name;
        }
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + annotation;
        }
        string name = type.IsNested ? TypeName(type.DeclaringType!, null) + "." + SimpleName(type) : type.Namespace + "." + SimpleName(type);
        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            name += "<" + string.Join(", ", arguments.Select((a, i) =>
                TypeName(a, info is not null && i < info.GenericTypeArguments.Length ? info.GenericTypeArguments[i] : null))) + ">";
        }
        return name + annotation;
    }
}
