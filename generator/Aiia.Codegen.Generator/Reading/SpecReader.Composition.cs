using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aiia.Codegen.Diagnostics;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Composition: <c>oneOf</c>/<c>anyOf</c> become union types, a <c>discriminator</c> an abstract base record with sealed
/// derived records, <c>not</c> is ignored. What cannot be typed exactly degrades with a warning (docs/composition.md).
/// </summary>
internal sealed partial class SpecReader
{
    /// <summary>A component schema that is a discriminated base: its discriminator and derived components.</summary>
    private sealed record DiscriminatedBase(string PropertyName, List<(string Value, string Derived)> Cases, bool IsComposition);

    private readonly List<UnionModel> _unions = new();
    private readonly Dictionary<string, DiscriminatedBase> _bases = new(StringComparer.Ordinal); // base component → cases
    private readonly Dictionary<string, string> _baseOf = new(StringComparer.Ordinal); // derived component → base component
    private readonly Dictionary<string, string> _compositionNames = new(StringComparer.Ordinal); // oneOf component → its type's key
    private readonly Dictionary<SpecMapping, string> _compositionComponents = new(ReferenceComparer<SpecMapping>.Instance);


    private static readonly string[] ShapeKeywords =
    {
        "$ref", "type", "properties", "items", "enum", "allOf", "oneOf", "anyOf", "additionalProperties", "const", "format",
    };

    /// <summary>
    /// Whether an alternative's <c>properties</c> only constrain properties the schema itself lists (Xero's NICategory:
    /// <c>oneOf: [{required: [workplacePostcode], properties: {niCategory: {enum: [F, I]}}}, ...]</c> beside its own
    /// <c>niCategory</c> and <c>workplacePostcode</c>): the alternative describes no other object.
    /// </summary>
    private static bool NarrowsOnly(SpecMapping schema, SpecMapping alternative) =>
        Get(alternative, "properties") is SpecMapping narrowed && Get(schema, "properties") is SpecMapping own
        && Array.TrueForAll(narrowed.Children, p => p.Key is SpecScalar { Value: var name } && Array.Exists(own.Children, o => o.Key is SpecScalar { Value: var listed } && listed == name));

    /// <summary>Whether the schema is a oneOf/anyOf of alternatives (not only of constraints on one object).</summary>
    private static bool IsComposition(SpecMapping schema) => CompositionKeyword(schema) is not null;

    // In the order CompositionKeyword looks for them (it is asked of nearly every schema: one array, not one per call).
    private static readonly string[] CompositionKeywords = { "oneOf", "anyOf" };

    /// <summary>
    /// <c>oneOf</c> or <c>anyOf</c>, whichever the schema has (oneOf first); null when it has neither, or when every
    /// alternative only constrains the schema itself (<c>oneOf: [{required: [a]}, {required: [b]}]</c>, or narrows
    /// properties it lists, <see cref="NarrowsOnly"/>, maybe saying <c>additionalProperties: true</c> as GitHub does),
    /// which describes one object: its record.
    /// </summary>
    private static string? CompositionKeyword(SpecMapping schema)
    {
        foreach (var keyword in CompositionKeywords)
        {
            if (Get(schema, keyword) is { } node)
            {
                var constraintsOnly = node is SpecSequence { Children.Length: > 0 } sequence
                    && Array.TrueForAll(sequence.Children, c => c is SpecMapping m && Array.TrueForAll(ShapeKeywords, k => Get(m, k) is null
                        || (k == "properties" && NarrowsOnly(schema, m))
                        || (k == "additionalProperties" && Get(m, k) is SpecScalar { Value: "true" } or SpecMapping { Children.Length: 0 })));
                return constraintsOnly ? null : keyword;
            }
        }

        return null;
    }

    /// <summary>A component <c>oneOf</c>/<c>anyOf</c> keeps its name before inline types are named.</summary>
    private void ClaimCompositionName(string name, SpecMapping schema, SpecNode keyNode, string path, string typeName)
    {
        // The open-enum idiom with its values inline is the enum, of the component's name; a lone inline record or enum
        // beside null is that type, of the component's name; otherwise usually a union.
        var lone = LoneInlineAlternative(schema);
        var kind = lone is not null ? NamedKind(lone)!.Value
            : CompositionKeyword(schema) is { } keyword && Get(schema, keyword) is SpecSequence alternatives
                && OpenEnumAlternative(alternatives, inlineOnly: true) >= 0 ? TypeKind.Enum : TypeKind.Object;
        _compositionNames[name] = ComponentTypeKey(typeName, name, keyNode, path, kind, isUnion: lone is null && kind == TypeKind.Object);
        _compositionComponents[schema] = name;
    }

    /// <summary>
    /// The open-enum idiom, <c>anyOf: [{type: string}, {type: string, enum: [a, b]}]</c> ("one of these, or any other
    /// string", OpenAI's model names): a generated enum already keeps any value it does not list, so the idiom is that
    /// enum, not a union of a string and an enum. The index of the enum alternative (inline, or a <c>$ref</c> to a
    /// component string enum unless <paramref name="inlineOnly"/>), when the others are plain strings (at least one) or
    /// <c>{type: 'null'}</c>; else -1.
    /// </summary>
    private int OpenEnumAlternative(SpecSequence alternatives, bool inlineOnly)
    {
        var found = -1;
        var plain = false;
        for (var i = 0; i < alternatives.Children.Length; i++)
        {
            if (alternatives.Children[i] is not SpecMapping alternative)
            {
                return -1;
            }

            var type = GetScalar(alternative, "type");
            var isRef = Get(alternative, "$ref") is not null;
            var isComposed = IsComposition(alternative) || Get(alternative, "allOf") is not null;
            if (type == "null" && !isRef && !isComposed)
            {
                continue;
            }

            if (type == "string" && !isRef && !isComposed && Get(alternative, "format") is null && Get(alternative, "const") is null)
            {
                if (Get(alternative, "enum") is null)
                {
                    plain = true;
                    continue;
                }

                if (found < 0 && Get(alternative, "enum") is SpecSequence { Children.Length: > 0 } && !IsEmptyStringEnum(alternative))
                {
                    found = i;
                    continue;
                }
            }
            else if (found < 0 && !inlineOnly && isRef && GetScalar(alternative, "$ref") is { } reference
                && ComponentNameOf(reference) is { } component && _namedComponents.TryGetValue(component, out var named) && named.Kind == TypeKind.Enum)
            {
                found = i;
                continue;
            }

            return -1;
        }

        return plain ? found : -1;
    }

