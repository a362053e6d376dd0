using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Naming;

/// <summary>
/// The first part of the naming pass: the names of the generated types. The reader asks for one name per type
/// (<see cref="TypeNameRequest"/>) and refers to the type by a provisional key (<see cref="TypeKeys"/>); here each
/// request is named, in the order the reader made them, on the allocator that holds only the client class:
/// <list type="number">
/// <item>the component schemas' records, enums and unions, in document order: the schema's name in PascalCase
/// (<c>Schema</c> when it has no letter or digit, numbered when the spec names another schema <c>Schema</c>); one
/// named like a member every type of its kind has (<c>ToString</c>) gets <c>Model</c> appended; a name that is taken (<c>pet</c> after <c>Pet</c>) the lowest free number
/// (<c>Pet2</c>) that no later schema asks for as it is;</item>
/// <item>the inline schemas' types and each discriminated base's <c>Unknown{Base}</c> fallback, in reading order: named
/// after where they sit (<c>PetCategory</c>, from the FINAL name of the record they sit in), numbered until the name
/// and the names derived from it (its converter, an enum's <c>Kind</c>) are all free.</item>
/// </list>
/// Then every name the model holds is rewritten from keys to the final names (<see cref="Rewrite"/>). A name that
/// differs from the one asked for is returned (<see cref="TypeNameChange"/>) to be reported as AIIA0014 (the fallback's
/// at its base schema).
/// </summary>
internal static class TypeNaming
{
    /// <summary>Names every requested type, claiming the names in <paramref name="names"/>, and rewrites the model.</summary>
    /// <param name="spec">The model as read: its type names are keys.</param>
    /// <param name="requests">The reader's requests, in claim order; request <c>i</c> names the key <see cref="TypeKeys.Key"/>(i).</param>
    /// <param name="names">The generated namespace, holding the client class.</param>
    /// <param name="changes">Receives each type name that differs from the one asked for.</param>
    /// <param name="used">Whether each request's type is generated, by index: an unused one claims no name, and is named
    /// as it asks only for the hints that hold its key.</param>
    /// <param name="typeNames">The final name of each request, by index.</param>
    public static ApiSpec Run(ApiSpec spec, IReadOnlyList<TypeNameRequest> requests, NameAllocator names, List<TypeNameChange> changes, IReadOnlyList<bool> used, out string[] typeNames)
    {
        var final = new string[requests.Count];
        var promised = PromisedNames(requests);
        for (var i = 0; i < requests.Count; i++)
        {
            // A hint holds only keys of earlier requests (a type is asked for before what sits in it is read), all named by now.
            var hint = TypeKeys.Replace(requests[i].Hint, final);
            var fitting = Fitting(hint);
            if (!used[i])
            {
                final[i] = AsAsked(requests[i], fitting);
                continue;
            }

            if (requests[i].Origin == TypeNameOrigin.Component)
            {
                Unpromise(promised, fitting);
            }

            if (fitting != hint)
            {
                // Reported like any other rename; the numbering below may still change the shortened name.
                var component = requests[i].Origin is TypeNameOrigin.Component or TypeNameOrigin.NamelessComponent;
                changes.Add(new TypeNameChange(i, component ? $"The schema '{requests[i].Spec}'" : "The inline schema", hint, $"it is longer than the {MaxNameBytes} UTF-8 bytes a generated type name may have", fitting, component ? NameOrigin.Schema : requests[i].Origin == TypeNameOrigin.Fallback ? NameOrigin.Derived : NameOrigin.Inline));
            }

            final[i] = Name(i, requests[i], fitting, names, changes, promised);
        }

        typeNames = final;
        return Rewrite(spec, final);
    }

