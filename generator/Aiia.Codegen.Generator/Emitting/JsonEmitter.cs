using System.Collections.Generic;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Emits reflection-free JSON code: a <c>JsonConverter&lt;T&gt;</c> per record and enum reading with
/// <c>Utf8JsonReader</c> and writing with <c>Utf8JsonWriter</c>, list and map helpers, and converters for
/// bodies that are not records: <c>&lt;Client&gt;.Json.g.cs</c>.
/// </summary>
internal static class JsonEmitter
{
    internal const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    internal const string Options = "global::System.Text.Json.JsonSerializerOptions options";
    internal const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";
    internal const string TokenType = "global::System.Text.Json.JsonTokenType";
    internal const string ApiJson = CSharp.Runtime + ".ApiJson";
    private const string Runtime = CSharp.Runtime;

    public static void Emit(SourceWriter writer, ApiSpec spec)
    {
        foreach (var model in spec.Objects)
        {
            EmitObjectConverter(writer, spec, model);
        }

        foreach (var model in spec.Enums)
        {
            EmitEnumConverter(writer, spec, model);
        }

        foreach (var model in spec.Unions)
        {
            UnionEmitter.EmitConverter(writer, spec, model);
        }

        if (spec.GeneratedNames.CollectionFields.Count > 0)
        {
            EmitCollections(writer, spec);
        }

        foreach (var shape in spec.GeneratedNames.ShapeConverters)
        {
            EmitShapeConverter(writer, spec, shape);
        }
    }

    private static void EmitObjectConverter(SourceWriter writer, ApiSpec spec, ObjectModel model)
    {
        if (model.Discriminator is { } discriminator)
        {
            PolymorphismEmitter.EmitBaseConverter(writer, spec, model, discriminator);
            return;
        }

        var type = CSharp.Qualified(model.Name, spec.Namespace);
        var converter = spec.GeneratedNames.ConverterOf(model.Name);
        writer.Line($"/// <summary>Reads and writes <see cref=\"{type}\"/> without reflection.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal sealed class {converter} : {Runtime}.ApiJsonObjectConverter<{type}>");
        writer.Line($"public static readonly {CSharp.Qualified(converter, spec.Namespace)} Instance = new();");
        writer.Line();
        writer.Open($"public {converter}() : base({PropertyTable(model)})");
        writer.Close();
        writer.Line();

        EmitReadProperties(writer, spec, model, type, extraInitializer: null);
        writer.Line();

        writer.Open($"protected override {Runtime}.ApiUndocumentedProperties? WriteProperties({Writer}, {type} value, {Options})");
        var bit = 0;
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var statement = PropertyWriteStatement(spec, property, i);
            if (property.TracksPresence && property.DiscriminatorValue is null)
            {
                // Written when set, null too; a non-null value always (whatever gave it).
                statement = $"if (value.{property.Name} is not null || value.{ModelsEmitter.PresenceField}.Has({bit})) {statement}";
            }

            bit += property.TracksPresence ? 1 : 0;
            writer.Line(statement);
        }

        writer.Line($"return {(model.KeepsUndocumented ? $"value.{model.UndocumentedPropertiesName}" : "null")};");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>
    /// A converter's <c>ReadProperties</c>, building <paramref name="type"/>: the runtime matches names, applies the null
    /// and required rules, keeps or rejects unlisted properties and locates errors (ApiJsonObjectConverter,
    /// ApiJsonProperties); each listed property is one case, and the record is built from them, with
    /// <paramref name="extraInitializer"/> last when given.
    /// </summary>
    internal static void EmitReadProperties(SourceWriter writer, ApiSpec spec, ObjectModel model, string type, string? extraInitializer)
    {
        writer.Open($"protected override {type} ReadProperties({Reader}, ref {Runtime}.ApiJsonObjectState state, {Options})");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            writer.Line($"{CSharp.TypeNameCore(property.Type, spec.Namespace)}{(property.Type.IsValueType && !property.Type.IsNullable ? string.Empty : "?")} v{i} = default;");
        }