    /// <summary>The enum of the open-enum idiom (<see cref="OpenEnumAlternative"/>): the component enum it refers to, or its
    /// inline values as an enum named where the union would be.</summary>
    private TypeRef ReadOpenEnum(SpecSequence alternatives, int index, SpecMapping schema, string? component, string keyword, string path, string nameHint, bool nullable)
    {
        foreach (SpecMapping alternative in alternatives.Children) // OpenEnumAlternative found only mappings
        {
            nullable |= GetScalar(alternative, "type") == "null" || GetBool(alternative, "nullable", path);
        }

        var enumSchema = (SpecMapping)alternatives.Children[index];
        var enumPath = path + "." + keyword + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        TypeRef type;
        if (Get(enumSchema, "$ref") is not null)
        {
            type = ResolveSchema(enumSchema, enumPath, nameHint).WithNullable(false);
        }
        else
        {
            var name = component is null ? InlineTypeKey(nameHint, schema, path, TypeKind.Enum) : _compositionNames[component];
            ReadEnum(name, enumSchema, enumPath, component);
            type = new TypeRef(TypeKind.Enum, name);
        }

        if (component is not null)
        {
            _aliasTypes[component] = type;
        }

        return type.WithNullable(nullable);
    }

    /// <summary>
    /// Decides, before any schema is read, which component schemas are discriminated bases and which derive from them:
    /// a <c>oneOf</c>/<c>anyOf</c> of component records with a <c>discriminator</c>, or a record with a
    /// <c>discriminator</c> that other records extend with <c>allOf: [$ref Base, ...]</c>. A record derives from one
    /// base only (the first in document order).
    /// </summary>
    private void IndexDiscriminatedBases()
    {
        foreach (var pair in _componentSchemas)
        {
            if (_baseOf.ContainsKey(pair.Key)
                || Get(pair.Value, "discriminator") is not SpecMapping discriminator
                || GetScalar(discriminator, "propertyName") is not { } propertyName)
            {
                continue;
            }

            var composition = IsComposition(pair.Value);
            var candidates = composition ? OneOfCandidates(pair.Key, pair.Value) : AllOfCandidates(pair.Key);
            if (candidates is null || candidates.Count == 0)
            {
                continue;
            }

            var cases = new List<(string Value, string Derived)>();
            if (Get(discriminator, "mapping") is SpecMapping mapping)
            {
                foreach (var entry in mapping.Children)
                {
                    var target = (entry.Value as SpecScalar)?.Value ?? string.Empty;
                    target = ComponentNameOf(target) ?? target; // A $ref, or a bare schema name.
                    if (entry.Key is SpecScalar { Value: var value } && candidates.Contains(target))
                    {
                        cases.Add((value, target));
                    }
                }
            }

            foreach (var candidate in candidates)
            {
                if (!cases.Exists(c => c.Derived == candidate))
                {
                    cases.Add((candidate, candidate)); // Implicit mapping: the schema's name.
                }
            }

            _bases[pair.Key] = new DiscriminatedBase(propertyName, cases, composition);
            foreach (var candidate in candidates)
            {
                _baseOf[candidate] = pair.Key;
            }
        }
    }

    /// <summary>The alternatives of a discriminated oneOf, when every one is a record that may derive from it; else null.</summary>
    private List<string>? OneOfCandidates(string baseName, SpecMapping schema)
    {
        var alternatives = (Get(schema, "oneOf") ?? Get(schema, "anyOf")) as SpecSequence;
        var result = new List<string>();
        foreach (var alternative in alternatives?.Children ?? Array.Empty<SpecNode>())
        {
            if (alternative is not SpecMapping map || GetScalar(map, "$ref") is not { } reference)
            {
                return null;
            }

            var name = ComponentNameOf(reference);
            if (name is null || !CanDerive(name, baseName) || result.Contains(name))
            {
                return null;
            }

            result.Add(name);
        }

        return result;
    }

    /// <summary>The records that extend <paramref name="baseName"/> with <c>allOf</c>, in document order.</summary>
    private List<string>? AllOfCandidates(string baseName)
    {
        if (!_namedComponents.TryGetValue(baseName, out var type) || type.Kind != TypeKind.Object)
        {
            return null;
        }

        var result = new List<string>();
        foreach (var pair in _componentSchemas)
        {
            if (Get(pair.Value, "allOf") is SpecSequence allOf && CanDerive(pair.Key, baseName)
                && Array.Exists(allOf.Children, part => part is SpecMapping map && GetScalar(map, "$ref") is { } reference && ComponentNameOf(reference) == baseName))
            {
                result.Add(pair.Key);
            }
        }

        return result;
    }

    private bool CanDerive(string name, string baseName) =>
        name != baseName
        && !_baseOf.ContainsKey(name)
        && !_bases.ContainsKey(name)
        && _namedComponents.TryGetValue(name, out var type) && type.Kind == TypeKind.Object
        && _componentSchemas.TryGetValue(name, out var schema) && Get(schema, "discriminator") is null;

    /// <summary>
    /// The type of a schema with <c>oneOf</c>/<c>anyOf</c>, or null when it has neither; reports an ignored <c>not</c>.
    /// </summary>
    private TypeRef? ResolveComposition(SpecMapping schema, SpecNode node, string path, string nameHint, bool nullable)
    {
        if (GetKey(schema, "not") is { } notKey)
        {
            Report(DiagnosticDescriptors.NotIgnored, notKey, path + ".not");
        }

        var keyword = CompositionKeyword(schema);
        if (keyword is null)
        {
            return null;
        }

        if (GetSequence(schema, keyword, path) is not { } alternatives)
        {
            return new TypeRef(TypeKind.Any, IsNullable: nullable);
        }

        if (keyword == "oneOf" && GetKey(schema, "anyOf") is { } anyOfKey)
        {
            Report(DiagnosticDescriptors.CompositionDegraded, anyOfKey, "'anyOf' beside 'oneOf'", path + ".anyOf", "the anyOf is ignored");
        }

        _compositionComponents.TryGetValue(schema, out var component);
        if (component is not null && _bases.TryGetValue(component, out var discriminated))
        {
            // Properties of its own that no alternative declares (Okta's SigningKey: alg, use) are the base record's,
            // which every subtype inherits; the rest, and all of them when there are no such, are the subtypes' to declare.
            return (HoldsOwnProperties(component) && EnsureComponentObject(component, node, path) is { } withProperties
                    ? new TypeRef(TypeKind.Object, withProperties.Name)
                    : ReadDiscriminatedComposition(component, discriminated, path)).WithNullable(nullable);
        }

        return ReadUnion(schema, alternatives, component, keyword, path, nameHint, nullable);
    }