    /// <summary>
    /// The names component schemas ask for as they are (<c>Pet2</c>), counted: a numbered rename of an earlier schema
    /// skips them, so a spec's own names are kept whatever order they come in (<c>pet</c>, <c>Pet</c>, <c>Pet2</c> →
    /// <c>Pet</c>, <c>Pet3</c>, <c>Pet2</c>).
    /// </summary>
    private static Dictionary<string, int> PromisedNames(IReadOnlyList<TypeNameRequest> requests)
    {
        var promised = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var request in requests)
        {
            if (request.Origin == TypeNameOrigin.Component)
            {
                var name = Fitting(request.Hint);
                promised[name] = promised.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        return promised;
    }

    private static void Unpromise(Dictionary<string, int> promised, string name)
    {
        if (promised.TryGetValue(name, out var count))
        {
            if (count > 1)
            {
                promised[name] = count - 1;
            }
            else
            {
                promised.Remove(name);
            }
        }
    }

    /// <summary>
    /// The longest a type name may be, in UTF-8 bytes: C# metadata allows 1,023 for a type's full name, and the names
    /// derived from it add the namespace, the client's name and suffixes (<c>{Client}ListOf…JsonConverter</c>).
    /// </summary>
    public const int MaxNameBytes = 512;

    /// <summary>
    /// The longest a client name may be, in UTF-8 bytes (a file name's 255 and its <c>Client</c>; an AiiaClientName of
    /// 1,000 put <c>{Client}ServiceCollectionExtensions</c> past metadata's 1,023 bytes, CS7013).
    /// </summary>
    public const int MaxClientNameBytes = 261;

    /// <summary>
    /// The longest a generated namespace may be, in UTF-8 bytes: with a type of <see cref="MaxNameBytes"/> and its
    /// converter's suffix, a full name stays within metadata's 1,023 bytes (measured: 480 still compiles, 600 does not).
    /// </summary>
    public const int MaxNamespaceBytes = 400;

    /// <summary>
    /// <paramref name="name"/>, or when it is too long (<see cref="MaxNameBytes"/>; a key of 1,000 characters, or inline
    /// types nested twenty deep, whose names concatenate) its longest prefix that fits with <c>_</c> and eight hex digits
    /// of a hash of the whole name after it, so that two long names that share the prefix stay apart.
    /// </summary>
    public static string Fitting(string name) => Fitting(name, MaxNameBytes);

    /// <summary><paramref name="name"/>, or its longest prefix that fits in <paramref name="maxBytes"/> UTF-8 bytes with
    /// <c>_</c> and eight hex digits of a hash of the whole name after it.</summary>
    public static string Fitting(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }

        var hash = 2166136261u; // FNV-1a: stable across runs and platforms, unlike string.GetHashCode
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var suffix = "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
        var length = 0;
        for (var bytes = 0; length < name.Length; length++)
        {
            var c = name[length];
            var width = char.IsHighSurrogate(c) ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // UTF-8 bytes
            if (bytes + width > maxBytes - suffix.Length)
            {
                break;
            }

            bytes += width;
            length += char.IsHighSurrogate(c) ? 1 : 0;
        }

        return name.Substring(0, length) + suffix;
    }

    private static string Name(int index, TypeNameRequest request, string hint, NameAllocator names, List<TypeNameChange> changes, Dictionary<string, int> promised)
    {
        switch (request.Origin)
        {
            case TypeNameOrigin.Component:
            case TypeNameOrigin.NamelessComponent:
            {
                var owner = $"The schema '{request.Spec}'";
                var reported = changes.Count;
                if (request.Origin == TypeNameOrigin.NamelessComponent && promised.ContainsKey(hint))
                {
                    // 'Schema' stands in for a name the spec did not give: a schema the spec names Schema, later in the
                    // document, keeps it, as any spec name is kept from an earlier schema's numbering.
                    hint = NameAllocator.Numbered(hint, n => names.IsTaken(n) || promised.ContainsKey(n));
                }

                var name = ClaimSchemaName(index, hint, request, owner, names, changes, promised.Keys);
                if (request.Origin == TypeNameOrigin.NamelessComponent)
                {
                    // A schema named '--' is named 'Schema' (numbered when taken), like a property without letters:
                    // one report says so, with the final name, not a second that 'Schema' was taken.
                    changes.RemoveRange(reported, changes.Count - reported);
                    changes.Add(new TypeNameChange(index, owner, request.Spec, "a C# name needs a letter or digit", name, NameOrigin.Schema));
                }

                return name;
            }

            case TypeNameOrigin.Fallback:
            {
                var owner = $"the fallback of '{hint.Substring(TypeNameRequest.FallbackPrefix.Length)}' for an unknown discriminator value";
                var name = names.ClaimWithRoom(hint, owner, SpecNaming.ConverterSuffix);
                if (name != hint)
                {
                    changes.Add(new TypeNameChange(index, char.ToUpperInvariant(owner[0]) + owner.Substring(1), hint, WhyNoRoom(names, hint, SpecNaming.ConverterSuffix), name, NameOrigin.Derived));
                }

                return name;
            }

            default:
            {
                hint = AsAsked(request, hint);
                var owner = "the schema at " + request.Spec;
                var name = request.Kind == TypeKind.Enum
                    ? names.ClaimWithRoom(hint, owner, SpecNaming.ConverterSuffix, SpecNaming.KindSuffix)
                    : names.ClaimWithRoom(hint, owner, SpecNaming.ConverterSuffix);
                if (name != hint)
                {
                    changes.Add(new TypeNameChange(index, "The inline schema", hint, WhyNoRoom(names, hint, SpecNaming.ConverterSuffix, SpecNaming.KindSuffix), name, NameOrigin.Inline));
                }

                return name;
            }
        }
    }

