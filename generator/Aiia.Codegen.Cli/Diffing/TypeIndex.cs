using Aiia.Codegen.Model;

namespace Aiia.Codegen.Cli.Diffing;

/// <summary>Which way a type travels: in requests, in responses, or both.</summary>
[Flags]
internal enum TypeUsage
{
    /// <summary>Not reached from any operation.</summary>
    None = 0,

    /// <summary>Sent by the client (a request body, a parameter).</summary>
    Request = 1,

    /// <summary>Read by the client (a response body).</summary>
    Response = 2,
}

/// <summary>
/// For each generated type of a spec: its place in the spec (<c>components.schemas.Pet</c>, or where an inline schema
/// sits, <c>components.schemas.Pet.properties.category</c>), whether it is a component, and which way it travels.
/// </summary>
internal sealed class TypeIndex
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeUsage> _usage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declared = new(StringComparer.Ordinal);

    private TypeIndex()
    {
    }

    /// <summary>Indexes <paramref name="spec"/>: places and component names are the model's provenance of each type.</summary>
    public static TypeIndex Build(ApiSpec spec)
    {
        var index = new TypeIndex();
        var objects = spec.Objects.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var named = new HashSet<string>(spec.Objects.Select(o => o.Name).Concat(spec.Enums.Select(e => e.Name)), StringComparer.Ordinal);
        index._declared.UnionWith(named);
        index._declared.UnionWith(spec.Unions.Select(u => u.Name));

        foreach (var (name, source) in spec.Objects.Select(o => (o.Name, o.Source)).Concat(spec.Enums.Select(e => (e.Name, e.Source))))
        {
            if (source is null || index._paths.ContainsKey(name))
            {
                continue;
            }

            index._paths[name] = source.SpecPath;
            if (source.ComponentName is { } component)
            {
                index._componentNames[name] = component;
            }
        }

        foreach (var operation in spec.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                index.Mark(parameter.Type, TypeUsage.Request, objects);
            }

            if (operation.Body is { } body)
            {
                index.Mark(body.Type, TypeUsage.Request, objects);
            }

            if (operation.Response is { } response)
            {
                index.Mark(response, TypeUsage.Response, objects);
            }
        }

        foreach (var name in named.Where(n => !index._paths.ContainsKey(n)))
        {
            index._paths[name] = "(the type " + name + ")";
        }

        return index;
    }

    /// <summary><c>paths./pets/{petId}.get</c>.</summary>
    public static string OperationPath(OperationModel operation) =>
        "paths." + operation.PathTemplate + "." + operation.HttpMethod.ToLowerInvariant();

    /// <summary>The spec path of a generated type.</summary>
    public string PathOf(string typeName) => _paths.TryGetValue(typeName, out var path) ? path : typeName;

    /// <summary>Whether the spec generates a record, enum or union named <paramref name="typeName"/>.</summary>
    public bool Declares(string typeName) => _declared.Contains(typeName);

    /// <summary>The component schema name a type comes from, or null for an inline schema.</summary>
    public string? ComponentNameOf(string typeName) => _componentNames.TryGetValue(typeName, out var name) ? name : null;

    /// <summary>Which way a type travels; <see cref="TypeUsage.None"/> when no operation reaches it.</summary>
    public TypeUsage UsageOf(string typeName) => _usage.TryGetValue(typeName, out var usage) ? usage : TypeUsage.None;

    private void Mark(TypeRef type, TypeUsage usage, Dictionary<string, ObjectModel> objects)
    {
        while (type.Element is not null)
        {
            type = type.Element;
        }

        if (type.Name is not { } name || type.Kind is not (TypeKind.Object or TypeKind.Enum))
        {
            return;
        }

        var current = UsageOf(name);
        if ((current & usage) == usage)
        {
            return;
        }

        _usage[name] = current | usage;
        if (objects.TryGetValue(name, out var model))
        {
            foreach (var property in model.Properties)
            {
                Mark(property.Type, usage, objects);
            }
        }
    }
}
