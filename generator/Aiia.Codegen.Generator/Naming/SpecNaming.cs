using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The naming pass: the one place that decides the names of every class the generator writes beside the spec's own
/// types. It runs after reading, on an allocator that already holds, in this order,
/// <list type="number">
/// <item>the client class (<c>AiiaClientName</c>, never changed),</item>
/// <item>the component schemas' records and enums, in document order (a later schema whose C# name is taken, e.g.
/// <c>pet</c> after <c>Pet</c>, becomes <c>Pet2</c>),</item>
/// <item>the inline schemas' records and enums, in reading order (named after where they sit, numbered when taken),</item>
/// </list>
/// and then claims, in this order, the names derived from them: the client's options, registration, JSON-collections
/// and session-renewer classes; each record's converter; each enum's <c>Kind</c> enum and converter; each union's converter; each body
/// shape's converter. So the spec's own names always win over derived helper names, and a derived name that is taken
/// gets the lowest free number (<c>PetJsonConverter2</c>). Every change is returned, to be reported as AIIA0014.
/// </summary>
internal static class SpecNaming
{
    /// <summary>What a record's or enum's converter class adds to its name.</summary>
    public const string ConverterSuffix = "JsonConverter";

    /// <summary>What an enum's companion C# enum adds to its name.</summary>
    public const string KindSuffix = EnumModel.KindSuffix;

    /// <summary>Names derived from every record or enum: an inline type's name keeps room for them.</summary>
    public static readonly string[] DerivedSuffixes = { ConverterSuffix, KindSuffix };

    /// <summary>Names the classes derived from <paramref name="spec"/>, claiming them in <paramref name="names"/>.</summary>
    public static ApiSpec Run(ApiSpec spec, NameAllocator names, List<NameChange> changes)
    {
        var client = spec.ClientName;
        string Claim(string desired, string owner, string? typeName, string? operationName = null)
        {
            var claim = names.Claim(desired, owner);
            if (claim.Changed)
            {
                changes.Add(new NameChange(owner, typeName, operationName, claim.Desired, claim.Name, claim.TakenBy!));
            }

            return claim.Name;
        }

        var options = Claim(client + "Options", "the client options class", null);
        var registration = Claim(client + "ServiceCollectionExtensions", "the registration class", null);
        var collections = Claim(client + "JsonCollections", "the JSON helpers of the client", null);
        var session = spec.SessionRenewal is { } renewal
            ? renewal with { RenewerName = Claim(client + "SessionRenewer", "the session renewer", null) }
            : null;

        var converters = new List<TypeConverterName>(spec.Objects.Count + spec.Enums.Count);
        foreach (var model in spec.Objects)
        {
            converters.Add(new TypeConverterName(model.Name, Claim(model.Name + ConverterSuffix, $"the JSON converter of the record '{model.Name}'", model.Name)));
        }

        var enums = new List<EnumModel>(spec.Enums.Count);
        foreach (var model in spec.Enums)
        {
            var kind = Claim(model.Name + KindSuffix, $"the Kind enum of the enum '{model.Name}'", model.Name);
            converters.Add(new TypeConverterName(model.Name, Claim(model.Name + ConverterSuffix, $"the JSON converter of the enum '{model.Name}'", model.Name)));
            enums.Add(model with { KindName = kind });
        }

        foreach (var model in spec.Unions)
        {
            converters.Add(new TypeConverterName(model.Name, Claim(model.Name + ConverterSuffix, $"the JSON converter of the union '{model.Name}'", model.Name)));
        }

        var shapes = new List<ShapeConverterName>();
        var seen = new HashSet<string>();
        foreach (var operation in spec.Operations)
        {
            foreach (var type in JsonTypes(operation))
            {
                if (type is not null && type.Kind is not (TypeKind.Object or TypeKind.Enum) && seen.Add(type.ShapeName))
                {
                    var name = Claim(client + type.ShapeName + ConverterSuffix, $"the JSON converter of the '{type.ShapeName}' body of the operation '{operation.MethodName}'", null, operation.MethodName);
                    shapes.Add(new ShapeConverterName(type.WithNullable(false), name));
                }
            }
        }

        return spec with
        {
            Enums = enums.ToEquatableArray(),
            SessionRenewal = session,
            Names = new GeneratedNames(options, registration, "Add" + client, collections, converters.ToEquatableArray(), shapes.ToEquatableArray()),
        };
    }

    /// <summary>The types an operation writes or reads as JSON with a converter: a JSON body, the JSON response, and
    /// the lists and maps a multipart body sends as JSON parts.</summary>
    private static IEnumerable<TypeRef?> JsonTypes(OperationModel operation)
    {
        yield return operation.Body is { Kind: BodyKind.Json } body ? body.Type : null;
        yield return operation.Response;
        if (operation.Body is { Kind: BodyKind.Multipart } multipart)
        {
            foreach (var field in multipart.Fields)
            {
                if (field.IsJsonPart)
                {
                    yield return field.Type;
                }
            }
        }
    }
}

/// <summary>A generated name that differs from the one its pattern gives, and why.</summary>
/// <param name="Owner">What the name is for, as messages show it.</param>
/// <param name="TypeName">The record or enum the name belongs to, if any (for locating the report).</param>
/// <param name="OperationName">The operation (its C# method name) the name belongs to, if any.</param>
/// <param name="Desired">The name the pattern gives.</param>
/// <param name="Name">The name given.</param>
/// <param name="TakenBy">Who holds <paramref name="Desired"/>.</param>
internal sealed record NameChange(string Owner, string? TypeName, string? OperationName, string Desired, string Name, string TakenBy);