    /// <summary>
    /// Why <paramref name="hint"/> was not free for a type whose derived names end in <paramref name="suffixes"/>: taken
    /// itself, or one of the names derived from it (a schema <c>PetCategoryJsonConverter</c> holds the converter's name of
    /// an inline <c>PetCategory</c>), as messages show it.
    /// </summary>
    private static string WhyNoRoom(NameAllocator names, string hint, params string[] suffixes)
    {
        if (names.OwnerOf(hint) is { } holder)
        {
            return holder + " already has that name";
        }

        foreach (var suffix in suffixes)
        {
            if (names.OwnerOf(hint + suffix) is { } derivedHolder)
            {
                var derived = suffix == SpecNaming.ConverterSuffix ? "its JSON converter" : "its companion C# enum";
                return $"{derived} would be named '{hint + suffix}', which {derivedHolder} already has";
            }
        }

        return "it is taken";
    }

    /// <summary>
    /// The name each request asks for, before any is numbered: its hint with the keys of earlier requests resolved the
    /// same way, and <see cref="AsAsked"/>. For the reader's messages, which name a type before the pass has run.
    /// </summary>
    public static string[] DesiredNames(IReadOnlyList<TypeNameRequest> requests)
    {
        var names = new string[requests.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = AsAsked(requests[i], TypeKeys.Replace(requests[i].Hint, names));
        }

        return names;
    }

    /// <summary>A type named like a member every type of its kind has (a record <c>ToString</c>) asks for it with
    /// <c>Model</c> appended (CS0542); the <c>Unknown{Base}</c> fallback never is.</summary>
    private static string AsAsked(TypeNameRequest request, string hint) =>
        request.Origin != TypeNameOrigin.Fallback && ReservedNames.IsMemberOf(request.Kind, hint, request.IsUnion) ? hint + ReservedNames.TypeSuffix : hint;

    /// <summary>A component schema's name: a record named ToString, or an enum named Kind, would have a member of its own name (CS0542).</summary>
    private static string ClaimSchemaName(int index, string desired, TypeNameRequest request, string owner, NameAllocator names, List<TypeNameChange> changes, ICollection<string> promised)
    {
        if (ReservedNames.IsMemberOf(request.Kind, desired, request.IsUnion))
        {
            var stepped = ClaimSchemaName(index, desired + ReservedNames.TypeSuffix, request, owner, names, changes, promised);
            changes.Add(new TypeNameChange(index, owner, desired, "a generated type has a member of that name", stepped, NameOrigin.Schema));
            return stepped;
        }

        var claim = names.Claim(desired, $"the schema '{request.Spec}'", promised);
        if (claim.Changed)
        {
            changes.Add(new TypeNameChange(index, owner, claim.Desired, claim.TakenBy + " already has that name", claim.Name, NameOrigin.Schema));
        }

        return claim.Name;
    }

