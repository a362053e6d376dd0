using Aiia.Codegen.Cli.Specs;
using Aiia.Codegen.Model;
using YamlDotNet.RepresentationModel;

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

    private TypeIndex()
    {
    }

    /// <summary>Indexes <paramref name="spec"/>, taking component names from its YAML.</summary>
    public static TypeIndex Build(ApiSpec spec, YamlMappingNode? root)
    {
        var index = new TypeIndex();
        var objects = spec.Objects.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var named = new HashSet<string>(spec.Objects.Select(o => o.Name).Concat(spec.Enums.Select(e => e.Name)), StringComparer.Ordinal);
        var pending = new Queue<ObjectModel>();

        foreach (var (key, _) in YamlTree.Entries(YamlTree.GetMapping(root, "components", "schemas")))
        {
            var name = Identifiers.ToPascalCase(key);
            if (named.Contains(name) && !index._paths.ContainsKey(name))
            {
                index._paths[name] = "components.schemas." + key;
                index._componentNames[name] = key;
                if (objects.TryGetValue(name, out var component))
                {
                    pending.Enqueue(component);
                }
            }
        }

        void Visit(TypeRef type, string path)
        {
            while (type.Element is not null)
            {
                path += type.Kind == TypeKind.Array ? ".items" : ".additionalProperties";
                type = type.Element;
            }

            if (type.Name is { } name && type.Kind is TypeKind.Object or TypeKind.Enum && !index._paths.ContainsKey(name))
            {
                index._paths[name] = path;
                if (objects.TryGetValue(name, out var model))
                {
                    pending.Enqueue(model);
                }
            }
        }

        void Drain()
        {
            while (pending.Count > 0)
            {
                var model = pending.Dequeue();
                foreach (var property in model.Properties)
                {
                    Visit(property.Type, index._paths[model.Name] + ".properties." + property.WireName);
                }
            }
        }

        Drain();
        foreach (var operation in spec.Operations)
        {
            var path = OperationPath(operation);
            foreach (var parameter in operation.Parameters)
            {
                Visit(parameter.Type, path + ".parameters." + parameter.WireName);
                index.Mark(parameter.Type, TypeUsage.Request, objects);
            }

            if (operation.Body is { } body)
            {
                Visit(body.Type, path + ".requestBody");
                index.Mark(body.Type, TypeUsage.Request, objects);
            }

            if (operation.Response is { } response)
            {
                Visit(response, path + ".responses");
                index.Mark(response, TypeUsage.Response, objects);
            }

            Drain();
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
