using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The naming pass: the one place that decides the names of the generated types and of every class the generator
/// writes beside them. It runs after reading, on a fresh allocator of the generated namespace, claiming in this order:
/// <list type="number">
/// <item>the client class (<c>AiiaClientName</c>, never changed), the names that would hide a namespace the
/// generated code uses (<see cref="ReservedNames.NamespaceSegmentsUnder"/>), and those the project already uses in the
/// namespace, the classes named after the other specs' clients there included (<see cref="ProjectNames"/>),</item>
/// <item>the generated types (<see cref="TypeNaming"/>): the component schemas' records, enums and unions, in document
/// order (a later schema whose C# name is taken, e.g. <c>pet</c> after <c>Pet</c>, becomes <c>Pet2</c>); then the
/// inline schemas' types and the <c>Unknown{Base}</c> fallbacks, in reading order (named after where they sit,
/// numbered when taken),</item>
/// <item>the members of every record, enum and union, from the types' final names (<see cref="MemberNaming"/>: the
/// reader keeps only wire names; no claim in the namespace),</item>
/// <item>the client's members and each method's own names (<see cref="ClientNaming"/>),</item>
/// <item>the names derived from them: the client's options, registration, JSON-collections and session-renewer
/// classes; each record's converter; each enum's <c>Kind</c> enum and converter; each union's converter; each body
/// shape's converter.</item>
/// </list>
/// So the spec's own names always win over derived helper names, and a derived name that is taken
/// gets the lowest free number (<c>PetJsonConverter2</c>). Every change is returned, to be reported as AIIA0014.
/// </summary>
internal static class SpecNaming
{
    /// <summary>What a record's or enum's converter class adds to its name.</summary>
    public const string ConverterSuffix = "JsonConverter";

    /// <summary>What an enum's companion C# enum adds to its name.</summary>
    public const string KindSuffix = EnumModel.KindSuffix;

    /// <summary>What the client options class adds to the client's name.</summary>
    private const string OptionsSuffix = "Options";

    /// <summary>What the registration class adds to the client's name.</summary>
    private const string RegistrationSuffix = "ServiceCollectionExtensions";

    /// <summary>What the JSON helpers of the client add to its name.</summary>
    private const string CollectionsSuffix = "JsonCollections";

    /// <summary>What the session renewer adds to the client's name.</summary>
    private const string RenewerSuffix = "SessionRenewer";

    private const string ClientOwner = "the client class";
    private const string OptionsOwner = "the client options class";
    private const string RegistrationOwner = "the registration class";
    private const string CollectionsOwner = "the JSON helpers of the client";
    private const string RenewerOwner = "the session renewer";

    /// <summary>
    /// The classes named after <paramref name="client"/> as their pattern asks (before any numbering), with what they
    /// are, as messages show it. Another spec in the namespace keeps its types from them (see <see cref="ProjectNames"/>):
    /// they follow from the client's name alone, so neither spec's names depend on what the other one contains.
    /// </summary>
    public static IEnumerable<(string Name, string Owner)> ClientClasses(string client)
    {
        yield return (client, ClientOwner);
        yield return (client + OptionsSuffix, OptionsOwner);
        yield return (client + RegistrationSuffix, RegistrationOwner);
        yield return (client + CollectionsSuffix, CollectionsOwner);
        yield return (client + RenewerSuffix, RenewerOwner);
    }

    /// <summary>Names derived from every record or enum: an inline type's name keeps room for them.</summary>
    public static readonly string[] DerivedSuffixes = { ConverterSuffix, KindSuffix };

    /// <summary>
    /// A type's shape name (<c>ListOfPet</c>) as a member's name (a union's accessor, a JSON-collections field). A list
    /// nested deep in lists of a long type spells one longer than the 1,023 UTF-8 bytes metadata allows a name (CS7013,
    /// reported only when the assembly is written), so it is fitted like a property's name
    /// (<see cref="Identifiers.MaxIdentifierBytes"/>: room for <c>TryGet</c>, <c>get_Is</c>, <c>on</c> before it).
    /// </summary>
    public static string MemberShapeName(TypeRef type) => TypeNaming.Fitting(type.ShapeName, Identifiers.MaxIdentifierBytes);