    /// <summary>
    /// The model with every type name it holds (records, enums, unions, their bases, discriminator cases and fallbacks,
    /// every <see cref="TypeRef"/> of properties, alternatives, parameters, bodies, responses and polling, the session's
    /// body and response) changed from keys to <paramref name="final"/> names. The one place that knows where the
    /// model holds type names.
    /// </summary>
    public static ApiSpec Rewrite(ApiSpec spec, IReadOnlyList<string> final)
    {
        // The reader shares one TypeRef per named type among its uses: each is rewritten once.
        var rewritten = new Dictionary<TypeRef, TypeRef>(Reading.ReferenceComparer<TypeRef>.Instance);
        string N(string name) => TypeKeys.Replace(name, final);
        TypeRef T(TypeRef type)
        {
            if (type.Kind is not (TypeKind.Object or TypeKind.Enum or TypeKind.Array or TypeKind.Map))
            {
                return type;
            }

            if (!rewritten.TryGetValue(type, out var result))
            {
                result = type.Name is { } name ? type with { Name = N(name) }
                    : T(type.Element!) is var element && !ReferenceEquals(element, type.Element) ? type with { Element = element }
                    : type;
                rewritten.Add(type, result);
            }

            return result;
        }

        return spec with
        {
            Objects = Map(spec.Objects, model => model with
            {
                Name = N(model.Name),
                Properties = Map(model.Properties, property => T(property.Type) is var type && !ReferenceEquals(type, property.Type) ? property with { Type = type } : property),
                BaseName = model.BaseName is null ? null : N(model.BaseName),
                Discriminator = model.Discriminator is { } discriminator
                    ? discriminator with { Cases = Map(discriminator.Cases, c => c with { TypeName = N(c.TypeName) }), UnknownName = N(discriminator.UnknownName) }
                    : null,
            }),
            Enums = Map(spec.Enums, model => model with { Name = N(model.Name), KindName = N(model.KindName) }),
            Unions = Map(spec.Unions, model => model with
            {
                Name = N(model.Name),
                Alternatives = Map(model.Alternatives, alternative => alternative with { Type = T(alternative.Type) }),
            }),
            Operations = Map(spec.Operations, operation =>
            {
                var parameters = Map(operation.Parameters, parameter => T(parameter.Type) is var type && !ReferenceEquals(type, parameter.Type) ? parameter with { Type = type } : parameter, out var retyped);
                var body = operation.Body is { } read
                    ? read with { Type = T(read.Type), Fields = Map(read.Fields, field => T(field.Type) is var type && !ReferenceEquals(type, field.Type) ? field with { Type = type } : field) }
                    : null;
                var response = operation.Response is null ? null : T(operation.Response);
                var polling = operation.Polling is { } poll ? poll with { StateType = T(poll.StateType) } : null;
                return !retyped && ReferenceEquals(body, operation.Body) && ReferenceEquals(response, operation.Response) && polling is null
                    ? operation
                    : operation with { Parameters = parameters, Body = body, Response = response, Polling = polling };
            }),
            SessionRenewal = spec.SessionRenewal is { } session
                ? session with { BodyType = N(session.BodyType), ResponseType = N(session.ResponseType) }
                : null,
        };
    }

    private static EquatableArray<T> Map<T>(EquatableArray<T> items, System.Func<T, T> map)
        where T : class, System.IEquatable<T> => Map(items, map, out _);

    /// <summary><paramref name="items"/> mapped, or the same array when every item maps to itself.</summary>
    private static EquatableArray<T> Map<T>(EquatableArray<T> items, System.Func<T, T> map, out bool changed)
        where T : class, System.IEquatable<T>
    {
        T[]? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var mapped = map(item);
            if (result is null && !ReferenceEquals(mapped, item))
            {
                result = new T[items.Count];
                for (var j = 0; j < i; j++)
                {
                    result[j] = items[j];
                }
            }

            if (result is not null)
            {
                result[i] = mapped;
            }
        }

        changed = result is not null;
        return result is null ? items : new EquatableArray<T>(result);
    }
}

/// <summary>
/// The provisional keys the reader names generated types by until the naming pass names them: <c>\u0001{index}\u0002</c>,
/// for the request of that index. No C# name holds these characters, and a key stays one through concatenation
/// (an inline type's hint <c>{key of Pet}Category</c>, a shape name <c>ListOf{key of Pet}</c>), so any text built
/// from keys is resolved by <see cref="Replace"/>.
/// </summary>
internal static class TypeKeys
{
    private const char Start = '\u0001';
    private const char End = '\u0002';

