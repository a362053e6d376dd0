using System.Linq;
using Aiia.Codegen.Model;

namespace Aiia.Codegen.Emitting;

/// <summary>
/// Writes the statements that turn one value into name/value pairs (query parameters, form fields, headers, cookies)
/// the way its OpenAPI <c>style</c> and <c>explode</c> say: a list repeated or joined, an object's properties as
/// pairs of their own (<c>form</c>), as <c>name[property]</c> (<c>deepObject</c>) or as <c>name=k,v,k,v</c>.
/// Generated code enumerates the properties; nothing is reflected on. Locals are <c>__a1</c>, <c>__a2</c>, ...
/// (<see cref="Naming.ReservedNames.TemporaryPrefix"/>, which no name the naming pass allocates starts with).
/// </summary>
internal sealed class PairsEmitter
{
    // Objects nest this deep at most (recursive schemas); deeper values travel as JSON text.
    private const int MaxDepth = 4;

    /// <summary>What adds one form field (see <see cref="Emit"/>).</summary>
    public const string AddFormField = "request.AddFormField";

    /// <summary>What adds one query parameter (see <see cref="Emit"/>).</summary>
    public const string AddQuery = "request.AddQuery";

    /// <summary>The runtime method that adds one pair of joined items, each escaped on its own, for a query parameter
    /// or a form field; null for headers and cookies (a plain comma-joined text).</summary>
    private static string? ListMethod(string add) => add switch
    {
        AddQuery => "request.AddQueryList",
        AddFormField => "request.AddFormFieldList",
        _ => null,
    };

    private readonly SourceWriter _writer;
    private readonly ApiSpec _spec;
    private string _add = string.Empty;
    private int _locals;

    /// <param name="writer">Where the statements go.</param>
    /// <param name="spec">For the records' properties and converters.</param>
    public PairsEmitter(SourceWriter writer, ApiSpec spec)
    {
        _writer = writer;
        _spec = spec;
    }

    /// <summary>The pairs of one value named <paramref name="wireName"/>, each passed to <paramref name="add"/>
    /// (e.g. <c>request.AddQuery</c>). One emitter serves a whole method, so its locals never repeat.</summary>
    public void Emit(string add, TypeRef type, string value, string wireName, ValueStyle style, bool explode)
    {
        _add = add;
        if (style == ValueStyle.Json)
        {
            Add(new Key(wireName, null), ContentJsonText(type, value, _spec)); // 'content' of a JSON media type
            return;
        }

        EmitStyled(new Key(wireName, null), type, value, style, explode);
    }

    // One value in the parameter's style; _add is what it was when this returns (a case may switch it for its pairs).
    private void EmitStyled(Key key, TypeRef type, string value, ValueStyle style, bool explode)
    {
        var add = _add;
        switch (type.Kind)
        {
            case TypeKind.Array when IsScalar(type.Element!, _spec) && !explode && ListMethod(add) is { } list:
                // One pair whose items the runtime escapes one by one, keeping the commas between them.
                _add = list;
                Add(key, $"{ItemTexts(type, value)}, {CSharp.Literal(Delimiter(style))}");
                break;
            case TypeKind.Array when IsScalar(type.Element!, _spec) && !explode:
                Add(key, $"{value} is null ? null : {JoinExpression(type, value, Delimiter(style), _spec)}");
                break;
            case TypeKind.Array when IsScalar(type.Element!, _spec):
                // A pair per item: the runtime's list method loops (only queries and forms explode).
                _add = ValuesMethod(add);
                Add(key, ItemTexts(type, value));
                break;
            case TypeKind.Object when ScalarUnions.MayHoldList(type, _spec.Unions) && (explode || ListMethod(add) is not null):
                // One value, or a list: a pair per item when exploded, else one pair of items, like a list.
                _add = explode ? ValuesMethod(add) : ListMethod(add)!;
                var values = $"{CSharp.Runtime}.ApiFormat.FormatUnionValues({value}, {CSharp.ConverterInstance(type.WithNullable(false), _spec)})";
                Add(key, explode ? values : values + ", \",\"");
                break;
            case TypeKind.Object when add == AddQuery && !ScalarUnions.IsScalarUnion(type, _spec.Unions) && ScalarUnions.IsQueryUnion(type, _spec.Unions):
                EmitByAlternative(key, type, value, style, explode);
                break;
            case TypeKind.Object when ScalarUnions.IsUnion(type, _spec.Unions):
                // A union of scalars is one text; any other union travels as its JSON text (it has no fixed properties).
                EmitValue(key, type, value, 1);
                break;
            case TypeKind.Object or TypeKind.Map when !explode:
                EmitFlatList(key, type, value);
                break;
            case TypeKind.Object or TypeKind.Map:
                EmitNested(key, type, value, deep: style == ValueStyle.DeepObject, 1);
                break;
            default:
                EmitValue(key, type, value, 1);
                break;
        }

        _add = add;
    }

