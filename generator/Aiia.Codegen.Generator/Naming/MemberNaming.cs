using System.Collections.Generic;
using System.Text;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The members of the generated types, part of the naming pass (<see cref="SpecNaming"/>). The reader keeps only
/// wire facts (a property's wire name and its PascalCase, an enum's wire values, a union's alternative types); each
/// type's members are named here, from the type names of the model given, by <see cref="MemberNames"/> (a name
/// reserved in the scope or the type's own steps aside with <c>Value</c>; one an earlier member took gets the lowest
/// free number from 2; each change reported). Per type, in this order:
/// <list type="bullet">
/// <item>a record: the properties in order (inherited ones first, named as the base names them; one an <c>allOf</c>
/// copies from another record named as that record names it; one without letter or digit
/// <see cref="ReservedNames.NamelessProperty"/>, reported), then <c>UndocumentedProperties</c> (unless the base
/// declares it), each optional property's <c>Default{Name}</c>, and a discriminated base's <c>DiscriminatorValue</c>
/// and <c>Json</c>, each with <c>Value</c> appended until free. Bases and copied-from records are named first;</item>
/// <item>an enum: its values by <see cref="EnumMemberNaming"/>, then <c>Unknown</c>;</item>
/// <item>a union: each alternative by its type's shape name (<c>Pet</c>, <c>ListOfPet</c>; <see cref="SpecNaming.MemberShapeName"/>), then <c>Json</c>.</item>
/// </list>
/// Then what refers to members by wire name as read (a waiter's state property and terminal values, a code
/// exchange's code property, a session renewal's body properties and response paths) gets the C# names.
/// </summary>
internal static class MemberNaming
{
    /// <summary>Names the members of every record, enum and union of <paramref name="spec"/>.</summary>
    /// <param name="spec">The model with its type names decided and its member names as read.</param>
    /// <param name="changes">Receives each member name that differs from its pattern.</param>
    public static ApiSpec Run(ApiSpec spec, List<NameChange> changes)
    {
        var records = new Records(spec.Objects, changes);
        var objects = spec.Objects;
        ObjectModel[]? renamed = null; // copied at the first record that changes
        for (var i = 0; i < objects.Count; i++)
        {
            var named = records.Named(i);
            if (!ReferenceEquals(named, objects[i]))
            {
                (renamed ??= Copy(objects))[i] = named;
            }
        }

        var enums = new List<EnumModel>(spec.Enums.Count);
        var enumsByName = new Dictionary<string, EnumModel>(spec.Enums.Count, System.StringComparer.Ordinal);
        foreach (var model in spec.Enums)
        {
            var named = NameEnum(model, changes);
            enums.Add(named);
            enumsByName[named.Name] = named;
        }

        var unions = new List<UnionModel>(spec.Unions.Count);
        foreach (var model in spec.Unions)
        {
            unions.Add(NameUnion(model, changes));
        }

        var operations = spec.Operations;
        OperationModel[]? referring = null; // copied at the first operation that refers to members
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Polling is not null || operations[i].CodeExchange is not null)
            {
                (referring ??= Copy(operations))[i] = NameReferences(operations[i], records, enumsByName);
            }
        }

        return spec with
        {
            Objects = renamed is null ? objects : new EquatableArray<ObjectModel>(renamed),
            Enums = enums.ToEquatableArray(),
            Unions = unions.ToEquatableArray(),
            Operations = referring is null ? operations : new EquatableArray<OperationModel>(referring),
            SessionRenewal = spec.SessionRenewal is { } renewal ? NameReferences(renewal, records) : null,
        };
    }

    /// <summary>
    /// Walks a dotted wire path (<c>session.accessToken</c>) through records: the property it ends at (null when a
    /// step is missing), whether a step on the way can be null, and, when asked, the C# access (<c>Session?.AccessToken</c>).
    /// </summary>
    public static PropertyModel? Walk(string wirePath, ObjectModel response, System.Func<string, ObjectModel?> recordOf, StringBuilder? access, out bool nullable)
    {
        nullable = false;
        ObjectModel? current = response;
        PropertyModel? property = null;
        foreach (var step in wirePath.Split('.'))
        {
            property = current is null ? null : Find(current, step);
            if (property is null)
            {
                break;
            }

            access?.Append(access.Length == 0 ? string.Empty : nullable ? "?." : ".").Append(property.Name);
            nullable |= property.Type.IsNullable;
            current = property.Type.Kind == TypeKind.Object ? recordOf(property.Type.Name!) : null;
        }

        return property;
    }

    /// <summary>The property of <paramref name="model"/> with <paramref name="wireName"/>, or null.</summary>
    private static PropertyModel? Find(ObjectModel model, string wireName, int hint = -1)
    {
        var properties = model.Properties;
        if (hint >= 0 && hint < properties.Count && properties[hint].WireName == wireName)
        {
            return properties[hint];
        }

        foreach (var property in properties)
        {
            if (property.WireName == wireName)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The records, each named once, after the records it takes names from (its base, what its allOf copies).</summary>
    private sealed class Records
    {
        private readonly EquatableArray<ObjectModel> _read;
        private readonly List<NameChange> _changes;
        private readonly ObjectModel?[] _named;
        private readonly bool[] _naming;
        private Dictionary<string, int>? _byName; // built at the first look-up (most specs need none)
        private Dictionary<string, int>? _byComponent;

        public Records(EquatableArray<ObjectModel> read, List<NameChange> changes)
        {
            _read = read;
            _changes = changes;
            _named = new ObjectModel?[read.Count];
            _naming = new bool[read.Count];
        }

        /// <summary>The named record called <paramref name="name"/>, or null.</summary>
        public ObjectModel? ByName(string name) =>
            (_byName ??= Index(model => model.Name)).TryGetValue(name, out var index) ? Named(index) : null;

        /// <summary>The named record of the component schema <paramref name="component"/>, or null.</summary>
        private ObjectModel? ByComponent(string component) =>
            (_byComponent ??= Index(model => model.Source?.ComponentName)).TryGetValue(component, out var index) ? Named(index) : null;

        /// <summary>Each key's first record.</summary>
        private Dictionary<string, int> Index(System.Func<ObjectModel, string?> keyOf)
        {
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (var i = 0; i < _read.Count; i++)
            {
                if (keyOf(_read[i]) is { } key && !index.ContainsKey(key))
                {
                    index.Add(key, i);
                }
            }

            return index;
        }

        public ObjectModel Named(int index)
        {
            if (_named[index] is { } done)
            {
                return done;
            }

            if (_naming[index])
            {
                return _read[index]; // a cycle no reader builds: its names as read
            }

            _naming[index] = true;
            var named = Name(_read[index]);
            _named[index] = named;
            return named;
        }

        /// <summary>
        /// The members the generator adds to the bases of a record (their <c>UndocumentedProperties</c>, their
        /// <c>Default{Name}</c> constants), claimed first: a property of the derived record named like one would hide it.
        /// </summary>
        private void ClaimInheritedExtras(MemberNames members, ObjectModel? baseModel)
        {
            for (var depth = 0; baseModel is not null && depth < MaxBaseDepth; depth++)
            {
                if (baseModel.KeepsUndocumented && !baseModel.InheritsUndocumented)
                {
                    members.Claim(baseModel.UndocumentedPropertiesName, "the undocumented properties the record inherits");
                }

                foreach (var property in baseModel.Properties)
                {
                    if (!property.IsInherited && property.DefaultName is { } defaultName)
                    {
                        members.Claim(defaultName, $"the default of '{property.WireName}' the record inherits");
                    }
                }

                baseModel = baseModel.BaseName is { } baseName ? ByName(baseName) : null;
            }
        }

        /// <summary>Bases followed at most this far (a cycle no reader builds would otherwise never end).</summary>
        private const int MaxBaseDepth = 64;

        private ObjectModel Name(ObjectModel model)
        {
            var baseModel = model.BaseName is { } baseName ? ByName(baseName) : null;
            var members = new MemberNames(ReservedNames.RecordMembers, model.Name);
            ClaimInheritedExtras(members, baseModel);
            var properties = model.Properties;
            PropertyModel[]? result = null; // copied at the first change

            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                if (property.IsInherited)
                {
                    // As the base names it (the base's properties come first, in its order).
                    var inherited = baseModel is null ? property.Name : Find(baseModel, property.WireName, i)?.Name ?? property.Name;
                    members.Claim(inherited, $"the inherited property '{property.WireName}'");
                    if (inherited != property.Name)
                    {
                        (result ??= Copy(properties))[i] = property with { Name = inherited };
                    }

                    continue;
                }

                var desired = model.Copied.Count > 0 && CopiedFrom(model.Copied, property.WireName) is { } component
                    && ByComponent(component) is { } from && Find(from, property.WireName) is { } copied
                    ? copied.Name
                    : property.Name;
                var nameless = desired.Length == 0;
                var owner = $"the property '{property.WireName}'";
                var claim = members.Claim(nameless ? ReservedNames.NamelessProperty : desired, owner);
                if (claim.Changed || nameless || claim.StepAside is not null)
                {
                    // Stepped aside and then numbered: reported as numbered from the stepped-aside name (the later rule).
                    var why = claim.Changed || nameless ? null : claim.StepAside;
                    _changes.Add(new NameChange(owner, null, -1, nameless ? property.WireName : why is null ? claim.Desired : desired, claim.Name, claim.TakenBy ?? string.Empty, RenameAdvice.OfMember(property.GivenName), Nameless: nameless, Member: Site(model.Source, property.WireName, MemberKind.Property), Reason: why));
                }

                if (claim.Name != property.Name)
                {
                    (result ??= Copy(properties))[i] = property with { Name = claim.Name };
                }
            }

            var kept = model.InheritsUndocumented && baseModel is not null
                ? baseModel.UndocumentedPropertiesName
                : members.ClaimExtra(ObjectModel.DefaultUndocumentedPropertiesName, "the undocumented properties");

            // The members exposing the spec's defaults (DefaultColor) are derived names: claimed after the spec's own.
            for (var i = 0; i < properties.Count; i++)
            {
                var property = result?[i] ?? properties[i];
                if (!property.IsInherited && property.Default is not null)
                {
                    var defaultName = members.ClaimExtra("Default" + property.Name, $"the default of '{property.WireName}'");
                    if (defaultName != property.DefaultName)
                    {
                        (result ??= Copy(properties))[i] = property with { DefaultName = defaultName };
                    }
                }
            }

            var discriminator = model.Discriminator is { } read
                ? read with
                {
                    UnknownValueName = members.ClaimExtra("DiscriminatorValue", "the unknown discriminator value"),
                    UnknownJsonName = members.ClaimExtra("Json", "the raw JSON of an unknown subtype"),
                }
                : null;
            ReportExtras(members, model.Name, _changes);
            return result is null && kept == model.UndocumentedPropertiesName && discriminator == model.Discriminator
                ? model
                : model with
                {
                    Properties = result is null ? properties : new EquatableArray<PropertyModel>(result),
                    UndocumentedPropertiesName = kept,
                    Discriminator = discriminator,
                };
        }
    }

    private static string? CopiedFrom(EquatableArray<CopiedProperty> copied, string wireName)
    {
        foreach (var copy in copied)
        {
            if (copy.WireName == wireName)
            {
                return copy.Component;
            }
        }

        return null;
    }

    private static T[] Copy<T>(EquatableArray<T> items)
        where T : System.IEquatable<T>
    {
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return copy;
    }

    /// <summary>An enum's values by <see cref="EnumMemberNaming"/>, in the spec's order, then <c>Unknown</c>.</summary>
    private static EnumModel NameEnum(EnumModel model, List<NameChange> changes)
    {
        var members = new MemberNames(ReservedNames.EnumStructMembers, model.Name, model.Name + EnumModel.KindSuffix);
        var named = new List<EnumMemberModel>(model.Members.Count);
        foreach (var member in model.Members)
        {
            var wire = member.WireValue;
            var owner = $"the value '{wire}'";
            var desired = member.GivenName is { } given ? Identifiers.ToPascalCase(given) : EnumMemberNaming.Desired(wire);
            var name = desired;
            var takenBy = members.OwnerOf(desired);
            if (takenBy is not null)
            {
                var spelled = member.GivenName is null ? EnumMemberNaming.Spelled(wire) : string.Empty; // a given name is numbered
                name = spelled.Length > 0 && members.OwnerOf(spelled) is null
                    ? spelled
                    : NameAllocator.Numbered(desired, candidate => members.OwnerOf(candidate) is not null);
            }

            var claim = members.Claim(name, owner);
            var claimed = claim.Name;
            if (takenBy is null && claim.StepAside is { } stepAside)
            {
                changes.Add(new NameChange($"the enum value '{wire}'", null, -1, desired, claimed, string.Empty, RenameAdvice.OfEnumValue(member.GivenName), Member: Site(model.Source, wire, MemberKind.EnumValue), Reason: stepAside));
            }
            else if (takenBy is not null)
            {
                changes.Add(new NameChange($"the enum value '{wire}'", null, -1, desired, claimed, takenBy, RenameAdvice.OfEnumValue(member.GivenName), Member: Site(model.Source, wire, MemberKind.EnumValue)));
            }
            else if (member.GivenName is null && Identifiers.ToPascalCase(wire).Length == 0)
            {
                changes.Add(new NameChange($"the enum value '{wire}'", null, -1, wire, claimed, string.Empty, NameOrigin.EnumValue, Nameless: true, Member: Site(model.Source, wire, MemberKind.EnumValue)));
            }

            named.Add(claimed == member.Name ? member : member with { Name = claimed });
        }

        var unknown = members.ClaimExtra("Unknown", "the member for unlisted values");
        ReportExtras(members, model.Name, changes);
        return model with { Members = named.ToEquatableArray(), UnknownMemberName = unknown };
    }

    /// <summary>The members the generator adds to a type that stepped aside (<c>UndocumentedPropertiesValue</c>), reported at the type.</summary>
    private static void ReportExtras(MemberNames members, string typeName, List<NameChange> changes)
    {
        if (members.ExtraRenames is not { } extras)
        {
            return;
        }

        foreach (var extra in extras)
        {
            changes.Add(new NameChange(extra.Owner, typeName, -1, extra.Desired, extra.Name, string.Empty, NameOrigin.Derived, Reason: extra.Reason));
        }
    }

    /// <summary>A union's accessors: each alternative by its type's shape name, then the raw-JSON fallback's, each with
    /// room for the members named after it (<see cref="UnionAccessors"/>). Two types of one shape name (the record
    /// <c>ListOfPet</c> and a list of <c>Pet</c>), or an alternative named like another's <c>IsPet</c>: the later is
    /// numbered, reported.</summary>
    private static UnionModel NameUnion(UnionModel model, List<NameChange> changes)
    {
        var members = new MemberNames(ReservedNames.UnionMembers, model.Name);
        var alternatives = new List<UnionAlternative>(model.Alternatives.Count);
        for (var i = 0; i < model.Alternatives.Count; i++)
        {
            var alternative = model.Alternatives[i];
            var shape = SpecNaming.MemberShapeName(alternative.Type);
            var owner = $"the alternative {shape}";
            var claim = members.ClaimWithPrefixes(shape, owner, UnionAccessors.AlternativePrefixes);
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!claim.Changed && claim.StepAside is { } stepAside)
            {
                changes.Add(new NameChange(owner, null, -1, shape, claim.Name, string.Empty, NameOrigin.Derived, Member: Site(model.Source, index, MemberKind.Alternative), Reason: stepAside));
            }
            else if (claim.Changed)
            {
                changes.Add(new NameChange(owner, null, -1, claim.Desired, claim.Name, claim.TakenBy!, NameOrigin.Derived, Member: Site(model.Source, index, MemberKind.Alternative)));
            }

            alternatives.Add(alternative with { Name = claim.Name });
        }

        var json = members.ClaimExtraWithPrefixes("Json", "the raw JSON fallback", UnionAccessors.FallbackPrefixes);
        ReportExtras(members, model.Name, changes);
        return model with { Alternatives = alternatives.ToEquatableArray(), JsonName = json };
    }

    private static MemberSite? Site(SpecSource? source, string key, MemberKind kind) =>
        source is null ? null : new MemberSite(source.SpecPath, key, kind);

    /// <summary>A waiter's state property and terminal values, a code exchange's code property: wire names as read.</summary>
    private static OperationModel NameReferences(OperationModel operation, Records records, Dictionary<string, EnumModel> enums)
    {
        var polling = operation.Polling;
        if (polling is not null)
        {
            var response = operation.Response is { Kind: TypeKind.Object, Name: { } responseName } ? records.ByName(responseName) : null;
            var state = response is null ? null : Find(response, polling.StateProperty);
            var values = polling.TerminalValues;
            if (polling.StateType is { Kind: TypeKind.Enum, Name: { } enumName } && enums.TryGetValue(enumName, out var stateEnum))
            {
                var names = new List<string>(values.Count);
                foreach (var value in values)
                {
                    names.Add(MemberOf(stateEnum, value));
                }

                values = names.ToEquatableArray();
            }

            polling = polling with { StateProperty = state?.Name ?? polling.StateProperty, TerminalValues = values };
        }

        var exchange = operation.CodeExchange;
        if (exchange is not null && operation.Body is { Type: { Kind: TypeKind.Object, Name: { } bodyName } } && records.ByName(bodyName) is { } body)
        {
            exchange = exchange with { CodeProperty = Find(body, exchange.CodeProperty)?.Name ?? exchange.CodeProperty };
        }

        return operation with { Polling = polling, CodeExchange = exchange };
    }

    private static string MemberOf(EnumModel model, string wireValue)
    {
        foreach (var member in model.Members)
        {
            if (member.WireValue == wireValue)
            {
                return member.Name;
            }
        }

        return wireValue;
    }

    /// <summary>A session renewal's body properties (wire names as read) and response paths (wire paths as read).</summary>
    private static SessionRenewalModel NameReferences(SessionRenewalModel renewal, Records records)
    {
        var body = records.ByName(renewal.BodyType);
        var response = records.ByName(renewal.ResponseType);
        if (body is null || response is null)
        {
            return renewal;
        }

        var stored = new List<StoredValueModel>(renewal.StoredValues.Count);
        foreach (var value in renewal.StoredValues)
        {
            stored.Add(value with { PropertyName = Find(body, value.WireName)?.Name ?? value.WireName });
        }

        ResponsePathModel Path(ResponsePathModel path)
        {
            var access = new StringBuilder();
            Walk(path.WirePath, response, records.ByName, access, out _);
            return path with { Access = access.ToString() };
        }

        ResponsePathModel? Optional(ResponsePathModel? path) => path is null ? null : Path(path);
        return renewal with
        {
            LoginTokenProperty = Find(body, renewal.LoginTokenProperty)?.Name ?? renewal.LoginTokenProperty,
            StoredValues = stored.ToEquatableArray(),
            AccessToken = Path(renewal.AccessToken),
            AccessTokenExpires = Path(renewal.AccessTokenExpires),
            LoginToken = Path(renewal.LoginToken),
            LoginTokenExpires = Path(renewal.LoginTokenExpires),
            SupportsUnattended = Path(renewal.SupportsUnattended),
            ProviderId = Optional(renewal.ProviderId),
            Label = Optional(renewal.Label),
            SubjectId = Optional(renewal.SubjectId),
        };
    }
}

/// <summary>Where a renamed member comes from: the type's spec path (<see cref="SpecSource.SpecPath"/>) and the
/// property's wire name, the enum's wire value or the union alternative's index; the reader reports the rename at that
/// key, value or alternative.</summary>
internal sealed record MemberSite(string SpecPath, string WireName, MemberKind Kind);

/// <summary>What a <see cref="MemberSite"/> names.</summary>
internal enum MemberKind
{
    /// <summary>A record's property, by wire name.</summary>
    Property,

    /// <summary>An enum's value, by wire value.</summary>
    EnumValue,

    /// <summary>A union's alternative, by its index among the union's alternatives.</summary>
    Alternative,
}