    /// <summary>The key of request <paramref name="index"/>.</summary>
    public static string Key(int index) => Start + index.ToString(CultureInfo.InvariantCulture) + End;

    /// <summary>The index of the request <paramref name="name"/> is the key of, or -1 when it is not one key.</summary>
    public static int IndexOf(string name)
    {
        if (name.Length < 3 || name[0] != Start || name[name.Length - 1] != End || name.IndexOf(End) != name.Length - 1)
        {
            return -1;
        }

        return IndexAt(name, 0, name.Length - 1);
    }

    /// <summary>
    /// <paramref name="text"/> with every key in it replaced by the name <paramref name="names"/> holds for its index.
    /// Keys are made only by <see cref="Key"/> for an index the reader requested, and the pass names every request
    /// before it replaces, so each key found has its name.
    /// </summary>
    public static string Replace(string text, IReadOnlyList<string> names)
    {
        var start = text.IndexOf(Start);
        if (start < 0)
        {
            return text;
        }

        // Most texts are one key (a TypeRef's name) or one key and a suffix (a hint): no builder for them.
        var end = text.IndexOf(End, start);
        var name = names[IndexAt(text, start, end)];
        if (text.IndexOf(Start, end) < 0)
        {
            return start == 0 && end == text.Length - 1 ? name : text.Substring(0, start) + name + text.Substring(end + 1);
        }

        var result = new StringBuilder(text.Length + 32).Append(text, 0, start).Append(name);
        for (var from = end + 1; ; from = end + 1)
        {
            start = text.IndexOf(Start, from);
            if (start < 0)
            {
                return result.Append(text, from, text.Length - from).ToString();
            }

            end = text.IndexOf(End, start);
            result.Append(text, from, start - from).Append(names[IndexAt(text, start, end)]);
        }
    }

    private static int IndexAt(string text, int start, int end)
    {
        var index = 0;
        for (var i = start + 1; i < end; i++)
        {
            index = (index * 10) + (text[i] - '0');
        }

        return index;
    }
}

/// <summary>Where a requested type name comes from, which decides its rule (see <see cref="TypeNaming"/>).</summary>
internal enum TypeNameOrigin
{
    /// <summary>A component schema: its name, numbered when taken.</summary>
    Component,

    /// <summary>A component schema whose name has no letter or digit: <c>Schema</c>, numbered when taken, reported.</summary>
    NamelessComponent,

    /// <summary>An inline schema: named after where it sits, numbered until its derived names are free too.</summary>
    Inline,

    /// <summary>The <c>Unknown{Base}</c> record of a discriminated base, named like an inline record, reported at the base.</summary>
    Fallback,
}

/// <summary>A generated type's name as the reader asks for it.</summary>
/// <param name="Origin">Which rule names it.</param>
/// <param name="Hint">The name asked for; may hold keys of earlier requests (<see cref="TypeKeys"/>).</param>
/// <param name="Kind">Record (and union) or enum: which members every such type has, which derived names it needs.</param>
/// <param name="Spec">The component schema's key, or the inline schema's path: as messages show it.</param>
/// <param name="IsUnion">A oneOf/anyOf: its type may be a union class, which has members (<c>Match</c>, <c>Switch</c>) it must not be named like.</param>
internal sealed record TypeNameRequest(TypeNameOrigin Origin, string Hint, TypeKind Kind, string Spec, bool IsUnion = false)
{
    /// <summary>What the fallback record of a discriminated base puts before the base's name.</summary>
    public const string FallbackPrefix = "Unknown";
}

/// <summary>A type name that differs from the one asked for, reported (AIIA0014) where request <paramref name="Request"/> sits.</summary>
/// <param name="Request">The index of the request.</param>
/// <param name="Owner">What is renamed, as the message starts: <c>The schema 'pet'</c>, <c>The inline schema</c>.</param>
/// <param name="Desired">The name asked for.</param>
/// <param name="Reason">Why it is not given.</param>
/// <param name="Name">The name given.</param>
/// <param name="Origin">What the name comes from: how the spec can choose it (the message's advice).</param>
internal sealed record TypeNameChange(int Request, string Owner, string Desired, string Reason, string Name, NameOrigin Origin);