    // A query union of records, maps and lists: the alternative it holds, in the parameter's style (an object's
    // properties, a list's items); raw JSON that fits no alternative as its text.
    private void EmitByAlternative(Key key, TypeRef type, string value, ValueStyle style, bool explode)
    {
        var union = SpecTypes.Of(_spec).Union(type.Name) ?? throw new System.InvalidOperationException($"No union {type.Name}.");
        var local = NextLocal();
        _writer.Open($"if ({value} is {{ }} {local})");
        var condition = "if";
        foreach (var alternative in union.Alternatives)
        {
            var held = NextLocal();
            _writer.Open($"{condition} ({local}.{Naming.UnionAccessors.TryGet(alternative.Name)}(out var {held}))");
            EmitStyled(key, alternative.Type, held, style, explode);
            _writer.Close();
            condition = "else if";
        }

        _writer.Open("else");
        EmitJson(key, type.WithNullable(false), local);
        _writer.Close();
        _writer.Close();
    }

    /// <summary>The wire texts of a list of scalars, or null when the list is null.</summary>
    private string ItemTexts(TypeRef list, string value) =>
        list.Element!.Kind == TypeKind.String ? value : $"{value} is null ? null : {SelectExpression(list, value, _spec)}";

    /// <summary>The runtime method that adds a pair per value, for <paramref name="add"/>'s query or form.</summary>
    private static string ValuesMethod(string add) => add == AddFormField ? "request.AddFormFieldValues" : "request.AddQueryValues";

    /// <summary>A C# expression joining a list of scalars with <paramref name="delimiter"/> (the list is not null).</summary>
    public static string JoinExpression(TypeRef list, string value, string delimiter, ApiSpec spec) =>
        $"string.Join({CSharp.Literal(delimiter)}, {SelectExpression(list, value, spec)})";

    /// <summary>A C# expression of the wire texts of a list of scalars (the list is not null).</summary>
    private static string SelectExpression(TypeRef list, string value, ApiSpec spec)
    {
        const string item = Naming.ReservedNames.TemporaryPrefix + "x";
        return $"global::System.Linq.Enumerable.Select({value}, static {item} => {ScalarText(list.Element!, item, spec)})";
    }

    /// <summary>
    /// The wire text of a primitive, an enum or a union of them (null stays null, and is then not sent); null for
    /// other kinds. A union's text is the alternative it holds, written by the union's converter.
    /// </summary>
    public static string? ScalarText(TypeRef type, string value, ApiSpec spec) => type.Kind switch
    {
        TypeKind.Enum => type.IsNullable ? $"{value}?.ToWireValue()" : $"{value}.ToWireValue()",
        TypeKind.Object when ScalarUnions.IsScalarUnion(type, spec.Unions) =>
            $"{CSharp.Runtime}.ApiFormat.FormatUnion({value}, {CSharp.ConverterInstance(type.WithNullable(false), spec)})",
        TypeKind.Any or TypeKind.Object or TypeKind.Array or TypeKind.Map => null,
        _ => $"{CSharp.Runtime}.ApiFormat.Format({value})",
    };

    /// <summary>Whether the type is sent as one text value.</summary>
    public static bool IsScalar(TypeRef type, ApiSpec spec) => ScalarText(type, "x", spec) is not null;

    private static string Delimiter(ValueStyle style) => style switch
    {
        ValueStyle.SpaceDelimited => " ",
        ValueStyle.PipeDelimited => "|",
        _ => ",",
    };

    // Any value under a key: scalars as text, lists repeated, objects by the nesting rule, JSON as its text.
    private void EmitValue(Key key, TypeRef type, string value, int depth)
    {
        if (ScalarText(type, value, _spec) is { } text)
        {
            Add(key, text);
            return;
        }

        var local = NextLocal();
        switch (type.Kind)
        {
            case TypeKind.Array:
                _writer.Open($"if ({value} is not null)");
                _writer.Open($"foreach (var {local} in {value})");
                EmitValue(key, type.Element!, local, depth + 1);
                _writer.Close();
                _writer.Close();
                break;
            case TypeKind.Object or TypeKind.Map when depth < MaxDepth && !ScalarUnions.IsUnion(type, _spec.Unions):
                EmitNested(key, type, value, deep: true, depth + 1);
                break;
            default:
                EmitJson(key, type, value);
                break;
        }
    }