    /// <summary>The converter class of a list, map or primitive body: <c>{Client}{Shape}JsonConverter</c>, the client and
    /// shape fitted like a type name (<see cref="TypeNaming.Fitting(string)"/>).</summary>
    private static string ShapeConverterClass(string client, TypeRef type) => TypeNaming.Fitting(client + type.ShapeName) + ConverterSuffix;

    /// <summary>Names the types the reader asked for and the classes derived from <paramref name="spec"/>.</summary>
    /// <param name="spec">The model as read: its type names are keys of <paramref name="typeRequests"/>.</param>
    /// <param name="typeRequests">The type names the reader asked for, in claim order (see <see cref="TypeNaming"/>).</param>
    /// <param name="projectNames">The names the project already uses in the namespace (<see cref="ProjectNames"/>).</param>
    /// <param name="typeChanges">Receives each type name that differs from the one asked for.</param>
    /// <param name="changes">Receives each other name that differs from its pattern.</param>
    /// <param name="used">Whether each type request's type is generated (see <see cref="TypeNaming.Run"/>).</param>
    /// <param name="typeNames">The final name of each type request, by index.</param>
    public static ApiSpec Run(ApiSpec spec, IReadOnlyList<TypeNameRequest> typeRequests, IEnumerable<TakenName> projectNames, List<TypeNameChange> typeChanges, List<NameChange> changes, IReadOnlyList<bool> used, out string[] typeNames)
    {
        var client = spec.ClientName;
        var names = new NameAllocator();
        names.Claim(client, ClientOwner); // Named by the project, never changed.
        foreach (var (segment, referenced) in ReservedNames.NamespaceSegmentsUnder(spec.Namespace))
        {
            names.Reserve(segment, $"the namespace '{referenced}'"); // The reader refused a client of that name.
        }

        foreach (var taken in projectNames)
        {
            names.Reserve(taken.Name, taken.Holder); // So did it here.
        }

        spec = TypeNaming.Run(spec, typeRequests, names, typeChanges, used, out typeNames);
        string Claim(string desired, string owner, string? typeName, int operation = -1)
        {
            var claim = names.Claim(desired, owner);
            if (claim.Changed)
            {
                changes.Add(new NameChange(owner, typeName, operation, claim.Desired, claim.Name, claim.TakenBy!, NameOrigin.Derived));
            }

            return claim.Name;
        }

        spec = MemberNaming.Run(spec, changes); // the members of the spec's types, from the type names decided
        var credentials = new List<CredentialsName>();
        spec = ClientNaming.Run(spec, changes, credentials);
        var options = Claim(client + OptionsSuffix, OptionsOwner, null);
        var schemes = OptionsProperties(spec.SecuritySchemes, client, options, changes);
        var registration = Claim(client + RegistrationSuffix, RegistrationOwner, null);
        var collections = Claim(client + CollectionsSuffix, CollectionsOwner, null);
        var session = spec.SessionRenewal is { } renewal
            ? renewal with { RenewerName = Claim(client + RenewerSuffix, RenewerOwner, null), StoredValues = StoredParameters(renewal, changes) }
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

        // Keyed by the type, not its spelling: two shapes that spell the same name get converters of their own.
        var shapes = new List<ShapeConverterName>();
        var seen = new HashSet<TypeRef>();
        for (var i = 0; i < spec.Operations.Count; i++)
        {
            var operation = spec.Operations[i];
            foreach (var type in JsonTypes(operation))
            {
                if (type is not null && type.Kind is not (TypeKind.Object or TypeKind.Enum) && seen.Add(type.WithNullable(false)))
                {
                    var name = Claim(ShapeConverterClass(client, type), $"the JSON converter of the '{type.ShapeName}' body of the operation '{operation.MethodName}'", null, i);
                    shapes.Add(new ShapeConverterName(type.WithNullable(false), name));
                }
            }
        }

        // Every claimed name is a type the code declares, but for the collections class of a spec without lists or maps.
        var collectionFields = CollectionFields(spec, collections);
        var types = names.ClaimedNames().Where(name => collectionFields.Count > 0 || name != collections).ToEquatableArray();
        return spec with
        {
            Enums = enums.ToEquatableArray(),
            SessionRenewal = session,
            SecuritySchemes = schemes,
            Names = new GeneratedNames(options, registration, "Add" + client, collections, converters.ToEquatableArray(), shapes.ToEquatableArray(), credentials.ToEquatableArray(), collectionFields, types),
        };
    }