        writer.Open("while (Properties.Next(ref reader, ref state))");
        if (model.Properties.Count > 0)
        {
            writer.Open("switch (state.Index)");
            for (var i = 0; i < model.Properties.Count; i++)
            {
                writer.Line($"case {i}: v{i} = {PropertyReadExpression(spec, model.Properties[i].Type)}; break;");
            }

            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line("Properties.ReadEnd(state);");
        writer.Line($"return new {type}");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var bang = MustBePresent(property) && !property.Type.IsValueType ? "!" : string.Empty;
            writer.Line($"{property.Name} = v{i}{bang},");
        }

        if (model.KeepsUndocumented)
        {
            writer.Line($"{model.UndocumentedPropertiesName} = state.Undocumented,");
        }

        if (ModelsEmitter.TracksPresence(model))
        {
            // Last: the properties' init accessors above marked each of them set; what arrived decides.
            writer.Line($"{ModelsEmitter.PresenceField} = Properties.Presence(state),");
        }

        if (extraInitializer is not null)
        {
            writer.Line(extraInitializer);
        }

        writer.Outdent();
        writer.Line("};");
        writer.Close();
    }

    /// <summary>The arguments of the converter's property table (<c>ApiJsonProperties</c>): what happens to a property
    /// the schema does not list, which properties are required, which others reject null, and the wire names in order.</summary>
    internal static string PropertyTable(ObjectModel model)
    {
        var unlisted = model.Undocumented switch
        {
            UndocumentedPropertyHandling.Keep => "Keep",
            UndocumentedPropertyHandling.Error => "Error",
            _ => "Ignore",
        };
        var required = new List<string>();
        var notNull = new List<string>();
        var tracked = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < model.Properties.Count; i++)
        {
            var property = model.Properties[i];
            var index = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (MustBePresent(property))
            {
                required.Add(index);
            }
            else if (!property.Type.IsNullable)
            {
                notNull.Add(index);
            }

            if (property.TracksPresence)
            {
                tracked.Add(index);
            }

            names.Add(", " + CSharp.Literal(property.WireName));
        }

        // The tracked ones only where there are any: other records keep the shorter constructor.
        var trackedArgument = tracked.Count == 0 ? string.Empty : ", " + IntArray(tracked);
        return $"{Runtime}.ApiJsonUnlisted.{unlisted}, {IntArray(required)}, {IntArray(notNull)}{trackedArgument}{string.Concat(names)}";
    }

    private static string IntArray(List<string> items) => items.Count == 0 ? "null" : "new int[] { " + string.Join(", ", items) + " }";

    private static bool MustBePresent(PropertyModel property) => property.IsRequired && !property.Type.IsNullable;

    /// <summary>Reads a property's value; the runtime has already rejected null where the type is not nullable.</summary>
    private static string PropertyReadExpression(ApiSpec spec, TypeRef type)
    {
        if (!type.IsNullable)
        {
            return ReadExpression(spec, type);
        }

        var present = type.WithNullable(false);
        return present.Kind switch
        {
            TypeKind.Object or TypeKind.Enum or TypeKind.Array or TypeKind.Map =>
                $"{ApiJson}.{(present.IsValueType ? "ReadNullable" : "ReadOrNull")}(ref reader, {ConverterOf(spec, present)}, options)",
            _ => $"{ApiJson}.ReadNullable{PrimitiveName(present)}(ref reader)",
        };
    }

    /// <summary>One statement writing a property (<c>ApiJsonProperties.Write*</c>): a null value is written as
    /// <c>null</c> when the property is required (the spec lists it) or tracked (the caller writes it only when set),
    /// and left out when it is optional.</summary>
    private static string PropertyWriteStatement(ApiSpec spec, PropertyModel property, int index)
    {
        var present = property.Type.WithNullable(false);
        var optional = property.Type.IsNullable && !property.IsRequired && !property.TracksPresence;
        var value = "value." + property.Name;
        if (property.DiscriminatorValue is { } named)
        {
            // The value naming this derived record stands in for null: without it the record reads back as another.
            return present.Kind == TypeKind.Enum
                ? $"Properties.WriteWith(writer, {index}, {value} ?? new {CSharp.TypeName(present, spec.Namespace)}({CSharp.Literal(named)}), {ConverterOf(spec, present)}, options);"
                : $"Properties.WriteString(writer, {index}, {value} ?? {CSharp.Literal(named)});";
        }

        switch (present.Kind)
        {
            case TypeKind.Object or TypeKind.Enum or TypeKind.Array or TypeKind.Map:
                var method = !property.Type.IsNullable ? "WriteWith"
                    : (optional ? "WriteOptional" : "WriteNullable") + (present.IsValueType ? "ValueWith" : "With");
                return $"Properties.{method}(writer, {index}, {value}, {ConverterOf(spec, present)}, options);";
            default:
                return $"Properties.Write{(optional ? "Optional" : string.Empty)}{PrimitiveName(present)}(writer, {index}, {value});";
        }
    }

    /// <summary>The name of a primitive kind in the runtime's <c>ApiJsonValues</c> and <c>ApiJson.ReadNullable*</c>.</summary>
    private static string PrimitiveName(TypeRef type) => type.Kind switch
    {
        TypeKind.Date => "Date",
        TypeKind.Any => "Element",
        _ => type.Kind.ToString(),
    };

    /// <summary>The converter instance of a non-null type: a generated one, a list or map field of the collections
    /// class, or the runtime's shared one of a primitive.</summary>
    private static string ConverterOf(ApiSpec spec, TypeRef type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum => CSharp.ConverterType(type.Name!, spec) + ".Instance",
        TypeKind.Array or TypeKind.Map => $"{CSharp.CollectionsClass(spec)}.{spec.GeneratedNames.CollectionFieldOf(type)}",
        _ => $"{Runtime}.ApiJsonValues.{PrimitiveName(type)}",
    };

    /// <summary>The converter of a list item or map value, which may be null.</summary>
    private static string ElementConverterOf(ApiSpec spec, TypeRef element)
    {
        if (!element.IsNullable)
        {
            return ConverterOf(spec, element);
        }

        var present = element.WithNullable(false);
        var wrapper = present.IsValueType ? "ApiJsonNullable" : "ApiJsonOrNull";
        return $"new {Runtime}.{wrapper}<{CSharp.TypeName(present, spec.Namespace)}>({ConverterOf(spec, present)})";
    }

    private static void EmitEnumConverter(SourceWriter writer, ApiSpec spec, EnumModel model)
    {
        var type = CSharp.Qualified(model.Name, spec.Namespace);
        ConverterHeader(writer, spec, spec.GeneratedNames.ConverterOf(model.Name), type, $"Reads and writes <see cref=\"{type}\"/> by wire value; an unlisted value is kept as it is.");
        writer.Open($"public override {type} Read({Reader}, global::System.Type typeToConvert, {Options})");
        writer.Open($"if (reader.TokenType != {TokenType}.String)");
        writer.Line($"throw {ApiJson}.UnexpectedToken(\"a string\", reader.TokenType);");
        writer.Close();
        writer.Line();
        foreach (var member in model.Members)
        {
            writer.Line($"if (reader.ValueTextEquals({CSharp.Utf8Literal(member.WireValue)})) return {type}.{member.Name};");
        }

        writer.Line("// A value the spec does not list: kept, so that writing the object back sends it unchanged.");
        writer.Line($"return new {type}({ApiJson}.ReadString(ref reader));");
        writer.Close();
        writer.Line();
        writer.Open($"public override void Write({Writer}, {type} value, {Options})");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Open("if (value == default)");
        writer.Line($"throw {ApiJson}.DefaultNotWritable({CSharp.Literal(model.Name)});");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteStringValue(value.ToWireValue());");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>Opens a converter class. Converters are internal: the records' and enums' type-level
    /// <c>[JsonConverter]</c> attributes and the generated client use them; users do not.</summary>
    internal static void ConverterHeader(SourceWriter writer, ApiSpec spec, string converter, string type, string summaryXml)
    {
        writer.Line($"/// <summary>{summaryXml}</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal sealed class {converter} : {CSharp.Json}.Serialization.JsonConverter<{type}>");
        writer.Line($"public static readonly {CSharp.Qualified(converter, spec.Namespace)} Instance = new();");
        writer.Line();
    }

    /// <summary>The expression reading a non-null <paramref name="type"/> from the reader variable named <paramref name="reader"/>.</summary>
    internal static string ReadExpression(ApiSpec spec, TypeRef type, string reader = "reader") => type.Kind switch
    {
        TypeKind.Object or TypeKind.Enum or TypeKind.Array or TypeKind.Map => $"{ApiJson}.Read(ref {reader}, {ConverterOf(spec, type)}, options)",
        _ => $"{ApiJson}.Read{PrimitiveName(type)}(ref {reader})",
    };

    /// <summary>Writes a non-null value.</summary>
    internal static void EmitWriteValue(SourceWriter writer, ApiSpec spec, TypeRef type, string value)
    {
        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.Guid:
                writer.Line($"writer.WriteStringValue({value});");
                break;
            case TypeKind.DateTimeOffset:
                writer.Line($"{ApiJson}.WriteDateTimeOffset(writer, {value});");
                break;
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Single:
            case TypeKind.Double:
            case TypeKind.Decimal:
                writer.Line($"writer.WriteNumberValue({value});");
                break;
            case TypeKind.Boolean:
                writer.Line($"writer.WriteBooleanValue({value});");
                break;
            case TypeKind.Date:
                writer.Line($"{ApiJson}.WriteDate(writer, {value});");
                break;
            case TypeKind.Any:
                writer.Line($"{value}.WriteTo(writer);");
                break;
            default:
                writer.Line($"{ConverterOf(spec, type)}.Write(writer, {value}, options);");
                break;
        }
    }

    /// <summary>One runtime list or map converter per shape, composed from its element's converter; inner shapes
    /// come first, as static fields initialize in order.</summary>
    private static void EmitCollections(SourceWriter writer, ApiSpec spec)
    {
        writer.Line("/// <summary>The converters of the lists and maps of the spec's schemas.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal static class {spec.GeneratedNames.JsonCollections}");
        foreach (var field in spec.GeneratedNames.CollectionFields)
        {
            var type = field.Type;
            var element = CSharp.TypeName(type.Element!, spec.Namespace);
            var runtimeType = type.Kind == TypeKind.Array ? "ApiJsonList" : "ApiJsonMap";
            writer.Line($"public static readonly {Runtime}.{runtimeType}<{element}> {field.ConverterName} = new({ElementConverterOf(spec, type.Element!)});");
        }

        writer.Close();
        writer.Line();
    }

    private static void EmitShapeConverter(SourceWriter writer, ApiSpec spec, ShapeConverterName shape)
    {
        var type = shape.Type;
        var typeName = CSharp.TypeName(type, spec.Namespace);
        var converter = shape.ConverterName;
        writer.Line($"/// <summary>Reads and writes a <c>{CSharp.EscapeXml(type.ShapeName)}</c> body without reflection.</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        writer.Open($"internal sealed class {converter} : {CSharp.Json}.Serialization.JsonConverter<{typeName}>");
        writer.Line($"public static readonly {CSharp.Qualified(converter, spec.Namespace)} Instance = new();");
        writer.Line();
        writer.Open($"public override {typeName} Read({Reader}, global::System.Type typeToConvert, {Options})");
        writer.Open($"if (reader.TokenType == {TokenType}.Null)");
        writer.Line($"throw {ApiJson}.NullNotAllowed();");
        writer.Close();
        writer.Line();
        writer.Line($"return {ReadExpression(spec, type)};");
        writer.Close();
        writer.Line();
        writer.Open($"public override void Write({Writer}, {typeName} value, {Options})");
        EmitWriteValue(writer, spec, type, "value");
        writer.Close();
        writer.Close();
        writer.Line();
    }
}