    /// <summary>
    /// Whether a discriminated oneOf base lists a property none of its alternatives declares, and so is a record with
    /// properties (read by <see cref="ReadObject"/>, inherited by the alternatives) rather than an empty base. The one
    /// test of it: the base's reading and each alternative's must agree, or the base would be read twice.
    /// </summary>
    private bool HoldsOwnProperties(string component)
    {
        var declared = DeclaredByAlternatives(component);
        return Get(_componentSchemas[component], "properties") is SpecMapping properties
            && Array.Exists(properties.Children, p => p.Key is SpecScalar { Value: var name } && !declared.Contains(name));
    }

    private readonly Dictionary<string, HashSet<string>> _declaredByAlternatives = new(StringComparer.Ordinal);

    /// <summary>
    /// The properties the alternatives of a discriminated oneOf base declare themselves: in their own <c>properties</c>
    /// and their allOf parts' (through component <c>$ref</c>s, the base's own excepted). An alternative keeps those as
    /// its own members, typed as it says; the base record holds only the others. Found once per base.
    /// </summary>
    private HashSet<string> DeclaredByAlternatives(string baseComponent)
    {
        if (_declaredByAlternatives.TryGetValue(baseComponent, out var found))
        {
            return found;
        }

        var declared = _declaredByAlternatives[baseComponent] = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { baseComponent };
        var pending = new Stack<SpecMapping>();
        foreach (var (_, derived) in _bases[baseComponent].Cases)
        {
            if (seen.Add(derived) && _componentSchemas.TryGetValue(derived, out var schema))
            {
                pending.Push(schema);
            }
        }

        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (Get(schema, "properties") is SpecMapping properties)
            {
                foreach (var property in properties.Children)
                {
                    if (property.Key is SpecScalar { Value: var name })
                    {
                        declared.Add(name);
                    }
                }
            }

            if (Get(schema, "allOf") is SpecSequence parts)
            {
                foreach (var part in parts.Children)
                {
                    if (part is not SpecMapping mapping)
                    {
                        continue;
                    }

                    if (GetScalar(mapping, "$ref") is not { } reference)
                    {
                        pending.Push(mapping);
                    }
                    else if (ComponentNameOf(reference) is { } name && seen.Add(name) && _componentSchemas.TryGetValue(name, out var target))
                    {
                        pending.Push(target);
                    }
                }
            }
        }