    // An object's properties (or a map's entries) as pairs: name[property] when deep, else the property's own name.
    private void EmitNested(Key key, TypeRef type, string value, bool deep, int depth)
    {
        var local = NextLocal();
        _writer.Open($"if ({value} is {{ }} {local})");
        if (type.Kind == TypeKind.Map)
        {
            var entry = NextLocal();
            _writer.Open($"foreach (var {entry} in {local})");
            EmitValue(deep ? key.IndexedBy($"{entry}.Key") : new Key(null, $"{entry}.Key"), type.Element!, $"{entry}.Value", depth);
            _writer.Close();
        }
        else
        {
            foreach (var property in Properties(type))
            {
                EmitValue(deep ? key.Indexed(property.WireName) : new Key(property.WireName, null), property.Type, $"{local}.{property.Name}", depth);
            }
        }

        _writer.Close();
    }

    // name=k,v,k,v (form, not exploded): scalar values as text, others as JSON.
    private void EmitFlatList(Key key, TypeRef type, string value)
    {
        var local = NextLocal();
        var list = NextLocal();
        _writer.Open($"if ({value} is {{ }} {local})");
        _writer.Line($"var {list} = new global::System.Collections.Generic.List<string>();");
        if (type.Kind == TypeKind.Map)
        {
            var entry = NextLocal();
            _writer.Open($"foreach (var {entry} in {local})");
            AddToList(list, $"{entry}.Key", type.Element!, $"{entry}.Value");
            _writer.Close();
        }
        else
        {
            foreach (var property in Properties(type))
            {
                AddToList(list, CSharp.Literal(property.WireName), property.Type, $"{local}.{property.Name}");
            }
        }

        if (ListMethod(_add) is { } method)
        {
            _add = method;
            Add(key, list + ", \",\"");
        }
        else
        {
            Add(key, $"string.Join(\",\", {list})");
        }

        _writer.Close();
    }

    private void AddToList(string list, string name, TypeRef type, string value)
    {
        var text = NextLocal();
        var expression = ScalarText(type, value, _spec)
            ?? (type.Kind == TypeKind.Array && IsScalar(type.Element!, _spec) ? $"{value} is null ? null : {JoinExpression(type, value, ",", _spec)}" : JsonText(type, value));
        _writer.Open($"if (({expression}) is {{ }} {text})");
        _writer.Line($"{list}.Add({name});");
        _writer.Line($"{list}.Add({text});");
        _writer.Close();
    }

    private void EmitJson(Key key, TypeRef type, string value) => Add(key, JsonText(type, value));

    /// <summary>JSON text of a record or free-form JSON; a list or map that reaches here is sent per item.</summary>
    private string JsonText(TypeRef type, string value) =>
        type.Kind is TypeKind.Any or TypeKind.Object ? ContentJsonText(type, value, _spec) : "(string?)null";

    /// <summary>
    /// The JSON text of a parameter described by JSON <c>content</c> (<see cref="ValueStyle.Json"/>): a record, a
    /// union, free-form JSON, or a list or map (the naming pass gave its shape a converter); null when the value is.
    /// </summary>
    public static string ContentJsonText(TypeRef type, string value, ApiSpec spec) => type.Kind switch
    {
        TypeKind.Any => type.IsNullable ? $"{value}?.GetRawText()" : $"{value}.GetRawText()",
        _ => $"{value} is null ? null : {CSharp.Runtime}.ApiJson.Write({value}, {CSharp.ConverterInstance(type.WithNullable(false), spec)})",
    };

    private System.Collections.Generic.IEnumerable<PropertyModel> Properties(TypeRef type) =>
        SpecTypes.Of(_spec).Object(type.Name)?.Properties ?? Enumerable.Empty<PropertyModel>();

    private void Add(Key key, string text) => _writer.Line($"{_add}({key.Expression}, {text});");

    /// <summary>A temporary of the method no other is named like (<c>__a1</c>, <c>__a2</c>, ...).</summary>
    public string NextLocal() => Naming.ReservedNames.TemporaryPrefix + "a" + (++_locals).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A pair's name: a literal when known at generation time, else a C# expression.</summary>
    private readonly struct Key
    {
        private readonly string? _literal;
        private readonly string? _expression;

        public Key(string? literal, string? expression)
        {
            _literal = literal;
            _expression = expression;
        }

        public string Expression => _literal is not null ? CSharp.Literal(_literal) : _expression!;

        /// <summary><c>name[property]</c> for a property known now.</summary>
        public Key Indexed(string property) => _literal is not null
            ? new Key(_literal + "[" + property + "]", null)
            : new Key(null, $"{Expression} + {CSharp.Literal("[" + property + "]")}");

        /// <summary><c>name[key]</c> for a map key read at run time.</summary>
        public Key IndexedBy(string expression) => new(null, $"{Expression} + \"[\" + {expression} + \"]\"");
    }
}
