using System.Collections.Generic;
using System.Linq;
using Aiia.Codegen.Model;
using Aiia.Codegen.Naming;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits the union types of <c>oneOf</c>/<c>anyOf</c> without a discriminator (<c>&lt;Client&gt;.Unions.g.cs</c>) and
/// their converters, which read by the rule of docs/composition.md: the JSON token kind first, then, among records, the
/// first whose required properties are all present (most required properties first), else the raw JSON.
/// </summary>
internal static class UnionEmitter
{
    private const string Element = CSharp.Json + ".JsonElement";

    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Unions)
        {
            EmitUnion(writer, spec, model);
        }
    }

    private static void EmitUnion(SourceWriter writer, ApiSpec spec, UnionModel model)
    {
        var self = CSharp.Qualified(model.Name, spec.Namespace);
        var list = string.Join(", ", model.Alternatives.Select(a => $"<c>{CSharp.EscapeXml(a.Name)}</c>"));
        writer.Doc("summary", model.Description ?? $"One of the {model.Alternatives.Count} alternatives of a schema of {spec.Title}.");
        writer.Line($"/// <remarks>Holds one of: {list}; or, when the JSON fits none of them, the JSON itself (<see cref=\"{model.JsonName}\"/>).</remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.ObsoleteSchema(writer, model.IsDeprecated, model.Source, model.Name);
        writer.Line($"[{CSharp.Json}.Serialization.JsonConverter(typeof({CSharp.ConverterType(model.Name, spec)}))]");
        writer.Open($"{spec.Accessibility} sealed partial class {model.Name} : global::System.IEquatable<{self}>");
        writer.Line("private readonly int _index;");
        writer.Line("private readonly object _value;");
        writer.Line();
        writer.Open($"private {model.Name}(int index, object value)");
        writer.Line("_index = index;");
        writer.Line("_value = value;");
        writer.Close();

        for (var i = 0; i < model.Alternatives.Count; i++)
        {
            EmitAlternative(writer, spec, model, model.Alternatives[i], i + 1);
        }

        writer.Line();
        writer.Line($"/// <summary>Whether the JSON fitted no alternative and is held as it arrived.</summary>");
        writer.Line($"public bool {UnionAccessors.Is(model.JsonName)} => _index == 0;");
        writer.Line();
        writer.Line("/// <summary>The JSON as it arrived when it fitted no alternative; otherwise null.</summary>");
        writer.Line($"public {Element}? {model.JsonName} => _index == 0 ? ({Element})_value : null;");
        writer.Line();
        writer.Line("/// <summary>Holds raw JSON, written back unchanged.</summary>");
        writer.Line("/// <param name=\"value\">The JSON.</param>");
        writer.Line("/// <returns>The union.</returns>");
        writer.Line($"public static {self} {UnionAccessors.From(model.JsonName)}({Element} value) => new(0, value);");
        EmitMatch(writer, spec, model);
        EmitEquality(writer, model, self);
        writer.Close();
        writer.Line();
    }

    private static void EmitAlternative(SourceWriter writer, ApiSpec spec, UnionModel model, UnionAlternative alternative, int index)
    {
        var self = CSharp.Qualified(model.Name, spec.Namespace);
        var type = CSharp.TypeName(alternative.Type, spec.Namespace);
        var name = alternative.Name;
        writer.Line();
        writer.Line($"/// <summary>Whether it holds the <c>{name}</c> alternative.</summary>");
        writer.Line($"public bool {UnionAccessors.Is(name)} => _index == {index};");
        writer.Line();
        writer.Line($"/// <summary>The <c>{name}</c> alternative; null when it holds another.</summary>");
        writer.Line($"public {type}? {name} => _index == {index} ? ({type})_value : null;");
        writer.Line();
        writer.Line($"/// <summary>Gets the <c>{name}</c> alternative.</summary>");
        writer.Line("/// <param name=\"value\">The alternative, when it holds it.</param>");
        writer.Line("/// <returns>Whether it holds it.</returns>");
        var outType = alternative.Type.IsValueType ? type : type + "?";
        var notNull = alternative.Type.IsValueType ? string.Empty : "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
        writer.Open($"public bool {UnionAccessors.TryGet(name)}({notNull}out {outType} value)");
        writer.Line($"value = _index == {index} ? ({type})_value : default;");
        writer.Line($"return _index == {index};");
        writer.Close();
        writer.Line();
        writer.Line($"/// <summary>Holds the <c>{name}</c> alternative.</summary>");
        writer.Line("/// <param name=\"value\">The alternative.</param>");
        writer.Line("/// <returns>The union.</returns>");
        // "value", not nameof(value): in a namespace with a segment 'nameof' the name binds to the namespace (CS0118).
        var check = alternative.Type.IsValueType ? "value" : "value ?? throw new global::System.ArgumentNullException(\"value\")";
        writer.Line($"public static {self} {UnionAccessors.From(name)}({type} value) => new({index}, {check});");
        if (!alternative.Type.IsCollection)
        {
            // A list or map is an interface, which C# allows no conversion from: use the From factory.
            writer.Line();
            writer.Line($"/// <summary>Holds the <c>{name}</c> alternative.</summary>");
            writer.Line("/// <param name=\"value\">The alternative.</param>");
            writer.Line($"public static implicit operator {self}({type} value) => {UnionAccessors.From(name)}(value);");
        }
    }

    private static void EmitMatch(SourceWriter writer, ApiSpec spec, UnionModel model)
    {
        var parameters = model.Alternatives.Select(a => (Name: "on" + a.Name, Type: CSharp.TypeName(a.Type, spec.Namespace), a.Name)).ToList();
        parameters.Add(("on" + model.JsonName, Element, model.JsonName));
        writer.Line();
        writer.Line("/// <summary>The result of the function for the alternative it holds.</summary>");
        writer.Line("/// <typeparam name=\"TResult\">The result type.</typeparam>");
        foreach (var parameter in parameters)
        {
            writer.Line($"/// <param name=\"{parameter.Item1}\">For the <c>{parameter.Item3}</c> alternative.</param>");
        }

        writer.Line("/// <returns>The function's result.</returns>");
        writer.Open($"public TResult Match<TResult>({string.Join(", ", parameters.Select(p => $"global::System.Func<{p.Type}, TResult> {p.Item1}"))})");
        foreach (var parameter in parameters)
        {
            writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Item1});");
        }

        writer.Open("return _index switch");
        for (var i = 0; i < model.Alternatives.Count; i++)
        {
            writer.Line($"{i + 1} => {parameters[i].Item1}(({parameters[i].Type})_value),");
        }

        writer.Line($"_ => on{model.JsonName}(({Element})_value),");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Calls the action for the alternative it holds.</summary>");
        foreach (var parameter in parameters)
        {
            writer.Line($"/// <param name=\"{parameter.Item1}\">For the <c>{parameter.Item3}</c> alternative.</param>");
        }

        writer.Open($"public void Switch({string.Join(", ", parameters.Select(p => $"global::System.Action<{p.Type}> {p.Item1}"))})");
        writer.Line($"Match<bool>({string.Join(", ", parameters.Select(p => $"value => {{ {p.Item1}(value); return true; }}"))});");
        writer.Close();
    }

    private static void EmitEquality(SourceWriter writer, UnionModel model, string self)
    {
        writer.Line();
        writer.Line("/// <summary>Equal when both hold the same alternative with equal values (raw JSON compared structurally).</summary>");
        writer.Line("/// <param name=\"other\">The other union.</param>");
        writer.Line("/// <returns>Whether they are equal.</returns>");
        writer.Line($"public bool Equals({self}? other) =>");
        writer.Line("    other is not null && _index == other._index");
        writer.Line($"    && (_index == 0 ? {CSharp.Runtime}.ApiComposition.JsonEquals(({Element})_value, ({Element})other._value) : _value.Equals(other._value));");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override bool Equals(object? obj) => Equals(obj as {self});");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => _index == 0 ? 0 : global::System.HashCode.Combine(_index, _value);");
        writer.Line();
        writer.Line("/// <summary>The alternative's name and value; raw JSON shows only its kind, as it may hold anything.</summary>");
        writer.Line("/// <returns>The text.</returns>");
        writer.Line($"public override string ToString() => _index == 0 ? \"{model.Name} {{ {model.JsonName} = [JSON \" + (({Element})_value).ValueKind + \"] }}\" : \"{model.Name} {{ \" + _value + \" }}\";");
    }

    /// <summary>The converter: the reading rule of docs/composition.md, each candidate tried on a copy of the reader.</summary>
    public static void EmitConverter(SourceWriter writer, ApiSpec spec, UnionModel model)
    {
        var self = CSharp.Qualified(model.Name, spec.Namespace);
        JsonEmitter.ConverterHeader(writer, spec, spec.GeneratedNames.ConverterOf(model.Name), self, $"Reads <see cref=\"{self}\"/> as the first alternative that fits the JSON (see docs/composition.md), else as raw JSON; writes the value it holds.");
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {self} Read({JsonEmitter.Reader}, global::System.Type typeToConvert, {JsonEmitter.Options})");
        // A strict record's rejection is remembered, to be reported when no other alternative fits (docs/composition.md).
        var remember = spec.Objects.Any(o => o.Undocumented == UndocumentedPropertyHandling.Error);
        if (remember)
        {
            writer.Line($"{CSharp.Runtime}.ApiJsonException? rejected = null;");
        }

        writer.Open("switch (reader.TokenType)");
        var indexed = model.Alternatives.Select((a, i) => (Alternative: a, Index: i + 1)).ToList();
        bool Is(UnionAlternative a, params TypeKind[] kinds) => kinds.Contains(a.Type.Kind) && !IsUnionOrBase(spec, a.Type);
        EmitCase(writer, spec, model, remember, "String", indexed.Where(a => Is(a.Alternative, TypeKind.DateTimeOffset, TypeKind.Date, TypeKind.Guid))
            .Concat(indexed.Where(a => Is(a.Alternative, TypeKind.Enum)))
            .Concat(indexed.Where(a => Is(a.Alternative, TypeKind.String))));
        EmitCase(writer, spec, model, remember, "Number", indexed.Where(a => Is(a.Alternative, TypeKind.Int32, TypeKind.Int64))
            .Concat(indexed.Where(a => Is(a.Alternative, TypeKind.Double, TypeKind.Single, TypeKind.Decimal))));
        EmitCase(writer, spec, model, remember, "True", indexed.Where(a => Is(a.Alternative, TypeKind.Boolean)), "False");
        EmitCase(writer, spec, model, remember, "StartArray", indexed.Where(a => Is(a.Alternative, TypeKind.Array)));
        var tags = model.Alternatives.SelectMany(a => a.Tags).Select(t => t.WireName).Distinct().ToList();
        var objects = indexed.Where(a => a.Alternative.Type.Kind == TypeKind.Object).OrderByDescending(a => a.Alternative.Required.Count).ToList();
        // Records that nothing tells apart (no required property they list, no tag): the one listing the most of the
        // object's names is tried first (Intercom's event details were all read as the first), then all in order.
        var alike = objects.Select(a => a.Alternative).Where(a => IsAlike(spec, a)).ToList();
        if (alike.Count < 2)
        {
            alike.Clear();
        }

        EmitCase(writer, spec, model, remember, "StartObject", objects.Concat(indexed.Where(a => Is(a.Alternative, TypeKind.Map))), alike: alike, prelude: () =>
            {
                if (model.DiscriminatorProperty is not null)
                {
                    EmitDiscriminated(writer, spec, model, remember);
                }

                EmitTags(writer, tags);
            }, tags: tags);
        writer.Close();
        writer.Line();
        if (remember)
        {
            writer.Open("if (rejected is not null)");
            writer.Line("throw rejected;");
            writer.Close();
            writer.Line();
        }

        writer.Line("// Fits no alternative (or is null): kept as it arrived, so that writing it back sends it unchanged.");
        writer.Line($"return {self}.{UnionAccessors.From(model.JsonName)}({JsonEmitter.ApiJson}.ReadElement(ref reader));");
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write({JsonEmitter.Writer}, {self} value, {JsonEmitter.Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
        foreach (var (alternative, index) in indexed)
        {
            writer.Open($"if (value.{UnionAccessors.TryGet(alternative.Name)}(out var value{index}))");
            JsonEmitter.EmitWriteValue(writer, spec, alternative.Type, $"value{index}");
            writer.Line("return;");
            writer.Close();
            writer.Line();
        }

        writer.Line($"value.{model.JsonName}!.Value.WriteTo(writer);");
        writer.Close();
        EmitAlikeNames(writer, spec, alike);
        writer.Close();
        writer.Line();
    }

    /// <summary>A union or discriminated base: it reads any object, so it is one more object candidate.</summary>
    private static bool IsUnionOrBase(ApiSpec spec, TypeRef type) =>
        type.Kind == TypeKind.Object && (spec.Unions.Any(u => u.Name == type.Name) || spec.Objects.Any(o => o.Name == type.Name && o.IsAbstract));

    /// <summary>One token kind's candidates, in order: each is read on a copy of the reader, and the first that reads wins.</summary>
    private static void EmitCase(SourceWriter writer, ApiSpec spec, UnionModel model, bool remember, string token, IEnumerable<(UnionAlternative Alternative, int Index)> candidates, string? alsoToken = null, System.Action? prelude = null, List<string>? tags = null, List<UnionAlternative>? alike = null)
    {
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.Line($"case {JsonEmitter.TokenType}.{token}:");
        if (alsoToken is not null)
        {
            writer.Line($"case {JsonEmitter.TokenType}.{alsoToken}:");
        }

        writer.Indent();
        prelude?.Invoke();
        foreach (var (alternative, _) in list)
        {
            if (alike is { Count: > 0 } && ReferenceEquals(alternative, alike[0]))
            {
                EmitMostListed(writer, spec, model, remember, alike, tags!);
            }

            var condition = alternative.Type.Kind switch
            {
                TypeKind.Enum => StrictEnum(spec, alternative, list),
                TypeKind.Object => ObjectFits(spec, model, alternative, tags!),
                _ => null,
            };
            EmitGuardedAttempt(writer, spec, model, alternative, remember, condition);
        }

        writer.Line("break;");
        writer.Outdent();
    }

    // The field of the converter holding each alike record's wire names (nested in the converter: its name is the converter's own).
    private const string AlikeNames = "AlikeNames";

    /// <summary>A record alternative that neither a required property it lists nor a tag of its own tells apart.</summary>
    private static bool IsAlike(ApiSpec spec, UnionAlternative alternative) =>
        alternative.Type.Kind == TypeKind.Object && alternative.Tags.Count == 0 && Record(spec, alternative) is { } record
        && !alternative.Required.Any(name => record.Properties.Any(p => p.WireName == name));

    private static ObjectModel? Record(ApiSpec spec, UnionAlternative alternative) =>
        SpecTypes.Of(spec).Object(alternative.Type.Name) is { IsAbstract: false } record ? record : null;

    /// <summary>Tries first the alike record that lists the most of the object's names (<c>ApiComposition.MostListed</c>).</summary>
    private static void EmitMostListed(SourceWriter writer, ApiSpec spec, UnionModel model, bool remember, List<UnionAlternative> alike, List<string> tags)
    {
        writer.Open($"switch ({CSharp.Runtime}.ApiComposition.MostListed(reader, {AlikeNames}))");
        for (var i = 0; i < alike.Count; i++)
        {
            writer.Line($"case {i}:");
            writer.Indent();
            EmitGuardedAttempt(writer, spec, model, alike[i], remember, ObjectFits(spec, model, alike[i], tags));
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>The alike records' wire names, in the order <see cref="EmitMostListed"/> numbers them.</summary>
    private static void EmitAlikeNames(SourceWriter writer, ApiSpec spec, List<UnionAlternative> alike)
    {
        if (alike.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line($"private static readonly string[][] {AlikeNames} =");
        writer.Line("{");
        writer.Indent();
        foreach (var alternative in alike)
        {
            writer.Line($"new string[] {{ {string.Join(", ", Record(spec, alternative)!.Properties.Select(p => CSharp.Literal(p.WireName)))} }},");
        }

        writer.Outdent();
        writer.Line("};");
    }

    /// <summary>The tags' values, each looked up once (<c>tag0</c>, <c>tag1</c>, … in the order of <paramref name="tags"/>).</summary>
    private static void EmitTags(SourceWriter writer, List<string> tags)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            writer.Line($"var tag{i} = {CSharp.Runtime}.ApiComposition.FindString(reader, {CSharp.Utf8Literal(tags[i])});");
        }

        if (tags.Count > 0)
        {
            writer.Line();
        }
    }

    /// <summary>
    /// Whether an object may be the record alternative: all its required properties it lists are present, each of its tags
    /// is absent (or not a string: the read then fails) or holds a value it lists, and a tag the record does not declare
    /// at all holds none of the values other alternatives list for it (Front's message, <c>{type: email}</c>, is not an
    /// inbox, which has no <c>type</c>), nor does one it lists overlapping values for (no tag of its own) hold a value only
    /// another alternative's tag lists (<see cref="UnionAlternative.Claimed"/>). Null when anything may be.
    /// </summary>
    private static string? ObjectFits(ApiSpec spec, UnionModel model, UnionAlternative alternative, List<string> tags)
    {
        var conditions = new List<string>();
        var record = Record(spec, alternative);
        // Only names the record lists decide: one its schema requires but never lists (Clerk's RSA private key requires
        // crv) is not read by the record either, and would send every such object to another alternative.
        var required = record is null ? alternative.Required.ToList() : alternative.Required.Where(name => record.Properties.Any(p => p.WireName == name)).ToList();
        if (required.Count > 0)
        {
            conditions.Add($"{CSharp.Runtime}.ApiComposition.HasProperties(reader, {string.Join(", ", required.Select(CSharp.Literal))})");
        }

        foreach (var tag in alternative.Tags)
        {
            var pattern = $"tag{tags.IndexOf(tag.WireName)} is null or {string.Join(" or ", tag.Values.Select(CSharp.Literal))}";
            conditions.Add(conditions.Count == 0 && alternative.Tags.Count == 1 ? pattern : "(" + pattern + ")");
        }

        foreach (var claimed in alternative.Claimed)
        {
            conditions.Add($"tag{tags.IndexOf(claimed.WireName)} is not ({string.Join(" or ", claimed.Values.Select(CSharp.Literal))})");
        }

        if (record is not null)
        {
            foreach (var tag in tags.Where(t => !record.Properties.Any(p => p.WireName == t)))
            {
                var claimed = model.Alternatives.SelectMany(a => a.Tags).Where(t => t.WireName == tag).SelectMany(t => t.Values).Distinct().ToList();
                conditions.Add($"tag{tags.IndexOf(tag)} is not ({string.Join(" or ", claimed.Select(CSharp.Literal))})");
            }
        }

        return conditions.Count == 0 ? null : string.Join(" && ", conditions);
    }

    /// <summary>An attempt, only when <paramref name="condition"/> holds (always when it is null).</summary>
    private static void EmitGuardedAttempt(SourceWriter writer, ApiSpec spec, UnionModel model, UnionAlternative alternative, bool remember, string? condition)
    {
        writer.Open(condition is null ? "do" : $"if ({condition})");
        EmitAttempt(writer, spec, model, alternative, remember);
        writer.Close(condition is null ? " while (false);" : string.Empty);
        writer.Line();
    }

    /// <summary>
    /// Reads the alternative on a copy of the reader and returns it; when it does not fit, falls through. A candidate
    /// is read exactly (<c>ApiJsonExactScope</c>): a number in a string must not make an earlier alternative fit
    /// where a later one fits as written. The alternative a discriminator value names is read as any record is.
    /// </summary>
    private static void EmitAttempt(SourceWriter writer, ApiSpec spec, UnionModel model, UnionAlternative alternative, bool remember, bool exactly = true)
    {
        writer.Line("var attempt = reader;");
        writer.Open("try");
        if (exactly)
        {
            writer.Line($"using var exactly = {JsonEmitter.ApiJson}.Exactly();");
        }

        writer.Line($"var value = {JsonEmitter.ReadExpression(spec, alternative.Type, "attempt")};");
        writer.Line("reader = attempt;");
        writer.Line($"return {CSharp.Qualified(model.Name, spec.Namespace)}.{UnionAccessors.From(alternative.Name)}(value);");
        writer.Close();
        if (remember)
        {
            writer.Open($"catch ({CSharp.Json}.JsonException exception)");
            writer.Line("// Does not fit this alternative: try the next, but remember a strict record's rejection.");
            writer.Line($"rejected ??= {CSharp.Runtime}.ApiComposition.RejectedUndocumented(exception);");
        }
        else
        {
            writer.Open($"catch ({CSharp.Json}.JsonException)");
            writer.Line("// Does not fit this alternative: try the next.");
        }

        writer.Close();
    }

    /// <summary>An object whose discriminator value names an alternative is tried as that alternative first.</summary>
    private static void EmitDiscriminated(SourceWriter writer, ApiSpec spec, UnionModel model, bool remember)
    {
        if (model.Alternatives.All(a => a.DiscriminatorValues.Count == 0))
        {
            return;
        }

        writer.Open($"switch ({CSharp.Runtime}.ApiComposition.FindString(reader, {CSharp.Utf8Literal(model.DiscriminatorProperty!)}))");
        var seen = new HashSet<string>();
        foreach (var alternative in model.Alternatives)
        {
            var values = alternative.DiscriminatorValues.Where(seen.Add).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            foreach (var value in values)
            {
                writer.Line($"case {CSharp.Literal(value)}:");
            }

            writer.Indent();
            writer.Open("do");
            EmitAttempt(writer, spec, model, alternative, remember, exactly: false);
            writer.Close(" while (false);");
            writer.Line("break;");
            writer.Outdent();
        }

        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// An enum alternative fits a string it lists; when the union has no plain string alternative, the first enum also
    /// takes any other string (enums keep unlisted values).
    /// </summary>
    private static string? StrictEnum(ApiSpec spec, UnionAlternative alternative, List<(UnionAlternative Alternative, int Index)> candidates)
    {
        var firstEnum = candidates.First(c => c.Alternative.Type.Kind == TypeKind.Enum).Alternative;
        var lenient = ReferenceEquals(firstEnum, alternative) && !candidates.Any(c => c.Alternative.Type.Kind == TypeKind.String)
            && candidates.Count(c => c.Alternative.Type.Kind == TypeKind.Enum) == 1;
        if (lenient)
        {
            return null;
        }

        var model = SpecTypes.Of(spec).Enum(alternative.Type.Name) ?? throw new System.InvalidOperationException($"No enum {alternative.Type.Name}.");
        return model.Members.Count == 0
            ? "false"
            : string.Join(" || ", model.Members.Select(m => $"reader.ValueTextEquals({CSharp.Utf8Literal(m.WireValue)})"));
    }
}