        return declared;
    }

    /// <summary>The abstract base record of a discriminated oneOf component: no properties of its own.</summary>
    private TypeRef ReadDiscriminatedComposition(string component, DiscriminatedBase discriminated, string path)
    {
        var name = _compositionNames[component];
        var model = new ObjectModel(name, GetString(_componentSchemas[component], "description", path), EquatableArray<PropertyModel>.Empty, UndocumentedPropertyHandling.Ignore, ObjectModel.DefaultUndocumentedPropertiesName, ComponentSource(path, component), Discriminator: DiscriminatorFor(name, discriminated, _componentSchemas[component], path));
        _objects.Add(model);
        return new TypeRef(TypeKind.Object, name);
    }

    /// <summary>The converter's cases and the Unknown{Base} fallback record, whose name is asked of the naming pass here (in reading order; its members' are the pass's too).</summary>
    private DiscriminatorModel DiscriminatorFor(string baseName, DiscriminatedBase discriminated, SpecNode baseNode, string basePath)
    {
        var cases = new List<DiscriminatorCase>();
        foreach (var (value, derived) in discriminated.Cases)
        {
            cases.Add(new DiscriminatorCase(value, _namedComponents[derived].Name!));
        }

        var unknown = RequestTypeName(new TypeNameRequest(TypeNameOrigin.Fallback, TypeNameRequest.FallbackPrefix + baseName, TypeKind.Object, basePath), baseNode, basePath);
        return new DiscriminatorModel(discriminated.PropertyName, cases.ToEquatableArray(), unknown, string.Empty, string.Empty);
    }

    /// <summary>The C# name of the base record a component record derives from, or null.</summary>
    private string? BaseNameOf(string? componentName) =>
        componentName is not null && _baseOf.TryGetValue(componentName, out var baseComponent)
            ? _bases[baseComponent].IsComposition ? _compositionNames[baseComponent] : _namedComponents[baseComponent].Name
            : null;

    /// <summary>
    /// Names for a union's inline object alternatives that a tag tells apart (Svix's sinks, each with its
    /// <c>type: {enum: [http]}</c>): per alternative, the value of the first property to which every inline object
    /// alternative gives one string value of its own (<c>enum</c> of one, or <c>const</c>), in PascalCase — so
    /// <c>SinkHttp</c>, not <c>SinkOption1</c>. Null when no property does (they are numbered), or the values do not
    /// make distinct names.
    /// </summary>
    private static string?[]? InlineTagNames(SpecSequence alternatives)
    {
        var inline = new List<(int Index, SpecMapping Properties)>();
        for (var i = 0; i < alternatives.Children.Length; i++)
        {
            if (alternatives.Children[i] is SpecMapping map && Get(map, "$ref") is null && Get(map, "properties") is SpecMapping properties)
            {
                inline.Add((i, properties));
            }
        }

        if (inline.Count == 0)
        {
            return null;
        }

        foreach (var entry in inline[0].Properties.Children)
        {
            if (entry.Key is not SpecScalar { Value: var tag })
            {
                continue;
            }

            var names = new string?[alternatives.Children.Length];
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var named = 0;
            foreach (var (index, properties) in inline)
            {
                if (SingleStringValue(Get(properties, tag)) is not { } value || Identifiers.ToPascalCase(value) is not { Length: > 0 } name || !taken.Add(name))
                {
                    break;
                }

                names[index] = name;
                named++;
            }

            if (named == inline.Count)
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>
    /// Names for a union's inline alternatives from their <c>title</c>s, in PascalCase (GitHub's ruleset conditions:
    /// <c>title: repository_name_and_ref_name</c> → <c>OrgRulesetConditionsRepositoryNameAndRefName</c>); null at an
    /// alternative without one, or whose title names another too (PayPal repeats them). Null when none has one.
    /// </summary>
    private static string?[]? InlineTitleNames(SpecSequence alternatives) =>
        NamesOf(alternatives, (_, map) => Pascal(Get(map, "title") is SpecScalar { IsNull: false } title ? title.Value : null));

    /// <summary>
    /// Names for a union's inline <c>allOf</c> alternatives after the one component each composes that no other
    /// alternative does (GitHub's detailed rules: <c>allOf: [{$ref: repository-rule-creation}, {$ref:
    /// repository-rule-ruleset-info}]</c>, ... → <c>RepositoryRuleDetailedRepositoryRuleCreation</c>), by its C# name
    /// (<see cref="ComponentNamePart"/>); null at one without such a component. Null when none has one.
    /// </summary>
    private string?[]? InlineCompositionNames(SpecSequence alternatives)
    {
        var references = new List<string>?[alternatives.Children.Length];
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < alternatives.Children.Length; i++)
        {
            if (alternatives.Children[i] is SpecMapping map && Get(map, "$ref") is null && Get(map, "allOf") is SpecSequence parts)
            {
                foreach (var part in parts.Children)
                {
                    if (part is SpecMapping reference && GetScalar(reference, "$ref") is { } target && ComponentNameOf(target) is { } component)
                    {
                        (references[i] ??= new List<string>()).Add(component);
                        uses[component] = uses.TryGetValue(component, out var count) ? count + 1 : 1;
                    }
                }
            }
        }

        return NamesOf(alternatives, (i, _) => references[i]?.Find(component => uses[component] == 1) is { } component ? ComponentNamePart(component) : null);
    }

    /// <summary>
    /// Names for a union's inline alternatives that allow one string (OpenAI's hyperparameters: <c>oneOf: [{type: string,
    /// enum: [auto]}, {type: integer}]</c> → <c>BatchSizeAuto</c>); null at any other. Null when none does.
    /// </summary>
    private static string?[]? InlineValueNames(SpecSequence alternatives) => NamesOf(alternatives, (_, map) => Pascal(SingleStringValue(map)));

    /// <summary>
    /// Names for a union's inline object alternatives after a property only each lists (GitHub's attestation deletion:
    /// <c>oneOf: [{required: [subject_digests]}, {required: [attestation_ids]}]</c> → <c>…RequestSubjectDigests</c>, not
    /// <c>…RequestOption1</c>): per alternative, the first of its required properties, else of its properties, that no
    /// other alternative (a referenced one included) lists; null at one without such a property. Null when none has one.
    /// </summary>
    private string?[]? InlinePropertyNames(SpecSequence alternatives)
    {
        var listedBy = new Dictionary<string, int>(StringComparer.Ordinal); // how many alternatives list each property
        foreach (var alternative in alternatives.Children)
        {
            if (Deref(alternative) is { } schema && Get(schema, "properties") is SpecMapping properties)
            {
                foreach (var entry in properties.Children)
                {
                    if (entry.Key is SpecScalar { Value: var property })
                    {
                        listedBy[property] = listedBy.TryGetValue(property, out var count) ? count + 1 : 1;
                    }
                }
            }
        }

        return NamesOf(alternatives, (_, map) => OwnPropertyName(map, listedBy));
    }

    /// <summary>The first required, else listed, property of <paramref name="schema"/> that no other alternative lists, in PascalCase.</summary>
    private static string? OwnPropertyName(SpecMapping schema, Dictionary<string, int> listedBy)
    {
        if (Get(schema, "properties") is not SpecMapping properties)
        {
            return null;
        }

        var candidates = Get(schema, "required") is SpecSequence required ? required.Children.Concat(properties.Children.Select(entry => entry.Key)) : properties.Children.Select(entry => entry.Key);
        foreach (var candidate in candidates)
        {
            if (candidate is SpecScalar { Value: var property } && Get(properties, property) is not null && listedBy.TryGetValue(property, out var count) && count == 1 && Pascal(property) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary><paramref name="text"/> in PascalCase, or null when it is null or has no letter or digit.</summary>
    private static string? Pascal(string? text) => text is not null && Identifiers.ToPascalCase(text) is { Length: > 0 } name ? name : null;

    /// <summary>
    /// What a name derived from the component <paramref name="component"/> holds for it (<c>{Union}{Component}</c>,
    /// an alternative named after the component it composes): the key of its type, which the naming pass replaces with
    /// the type's C# name (an imported schema's own name, not its file's; <c>Schema</c> for <c>--</c>; <c>Pet2</c> for
    /// a renamed <c>pet</c>); for a component that is no type of its own, its name in PascalCase.
    /// </summary>
    private string? ComponentNamePart(string component) =>
        _namedComponents.TryGetValue(component, out var named) && named.Name is { } key ? key
        : _compositionNames.TryGetValue(component, out var union) ? union
        : Pascal(TypeNameSource(component));

    /// <summary>
    /// Per alternative, what <paramref name="nameOf"/> names an inline one (a mapping without <c>$ref</c>; it gets its
    /// index), none given twice (<see cref="Distinct"/>).
    /// </summary>
    private static string?[]? NamesOf(SpecSequence alternatives, Func<int, SpecMapping, string?> nameOf)
    {
        string?[]? names = null;
        for (var i = 0; i < alternatives.Children.Length; i++)
        {
            if (alternatives.Children[i] is SpecMapping map && Get(map, "$ref") is null && nameOf(i, map) is { } name)
            {
                (names ??= new string?[alternatives.Children.Length])[i] = name;
            }
        }

        return Distinct(names);
    }

    /// <summary>Per alternative, the first name it has of <paramref name="sources"/>, in order, each step none given twice.</summary>
    private static string?[]? FirstNames(params string?[]?[] sources)
    {
        string?[]? names = null;
        foreach (var source in sources)
        {
            names = EitherName(names, source);
        }

        return names;
    }

    /// <summary>Per alternative, the first name it has (of <paramref name="first"/>, else of <paramref name="second"/>),
    /// none given twice.</summary>
    private static string?[]? EitherName(string?[]? first, string?[]? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        for (var i = 0; i < first.Length; i++)
        {
            first[i] ??= second[i];
        }

        return Distinct(first);
    }

    /// <summary>The names with any that more than one alternative would get taken out; null when none is left.</summary>
    private static string?[]? Distinct(string?[]? names)
    {
        if (names is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (name is not null)
            {
                counts[name] = counts.TryGetValue(name, out var count) ? count + 1 : 1;
            }
        }

        var left = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name && counts[name] > 1)
            {
                names[i] = null;
            }
            else if (names[i] is not null)
            {
                left++;
            }
        }

        return left == 0 ? null : names;
    }

    /// <summary>
    /// The one inline record or enum of a oneOf/anyOf whose other alternatives are <c>{type: 'null'}</c> (OpenAI's
    /// <c>ChatCompletionStreamOptions: anyOf: [{type: object, ...}, {type: 'null'}]</c>, pydantic's optional), or null.
    /// Such a component is that type, named after it: no union, and not <c>ChatCompletionStreamOptionsOption1</c>.
    /// </summary>
    private SpecMapping? LoneInlineAlternative(SpecMapping schema)
    {
        if (CompositionKeyword(schema) is not { } keyword || Get(schema, keyword) is not SpecSequence alternatives
            || !LoneAlternative(alternatives) || ListsProperties(schema) || Get(schema, "discriminator") is not null)
        {
            return null;
        }

        var lone = Array.Find(alternatives.Children, a => !(a is SpecMapping map && GetScalar(map, "type") == "null")) as SpecMapping;
        return lone is not null && Get(lone, "$ref") is null && !IsComposition(lone) && NamedKind(lone) is TypeKind.Object or TypeKind.Enum
            ? lone
            : null;
    }

    /// <summary>A component's <see cref="LoneInlineAlternative"/>, read as the component's record or enum (its name claimed
    /// as one, <see cref="ClaimCompositionName"/>), nullable where the null alternatives say.</summary>
    private TypeRef ReadLoneAlternative(string component, string name, SpecMapping lone, SpecSequence alternatives, string keyword, string path, bool nullable)
    {
        var kind = NamedKind(lone)!.Value;
        var type = new TypeRef(kind, name, IsNullable: nullable || alternatives.Children.Length > 1 || AllowsNull(lone));
        _aliasTypes[component] = type; // it may contain itself (through a list or a record), null included
        var lonePath = path + "." + keyword + "[" + Array.IndexOf(alternatives.Children, lone).ToString(CultureInfo.InvariantCulture) + "]";
        if (kind == TypeKind.Enum)
        {
            ReadEnum(name, lone, lonePath, component);
        }
        else
        {
            ReadObject(name, lone, lonePath, component);
        }

        return type;
    }

    /// <summary>Whether all alternatives but one are <c>{type: 'null'}</c>.</summary>
    private static bool LoneAlternative(SpecSequence alternatives)
    {
        var others = 0;
        foreach (var alternative in alternatives.Children)
        {
            if (!(alternative is SpecMapping map && GetScalar(map, "type") == "null"))
            {
                others++;
            }
        }

        return others == 1;
    }

    /// <summary>The one string a schema allows (<c>enum: [http]</c>, <c>const: http</c>), or null.</summary>
    private static string? SingleStringValue(SpecNode? schema) =>
        schema is not SpecMapping map ? null
        : Get(map, "const") is SpecScalar { IsNull: false, Kind: ScalarKind.String } constant ? constant.Value
        : Get(map, "enum") is SpecSequence { Children: [SpecScalar { IsNull: false, Kind: ScalarKind.String } only] } ? only.Value
        : null;

    /// <summary>
    /// What a oneOf/anyOf lists beside its alternatives (Svix's <c>SinkIn</c>: <c>uid</c>, <c>secret</c>... beside one
    /// alternative per kind of sink; Intercom's <c>name</c> and <c>model</c>), read once, its inline types named after
    /// the union: every object alternative holds them, as if it were <c>allOf: [the schema's own, the alternative]</c>.
    /// </summary>
    private sealed record SharedProperties(List<PropertyModel> Properties, HashSet<string> Required, Dictionary<string, SpecNode> KeyNodes, Dictionary<string, string> Copies);

    private SharedProperties ReadSharedProperties(SpecMapping schema, string path, string typeName)
    {
        var shared = new SharedProperties(new List<PropertyModel>(), new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, SpecNode>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal));
        CollectObject(typeName, schema, path, shared.Properties, shared.Required, shared.KeyNodes, shared.Copies, new HashSet<SpecMapping>());
        return shared;
    }

    /// <summary>
    /// The record of an object alternative that also holds the <paramref name="shared"/> properties: an inline object
    /// (named <paramref name="hint"/>, as it would be alone), or a <c>$ref</c> to a component record, whose properties
    /// a new record of the union's composes (<c>{Union}{Component}</c>: the component itself is used elsewhere without
    /// them). Null for any other alternative: a value, a list, a map, a union or a discriminated base.
    /// </summary>
    private TypeRef? AlternativeWithShared(SharedProperties shared, SpecNode alternative, string path, string hint, string unionHint)
    {
        if (alternative is not SpecMapping map || IsComposition(map))
        {
            return null;
        }

        if (GetScalar(map, "$ref") is { } reference)
        {
            if (ComponentNameOf(reference) is not { } component
                || !_namedComponents.TryGetValue(component, out var named) || named.Kind != TypeKind.Object || _bases.ContainsKey(component))
            {
                return null;
            }

            hint = unionHint + ComponentNamePart(component);
        }
        else if ((NamedKind(map) != TypeKind.Object && (Get(map, "required") is null || !Array.TrueForAll(ShapeKeywords, k => Get(map, k) is null)))
            || Get(map, "discriminator") is not null)
        {
            return null; // an inline object, or one only requiring some of the shared properties, holds them
        }

        var name = InlineTypeKey(hint, alternative, path, TypeKind.Object);
        ReadObject(name, map, path, componentName: null, shared);
        return new TypeRef(TypeKind.Object, name, IsNullable: AllowsNull(map));
    }

    /// <summary>
    /// A union of the alternatives; <c>{type: 'null'}</c> alternatives make it nullable, free-form ones are covered
    /// by the raw-JSON fallback, repeated C# types count once; one alternative left is that type itself.
    /// </summary>
    private TypeRef ReadUnion(SpecMapping schema, SpecSequence alternatives, string? component, string keyword, string path, string nameHint, bool nullable)
    {
        // (A component's inline idiom asked for its name as an enum's: ClaimCompositionName decides the same way.)
        if (OpenEnumAlternative(alternatives, inlineOnly: false) is >= 0 and var openEnum)
        {
            if (ListsProperties(schema))
            {
                Report(DiagnosticDescriptors.CompositionDegraded, GetKey(schema, "properties"), $"'properties' beside '{keyword}'", path + ".properties", $"they are ignored: the type is the enum its {keyword} alternatives make");
            }

            return ReadOpenEnum(alternatives, openEnum, schema, component, keyword, path, nameHint, nullable);
        }

        if (component is null && !ListsProperties(schema) && MergedLookalikeRecords(alternatives) is { } lookalike)
        {
            var record = ResolveSchema(lookalike, path, nameHint);
            return record.WithNullable(nullable || record.IsNullable);
        }

        var name = component is null ? null : _compositionNames[component];
        if (component is not null && LoneInlineAlternative(schema) is { } loneSchema)
        {
            return ReadLoneAlternative(component, name!, loneSchema, alternatives, keyword, path, nullable);
        }

        var alternativeNames = InlineTagNames(alternatives) ?? FirstNames(InlineTitleNames(alternatives), InlineCompositionNames(alternatives), InlineValueNames(alternatives), InlinePropertyNames(alternatives));
        // A lone alternative beside null (OpenAI's tool_resources: anyOf: [{type: object, ...}, {type: 'null'}]) is no
        // union: it is named where the union would be (a component's name is the union's, claimed before, so not there).
        var lone = component is null && LoneAlternative(alternatives);

        var provisional = name is null ? null : new TypeRef(TypeKind.Object, name);
        if (component is not null)
        {
            _aliasTypes[component] = provisional!; // A union may contain itself (through a list or a record).
        }

        // What the schema lists beside its alternatives, read once for the object alternatives to hold (after the union
        // has its name: a shared property may hold the union itself).
        var shared = ListsProperties(schema) ? ReadSharedProperties(schema, path, nameHint) : null;
        var withShared = new HashSet<TypeRef>(); // the alternatives that hold them
        string? withoutShared = null; // the first object alternative that cannot

        var types = new List<(TypeRef Type, SpecNode Node)>();
        var hasAny = false;
        for (var i = 0; i < alternatives.Children.Length; i++)
        {
            var alternative = alternatives.Children[i];
            var alternativePath = path + "." + keyword + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (alternative is SpecMapping map && GetScalar(map, "type") == "null")
            {
                nullable = true;
                continue;
            }

            var hint = lone ? nameHint : nameHint + (alternativeNames?[i] ?? "Option" + (i + 1).ToString(CultureInfo.InvariantCulture));
            TypeRef type;
            if (IsEmptyStringEnum(alternative))
            {
                type = new TypeRef(TypeKind.String); // Stripe's "or an empty string to unset": a string alternative.
            }
            else if (shared is not null && AlternativeWithShared(shared, alternative, alternativePath, hint, nameHint) is { } merged)
            {
                type = merged;
                withShared.Add(merged.WithNullable(false));
            }
            else
            {
                type = ResolveSchema(alternative, alternativePath, hint);
                if (shared is not null && type.Kind == TypeKind.Object && type != provisional)
                {
                    withoutShared ??= alternativePath;
                }
            }
            nullable |= type.IsNullable;
            type = type.WithNullable(false);
            if (type.Kind == TypeKind.Any || type == provisional)
            {
                hasAny = true; // Free-form JSON, or the union itself: the raw-JSON fallback covers it.
            }
            else if (!types.Exists(t => t.Type == type))
            {
                types.Add((type, alternative));
            }
        }

        if (withoutShared is not null)
        {
            Report(DiagnosticDescriptors.CompositionDegraded, GetKey(schema, "properties"), $"'properties' beside '{keyword}'", path + ".properties", $"the alternative at {withoutShared} does not hold them (it is a union or a discriminated base of its own): there they arrive as undocumented properties");
        }

        if (types.Count == 0 || (types.Count == 1 && !hasAny && !Mentions(types[0].Type, name)))
        {
            var only = types.Count == 0 ? new TypeRef(TypeKind.Any) : types[0].Type;
            if (component is not null)
            {
                _aliasTypes[component] = only;
            }

            return only.WithNullable(nullable);
        }

        name ??= InlineTypeKey(nameHint, schema, path, TypeKind.Object, isUnion: true);
        var discriminator = Get(schema, "discriminator") as SpecMapping;
        var discriminatorProperty = discriminator is null ? null : GetScalar(discriminator, "propertyName");
        var result = new List<UnionAlternative>();
        var tags = UnionTags(types);
        for (var i = 0; i < types.Count; i++)
        {
            var (type, node) = types[i];
            var required = type.Kind == TypeKind.Object ? RequiredOf(node, new HashSet<SpecMapping>(ReferenceComparer<SpecMapping>.Instance)) : new List<string>();
            if (withShared.Contains(type))
            {
                foreach (var wire in shared!.Required)
                {
                    if (!required.Contains(wire))
                    {
                        required.Add(wire);
                    }
                }
            }

            var values = discriminatorProperty is null ? new List<string>() : DiscriminatorValues(discriminator!, node);
            result.Add(new UnionAlternative(string.Empty, type, required.ToEquatableArray(), values.ToEquatableArray(), tags[i].Tags, tags[i].Claimed)); // accessors named by the naming pass
        }

        var nodes = new SpecNode[types.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = types[i].Node;
        }

        _memberSources.AddUnion(path, path + "." + keyword, nodes, _diagnostics.Count, _typeRequests.Count); // where a renamed accessor is reported

        _unions.Add(new UnionModel(name, GetString(schema, "description", path), result.ToEquatableArray(), string.Empty, ComponentSource(path, component), discriminatorProperty, GetBool(schema, "deprecated", path)));
        return new TypeRef(TypeKind.Object, name, IsNullable: nullable);
    }

    /// <summary>
    /// The discriminator values that pick an alternative of a union: the <c>mapping</c> entries naming its component,
    /// else the component's name; none for an inline alternative.
    /// </summary>
    private static List<string> DiscriminatorValues(SpecMapping discriminator, SpecNode alternative)
    {
        var values = new List<string>();
        if (alternative is not SpecMapping map || GetScalar(map, "$ref") is not { } reference || ComponentNameOf(reference) is not { } component)
        {
            return values;
        }

        foreach (var entry in (Get(discriminator, "mapping") as SpecMapping)?.Children ?? Array.Empty<KeyValuePair<SpecNode, SpecNode>>())
        {
            var target = (entry.Value as SpecScalar)?.Value ?? string.Empty;
            if (entry.Key is SpecScalar { Value: var value } && (ComponentNameOf(target) ?? target) == component)
            {
                values.Add(value);
            }
        }

        if (values.Count == 0)
        {
            values.Add(component);
        }

        return values;
    }

    /// <summary>A string enum of only values without a letter or digit (<c>enum: ['']</c>): no C# enum can hold it.</summary>
    private static bool IsEmptyStringEnum(SpecNode node) =>
        node is SpecMapping map && Get(map, "enum") is SpecSequence { Children.Length: > 0 } values
        && (GetScalar(map, "type") ?? "string") == "string"
        && Array.TrueForAll(values.Children, v => v is SpecScalar scalar && Identifiers.ToPascalCase(scalar.Value).Length == 0);

    private static bool Mentions(TypeRef type, string? name) =>
        name is not null && (type.Name == name || (type.Element is { } element && Mentions(element, name)));

    /// <summary>
    /// Each alternative's tags (<see cref="UnionTag"/>): the string <c>enum</c>/<c>const</c> properties two or more
    /// record alternatives list with values no other of them lists, as OpenAI's content parts tell <c>{type: text}</c>
    /// from <c>{type: image}</c> without a discriminator. Enums are open, so without this every such object would fit
    /// the first record; a property whose values overlap (or that one record alone lists) tells nothing apart, and
    /// stays open. A record whose values of such a property overlap another's has no tag there, but the values other
    /// records' tags list and it does not are claimed (Datadog's assertion: its 'type' overlaps the JSON path
    /// assertion's, yet <c>{type: bodyHash}</c> is the body hash assertion's, not an unknown type of its own).
    /// </summary>
    private List<(EquatableArray<UnionTag> Tags, EquatableArray<UnionTag> Claimed)> UnionTags(List<(TypeRef Type, SpecNode Node)> alternatives)
    {
        var listed = new List<Dictionary<string, List<string>>?>(alternatives.Count);
        foreach (var (type, node) in alternatives)
        {
            listed.Add(type.Kind == TypeKind.Object ? ListedValuesOf(node, new HashSet<SpecMapping>(ReferenceComparer<SpecMapping>.Instance)) : null);
        }

        var tagsOf = new List<List<UnionTag>>(alternatives.Count);
        foreach (var own in listed)
        {
            var tags = new List<UnionTag>();
            foreach (var pair in own ?? new Dictionary<string, List<string>>())
            {
                var others = listed.Where(o => o is not null && !ReferenceEquals(o, own) && o.ContainsKey(pair.Key)).Select(o => o![pair.Key]).ToList();
                if (others.Count > 0 && others.TrueForAll(values => !values.Exists(pair.Value.Contains)))
                {
                    tags.Add(new UnionTag(pair.Key, pair.Value.ToEquatableArray()));
                }
            }

            tagsOf.Add(tags);
        }

        var result = new List<(EquatableArray<UnionTag> Tags, EquatableArray<UnionTag> Claimed)>(alternatives.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var claimed = new List<UnionTag>();
            foreach (var pair in listed[i] ?? new Dictionary<string, List<string>>())
            {
                if (tagsOf[i].Exists(tag => tag.WireName == pair.Key))
                {
                    continue;
                }

                var values = tagsOf.Where((_, j) => j != i).SelectMany(tags => tags).Where(tag => tag.WireName == pair.Key)
                    .SelectMany(tag => tag.Values).Where(value => !pair.Value.Contains(value)).Distinct(StringComparer.Ordinal).ToList();
                if (values.Count > 0)
                {
                    claimed.Add(new UnionTag(pair.Key, values.ToEquatableArray()));
                }
            }

            result.Add((tagsOf[i].ToEquatableArray(), claimed.ToEquatableArray()));
        }

        return result;
    }

    /// <summary>
    /// The top-level properties of a record alternative that list their string values (<c>enum</c> or <c>const</c>,
    /// inline or a <c>$ref</c> to a component), following <c>$ref</c> and <c>allOf</c>; none for a union or a
    /// discriminated base, which read any object their own way.
    /// </summary>
    private Dictionary<string, List<string>> ListedValuesOf(SpecNode node, HashSet<SpecMapping> visited)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (node is not SpecMapping schema || !visited.Add(schema) || IsComposition(schema))
        {
            return result;
        }

        if (GetScalar(schema, "$ref") is { } reference)
        {
            return ComponentNameOf(reference) is { } name && !_bases.ContainsKey(name) && _componentSchemas.TryGetValue(name, out var target)
                ? ListedValuesOf(target, visited)
                : result;
        }

        foreach (var part in (Get(schema, "allOf") as SpecSequence)?.Children ?? Array.Empty<SpecNode>())
        {
            foreach (var pair in ListedValuesOf(part, visited))
            {
                result[pair.Key] = pair.Value;
            }
        }

        foreach (var property in (Get(schema, "properties") as SpecMapping)?.Children ?? Array.Empty<KeyValuePair<SpecNode, SpecNode>>())
        {
            if (property.Key is SpecScalar { Value: { } wire } && ListedStrings(property.Value) is { } values)
            {
                result[wire] = values;
            }
        }

        return result;
    }

    /// <summary>The string values a property schema lists (a string enum's, or a string <c>const</c>), else null.</summary>
    private List<string>? ListedStrings(SpecNode node)
    {
        var schema = node as SpecMapping;
        if (schema is not null && GetScalar(schema, "$ref") is { } reference)
        {
            schema = ComponentNameOf(reference) is { } name && _componentSchemas.TryGetValue(name, out var target) ? target : null;
        }

        if (schema is null)
        {
            return null;
        }

        if (Get(schema, "const") is SpecScalar { IsNull: false, Kind: ScalarKind.String, Value: { } constant })
        {
            return new List<string> { constant };
        }

        if (Get(schema, "enum") is not SpecSequence values || !IsStringEnum(schema) || IsEmptyStringEnum(schema))
        {
            return null;
        }

        var strings = values.Children.OfType<SpecScalar>().Where(v => !v.IsNull).Select(v => v.Value).Distinct(StringComparer.Ordinal).ToList();
        return strings.Count == 0 ? null : strings;
    }

    /// <summary>
    /// The wire names of the properties a record alternative requires in a response (not readOnly/writeOnly/deprecated
    /// ones, as <see cref="ReadObject"/> decides), following <c>$ref</c> and <c>allOf</c>.
    /// </summary>
    private List<string> RequiredOf(SpecNode node, HashSet<SpecMapping> visited)
    {
        var result = new List<string>();
        if (node is not SpecMapping schema || !visited.Add(schema))
        {
            return result;
        }

        if (GetScalar(schema, "$ref") is { } reference)
        {
            var name = ComponentNameOf(reference);
            if (name is not null && _componentSchemas.TryGetValue(name, out var target))
            {
                if (_bases.TryGetValue(name, out var discriminated))
                {
                    return new List<string> { discriminated.PropertyName };
                }

                result.AddRange(RequiredOf(target, visited));
            }

            return result;
        }

        foreach (var part in (Get(schema, "allOf") as SpecSequence)?.Children ?? Array.Empty<SpecNode>())
        {
            result.AddRange(RequiredOf(part, visited));
        }

        var properties = Get(schema, "properties") as SpecMapping;
        foreach (var item in (Get(schema, "required") as SpecSequence)?.Children ?? Array.Empty<SpecNode>())
        {
            if (item is SpecScalar { Value: { } wire } && !result.Contains(wire)
                && !(properties is not null && Get(properties, wire) is SpecMapping property
                    && (IsOneWay(property) || GetScalar(property, "deprecated") == "true")))
            {
                result.Add(wire);
            }
        }

        return result;
    }
    /// <summary>
    /// In a derived record, gives its base's discriminator property (when it is a nullable string or enum; a required
    /// one the caller sets) the value naming the record (the first mapping entry, else the schema's name): the base's
    /// properties are optional, and a record written without the value would read back as <c>Unknown{Base}</c>.
    /// </summary>
    private void NameDiscriminator(string? componentName, List<PropertyModel> properties)
    {
        if (componentName is null || !_baseOf.TryGetValue(componentName, out var baseComponent))
        {
            return;
        }

        var discriminated = _bases[baseComponent];
        var index = properties.FindIndex(p => p.WireName == discriminated.PropertyName);
        if (index >= 0 && properties[index].Type is { IsNullable: true, Kind: TypeKind.String or TypeKind.Enum })
        {
            properties[index] = properties[index] with { DiscriminatorValue = discriminated.Cases.Find(c => c.Derived == componentName).Value };
        }
    }

    /// <summary>
    /// Whether a derived schema's redefinition of an inherited property says nothing the inherited type cannot hold, so
    /// keeping that type loses nothing: annotations only (Okta's <c>factorType: {example: call}</c>), or string values
    /// for a string or enum (<c>provider: {enum: [OKTA]}</c> beside the base's <c>type: string</c>).
    /// </summary>
    private static bool KeepsInheritedType(SpecMapping? redefinition, TypeRef inherited)
    {
        if (redefinition is null)
        {
            return false;
        }

        foreach (var keyword in ShapeKeywords)
        {
            if (Get(redefinition, keyword) is { } value && !(keyword is "enum" or "const" || (keyword == "type" && value is SpecScalar { Value: "string" })))
            {
                return false;
            }
        }

        var values = Get(redefinition, "enum") is SpecSequence listed ? listed.Children : Get(redefinition, "const") is { } constant ? new[] { constant } : Array.Empty<SpecNode>();
        return values.Length == 0
            || (inherited.Kind is TypeKind.String or TypeKind.Enum && Array.TrueForAll(values, v => v is SpecScalar { Kind: ScalarKind.String or ScalarKind.Null }));
    }

    /// <summary>The schema a record's own <c>properties</c> (or an inline allOf part's, the last) give a property, or null.</summary>
    private static SpecMapping? OwnPropertySchema(SpecMapping schema, string wireName)
    {
        SpecMapping? found = Get(schema, "allOf") is SpecSequence parts
            ? parts.Children.OfType<SpecMapping>().Select(part => OwnPropertySchema(part, wireName)).LastOrDefault(p => p is not null)
            : null;
        return Get(schema, "properties") is SpecMapping properties && Get(properties, wireName) is SpecMapping own ? own : found;
    }

    /// <summary>
    /// For a record that extends a discriminated base record (by allOf, or as an alternative of a oneOf base that lists
    /// properties of its own): marks the base's properties inherited (as the base
    /// declares them, first, in the base's order; a redefinition in the derived schema cannot change an inherited
    /// member: a different type is AIIA0038) and returns the base record; otherwise null.
    /// </summary>
    private ObjectModel? InheritedProperties(string? componentName, List<PropertyModel> properties, Dictionary<string, SpecNode> keyNodes)
    {
        if (componentName is null || !_baseOf.TryGetValue(componentName, out var baseComponent)
            || (_bases[baseComponent].IsComposition && !HoldsOwnProperties(baseComponent))
            || EnsureComponentObject(baseComponent, _componentSchemas[componentName], ComponentSchemaPath(componentName)) is not { } baseModel)
        {
            return null;
        }

        foreach (var property in properties)
        {
            // Okta's UserFactorCall narrows the base's profile {type: object} to a $ref: C# cannot retype an inherited member.
            if (baseModel.Properties.FirstOrDefault(b => b.WireName == property.WireName) is { } inherited
                && !inherited.Type.WithNullable(false).Equals(property.Type.WithNullable(false)) && keyNodes.TryGetValue(property.WireName, out var keyNode)
                && !KeepsInheritedType(OwnPropertySchema(_componentSchemas[componentName], property.WireName), inherited.Type))
            {
                Report(DiagnosticDescriptors.CompositionDegraded, keyNode, $"The redefinition of the inherited property '{property.WireName}'", ComponentSchemaPath(componentName),
                    $"it keeps the type the base schema '{baseComponent}' gives it, as C# cannot change an inherited member");
            }

            // A name the derived schema gives an inherited property: C# cannot rename it either.
            if (property.GivenName is not null && baseModel.Properties.FirstOrDefault(b => b.WireName == property.WireName) is { } renamed && renamed.Name != property.Name
                && OwnPropertySchema(_componentSchemas[componentName], property.WireName) is { } ownSchema && FirstPresent(ownSchema, NameExtensions) is { } extension)
            {
                Report(DiagnosticDescriptors.GivenNameIgnored, Get(ownSchema, extension), $"'{extension}' on the inherited property '{property.WireName}'", ComponentSchemaPath(componentName),
                    $"the base schema '{baseComponent}' names it '{renamed.Name}', and C# cannot rename an inherited member",
                    $"Give the name on the base schema's property '{property.WireName}'.");
            }
        }

        var own = properties.FindAll(p => !baseModel.Properties.Any(b => b.WireName == p.WireName));
        properties.Clear();
        properties.AddRange(baseModel.Properties.Select(p => p with { IsInherited = true }));
        properties.AddRange(own);
        return baseModel;
    }
}
