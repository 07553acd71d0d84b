using System.Reflection;
using System.Text.Json.Serialization;

namespace Safeguard.Facts;

/// <summary>The scenario vocabulary: each fact type's name, read from the serialisation attributes.</summary>
public static class FactTypes
{
    private static readonly Dictionary<Type, string> Names = typeof(Fact)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    private static readonly Dictionary<string, Type> Types = Names.ToDictionary(p => p.Value, p => p.Key);

    public static string NameOf(Type type) => Names[type];

    public static bool TryGetType(string name, out Type type) => Types.TryGetValue(name, out type!);
}