    /// <summary>
    /// The fields of the JSON collections class: one per distinct list or map type the records, unions and bodies use,
    /// inner shapes first (static fields initialize in order); named by the shape, a later type that spells the same
    /// shape (a list of the schema <c>ListOfPet</c> and a list of lists of <c>Pet</c>) numbered, as is one spelled like
    /// the class itself (<c>ListOf</c> + a schema <c>ClientJsonCollections</c> in the client <c>ListOfClient</c>).
    /// </summary>
    private static EquatableArray<ShapeConverterName> CollectionFields(ApiSpec spec, string collectionsClass)
    {
        var fields = new List<ShapeConverterName>();
        var seen = new HashSet<TypeRef>();
        var taken = new HashSet<string>(System.StringComparer.Ordinal) { collectionsClass };
        void Visit(TypeRef? type)
        {
            if (type is null || !type.IsCollection)
            {
                return;
            }

            Visit(type.Element);
            var shape = type.WithNullable(false);
            if (seen.Add(shape))
            {
                var shapeName = MemberShapeName(shape);
                var name = shapeName;
                for (var n = 2; !taken.Add(name); n++)
                {
                    name = NameAllocator.NumberedForm(shapeName, n);
                }

                fields.Add(new ShapeConverterName(shape, name));
            }
        }

        foreach (var model in spec.Objects)
        {
            foreach (var property in model.Properties)
            {
                Visit(property.Type);
            }
        }

        foreach (var model in spec.Unions)
        {
            foreach (var alternative in model.Alternatives)
            {
                Visit(alternative.Type);
            }
        }

        foreach (var operation in spec.Operations)
        {
            Visit(operation.Body?.Type);
            foreach (var type in JsonTypes(operation))
            {
                Visit(type); // the response, and multipart parts sent as JSON (Telegram's media groups)
            }
        }

        return fields.ToEquatableArray();
    }

    /// <summary>
    /// The parameters of the session renewer's <c>ToSessionGrant(response, …)</c> that take the stored values: by the
    /// parameter rule (<see cref="ParameterNaming"/>): the wire name (or the property's <c>x-aiia-name</c>) in camel
    /// case, <c>response</c> steps aside (<c>responseValue</c>),
    /// a name an earlier one took is numbered and reported.
    /// </summary>
    private static EquatableArray<StoredValueModel> StoredParameters(SessionRenewalModel renewal, List<NameChange> changes)
    {
        var taken = new Dictionary<string, string>(System.StringComparer.Ordinal) { ["response"] = "the response parameter" };
        var result = new List<StoredValueModel>(renewal.StoredValues.Count);
        foreach (var stored in renewal.StoredValues)
        {
            var name = Identifiers.ToCamelCase(stored.GivenName ?? stored.WireName);
            name = name.Length == 0 ? ReservedNames.NamelessParameter : name;
            name = name == "response" ? name + ReservedNames.MemberSuffix : name;
            var owner = $"the session-start parameter of the stored property '{stored.WireName}'";
            if (taken.TryGetValue(name, out var holder))
            {
                var free = NameAllocator.Numbered(name, taken.ContainsKey);
                changes.Add(new NameChange(owner, renewal.BodyType, -1, name, free, holder, NameOrigin.Derived));
                name = free;
            }

            taken.Add(name, owner);
            result.Add(stored with { ParameterName = name });
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The credential properties of the options class: an API key's is its scheme's name in PascalCase
    /// (<c>Credential</c> when it has no letter), a basic scheme's that with <c>UserName</c> and <c>Password</c>, in
    /// scheme order; one named like a member every options class has, or like the class's pattern name, gets
    /// <c>Value</c> appended; one an earlier scheme took is numbered (both the member rule, <see cref="MemberNames"/>).
    /// One named like the class's given name (<c>{Client}Options2</c>) steps aside too, so the check is against the
    /// allocated name.
    /// </summary>
    private static EquatableArray<SecuritySchemeModel> OptionsProperties(EquatableArray<SecuritySchemeModel> schemes, string client, string options, List<NameChange> changes)
    {
        // The options class's given name, and its name as claimed when a schema took the given one.
        var members = new MemberNames(ReservedNames.ClientOptionsMembers, client + OptionsSuffix, options);
        string Member(string schemeName, string suffix)
        {
            var pascal = Identifiers.ToPascalCase(schemeName);
            var desired = (pascal.Length == 0 ? ReservedNames.NamelessScheme : pascal) + suffix;
            var claim = members.Claim(desired, $"the security scheme '{schemeName}'");
            var owner = $"the options property of the security scheme '{schemeName}'";
            if (claim.Changed)
            {
                changes.Add(new NameChange(owner, null, -1, claim.Desired, claim.Name, claim.TakenBy!, NameOrigin.SpecKey, Scheme: schemeName));
            }
            else if (claim.StepAside is { } stepAside)
            {
                changes.Add(new NameChange(owner, null, -1, desired, claim.Name, string.Empty, NameOrigin.SpecKey, Scheme: schemeName, Reason: stepAside));
            }
            else if (pascal.Length == 0)
            {
                // A scheme named '' (or '--'): like a parameter without letters, reported with the name it gets.
                changes.Add(new NameChange(owner, null, -1, schemeName, claim.Name, string.Empty, NameOrigin.SpecKey, Scheme: schemeName, Nameless: true));
            }

            return claim.Name;
        }

        var read = new List<SecuritySchemeModel>(schemes.Count);
        foreach (var scheme in schemes)
        {
            read.Add(scheme.Kind switch
            {
                SecuritySchemeKind.ApiKey => scheme with { PropertyName = Member(scheme.SchemeName, string.Empty) },
                SecuritySchemeKind.Basic => scheme with { PropertyName = Member(scheme.SchemeName, "UserName"), PasswordPropertyName = Member(scheme.SchemeName, "Password") },
                _ => scheme,
            });
        }

        var taken = new HashSet<string>(ReservedNames.ClientOptionsMembers);
        foreach (var scheme in read)
        {
            taken.Add(scheme.PropertyName);
            taken.Add(scheme.PasswordPropertyName);
        }

        string Free(string name, string schemeName)
        {
            if (name != options)
            {
                return name;
            }

            var given = name + ReservedNames.MemberSuffix;
            while (!taken.Add(given))
            {
                given += ReservedNames.MemberSuffix;
            }

            changes.Add(new NameChange($"the options property of the security scheme '{schemeName}'", null, -1, name, given, "the client options class", NameOrigin.SpecKey, Scheme: schemeName));
            return given;
        }

        var result = new List<SecuritySchemeModel>(read.Count);
        foreach (var scheme in read)
        {
            result.Add(scheme with
            {
                PropertyName = Free(scheme.PropertyName, scheme.SchemeName),
                PasswordPropertyName = Free(scheme.PasswordPropertyName, scheme.SchemeName),
            });
        }

        return result.ToEquatableArray();
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

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Style == ValueStyle.Json)
            {
                yield return parameter.Type; // described by JSON 'content': sent as its JSON text
            }
        }
    }
}

/// <summary>A generated name that differs from the one its pattern gives, and why.</summary>
/// <param name="Owner">What the name is for, as messages show it.</param>
/// <param name="TypeName">The record or enum the name belongs to, if any (for locating the report).</param>
/// <param name="Operation">The index of the operation the name belongs to, or -1.</param>
/// <param name="Desired">The name the pattern gives.</param>
/// <param name="Name">The name given.</param>
/// <param name="TakenBy">Who holds <paramref name="Desired"/>.</param>
/// <param name="Origin">What the name comes from: how the spec can choose it (the message's advice).</param>
/// <param name="AtOperationId">Whether it is reported at the operation's <c>operationId</c> (a name the id gives) rather than its method key.</param>
/// <param name="Scheme">The security scheme the name belongs to, if any.</param>
/// <param name="Parameter">The parameter (its <see cref="ParameterModel.Key"/>) or form field (<c>field:</c> and its wire
/// name) of <paramref name="Operation"/> the name belongs to, if any.</param>
/// <param name="Nameless">Whether the name changed because the spec's has no letter or digit (<paramref name="TakenBy"/> unused).</param>
/// <param name="Member">The property or enum value the name belongs to, if any.</param>
/// <param name="Reason">Why the name is not given when no one holds it (a member stepping aside from a name its type
/// has; <paramref name="TakenBy"/> unused), else null.</param>
internal sealed record NameChange(string Owner, string? TypeName, int Operation, string Desired, string Name, string TakenBy, NameOrigin Origin, bool AtOperationId = false, string? Scheme = null, string? Parameter = null, bool Nameless = false, MemberSite? Member = null, string? Reason = null);
