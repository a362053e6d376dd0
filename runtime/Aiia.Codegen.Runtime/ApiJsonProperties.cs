using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The listed properties of one object schema, for its generated converter: matching a property name to its index,
/// the null and required rules, what happens to unlisted properties, error locations, and the encoded names to write.
/// A converter holds one in a static field, so that it reads each property with one <c>case</c> and writes it with
/// one line.
/// </summary>
/// <remarks>
/// Reading follows the rules the generated code had inline: a property listed as not nullable rejects <c>null</c>
/// (<c>$.name: expected a value, found null</c>), a required one that never arrives is reported by name (the first
/// such in schema order), an error while reading a value is located at the property (<c>$.name…</c>), and a
/// repeated property takes its last value.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ApiJsonProperties
{
    private const byte NotNull = 1;
    private const byte Required = 2;
    private const byte Tracked = 4;

    private readonly string[] _names;
    private readonly byte[][] _utf8Names;
    private readonly JsonEncodedText[] _encodedNames;
    private readonly byte[] _flags;
    private readonly int[] _required;
    private readonly ulong _requiredMask;
    private readonly bool _requiredFitMask;
    private readonly int[] _tracked;
    private readonly ApiJsonUnlisted _unlisted;
    private HashSet<string>? _nameSet;

    /// <summary>Describes an object's listed properties.</summary>
    /// <param name="unlisted">What to do with a property that is not listed.</param>
    /// <param name="required">Indexes (into <paramref name="names"/>) of the properties that must be present; null
    /// for none.</param>
    /// <param name="notNull">Indexes of the properties whose value must not be <c>null</c> (the required ones among
    /// them need not be repeated); null for none.</param>
    /// <param name="names">The wire names, in schema order; a property's index is its position here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or a name is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <paramref name="names"/>.</exception>
    public ApiJsonProperties(ApiJsonUnlisted unlisted, int[]? required, int[]? notNull, params string[] names)
        : this(unlisted, required, notNull, null, names)
    {
    }

    /// <summary>Describes an object's listed properties, some of which the record tracks the presence of.</summary>
    /// <param name="unlisted">What to do with a property that is not listed.</param>
    /// <param name="required">Indexes (into <paramref name="names"/>) of the properties that must be present; null
    /// for none.</param>
    /// <param name="notNull">Indexes of the properties whose value must not be <c>null</c> (the required ones among
    /// them need not be repeated); null for none.</param>
    /// <param name="tracked">Indexes of the optional nullable properties whose presence the record keeps in an
    /// <see cref="ApiPresence"/>, in the order of its bits; null for none.</param>
    /// <param name="names">The wire names, in schema order; a property's index is its position here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> or a name is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <paramref name="names"/>.</exception>
    public ApiJsonProperties(ApiJsonUnlisted unlisted, int[]? required, int[]? notNull, int[]? tracked, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        required ??= [];
        notNull ??= [];
        _unlisted = unlisted;
        _names = names;
        _utf8Names = new byte[names.Length][];
        _encodedNames = new JsonEncodedText[names.Length];
        _flags = new byte[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(names[i], nameof(names));
            _utf8Names[i] = Encoding.UTF8.GetBytes(names[i]);
            _encodedNames[i] = JsonEncodedText.Encode(names[i]);
        }

        foreach (int index in notNull)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)names.Length, nameof(notNull));
            _flags[index] |= NotNull;
        }

        foreach (int index in required)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)names.Length, nameof(required));
            _flags[index] |= Required | NotNull;
            _requiredMask |= index < 64 ? 1UL << index : 0;
        }

        foreach (int index in tracked ??= [])
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)names.Length, nameof(tracked));
            _flags[index] |= Tracked;
        }

        _tracked = (int[])tracked.Clone();
        _required = (int[])required.Clone();
        Array.Sort(_required);
        _requiredFitMask = _required.Length == 0 || _required[^1] < 64;
    }

    /// <summary>The record's type name, for errors; set by <see cref="ApiJsonObjectConverter{T}"/>.</summary>
    internal string? RecordName { get; init; }

    /// <summary>The number of listed properties.</summary>
    public int Count => _names.Length;

    /// <summary>The encoded wire name of property <paramref name="index"/>, for writing.</summary>
    /// <param name="index">The property's index.</param>
    public JsonEncodedText this[int index] => _encodedNames[index];

    /// <summary>Starts reading an object: checks that the reader is on <c>{</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The state to pass to <see cref="Next"/>.</returns>
    /// <exception cref="ApiJsonException">The token is not <c>{</c>.</exception>
    public ApiJsonObjectState ReadStart(ref Utf8JsonReader reader)
    {
        ApiJson.ExpectStartObject(ref reader);
        return new ApiJsonObjectState { Index = -1 };
    }

    /// <summary>
    /// Moves to the next listed property's value and sets <see cref="ApiJsonObjectState.Index"/> to it. Unlisted
    /// properties on the way are kept, skipped or rejected here. A listed property that is not nullable is checked
    /// for <c>null</c> here.
    /// </summary>
    /// <param name="reader">The reader, on the object's <c>{</c> or on the last token of the previous value.</param>
    /// <param name="state">The object's state.</param>
    /// <returns>False at the end of the object (or of the input).</returns>
    /// <exception cref="ApiJsonException"><c>null</c> where the property is not nullable (the caller locates it at
    /// the property with <see cref="At"/>), or an unlisted property where the object allows none (located here).</exception>
    /// <exception cref="JsonException">The JSON is malformed.</exception>
    public bool Next(ref Utf8JsonReader reader, ref ApiJsonObjectState state)
    {
        int guess = state.Index + 1;
        state.Index = -1;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            int index;
            try
            {
                index = Find(ref reader, guess);
            }
            catch (InvalidOperationException)
            {
                throw ApiJson.PropertyNameNotText();
            }
            if (index >= 0)
            {
                state.Index = index;
                reader.Read();
                byte flags = _flags[index];
                if (flags != 0)
                {
                    if (reader.TokenType == JsonTokenType.Null && (flags & NotNull) != 0)
                    {
                        throw ApiJson.NullNotAllowed();
                    }

                    if ((flags & (Required | Tracked)) != 0)
                    {
                        state.MarkSeen(index);
                    }
                }

                return true;
            }

            ReadUnlisted(ref reader, ref state);
        }

        return false;
    }

    /// <summary>Locates an error from reading the value of the property <paramref name="state"/> is on (see
    /// <see cref="ApiJson.AtProperty"/>).</summary>
    /// <param name="exception">The error.</param>
    /// <param name="state">The object's state; its <see cref="ApiJsonObjectState.Index"/> must be a property's.</param>
    /// <returns>The exception to throw.</returns>
    public ApiJsonException At(JsonException exception, in ApiJsonObjectState state) => ApiJson.AtProperty(exception, _names[state.Index]);

    /// <summary>Ends reading an object: checks that every required property arrived.</summary>
    /// <param name="state">The object's state.</param>
    /// <exception cref="ApiJsonException">A required property is missing: the first in schema order is named.</exception>
    public void ReadEnd(in ApiJsonObjectState state)
    {
        // Fast path: every required property is among the first 64, and all of them arrived.
        if (_requiredFitMask && (state._seen & _requiredMask) == _requiredMask)
        {
            return;
        }

        foreach (int index in _required)
        {
            if (!state.WasSeen(index))
            {
                throw ApiJson.MissingProperty(_names[index]);
            }
        }
    }

    /// <summary>Which tracked properties arrived (null included), for the record's <see cref="ApiPresence"/>.</summary>
    /// <param name="state">The object's state, after its last property.</param>
    /// <returns>Bit <c>i</c> set when the <c>i</c>-th tracked property arrived.</returns>
    public ApiPresence Presence(in ApiJsonObjectState state)
    {
        var presence = default(ApiPresence);
        for (int bit = 0; bit < _tracked.Length; bit++)
        {
            if (state.WasSeen(_tracked[bit]))
            {
                presence = presence.With(bit);
            }
        }

        return presence;
    }

    /// <summary>Starts writing an object: checks the arguments and writes <c>{</c>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    public void WriteStart<T>(Utf8JsonWriter writer, T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
    }

    /// <summary>Ends writing an object: writes the kept unlisted properties, if any, then <c>}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="undocumented">The record's kept unlisted properties, or null.</param>
    /// <exception cref="ApiJsonException">One of <paramref name="undocumented"/> has the name of a listed property
    /// (which would be written twice): located at it, naming the record.</exception>
    public void WriteEnd(Utf8JsonWriter writer, ApiUndocumentedProperties? undocumented)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (undocumented is not null)
        {
            // Reading never keeps a listed name among them; one set in code would be a duplicate key, which servers
            // resolve each their own way. The listed property is how to send it (null too, when the record tracks it).
            _nameSet ??= new HashSet<string>(_names, StringComparer.Ordinal);
            foreach (var property in undocumented)
            {
                if (_nameSet.Contains(property.Key))
                {
                    throw ApiJson.AtProperty(ApiJson.ListedAsUndocumented(RecordName ?? "the record"), property.Key);
                }
            }

            undocumented.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    // Properties usually arrive in schema order: try the one after the last first, then all.
    private int Find(ref Utf8JsonReader reader, int guess)
    {
        byte[][] names = _utf8Names;
        if ((uint)guess < (uint)names.Length && reader.ValueTextEquals(names[guess]))
        {
            return guess;
        }

        for (int i = 0; i < names.Length; i++)
        {
            if (i != guess && reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void ReadUnlisted(ref Utf8JsonReader reader, ref ApiJsonObjectState state)
    {
        switch (_unlisted)
        {
            case ApiJsonUnlisted.Keep:
                // Kept, so that writing the object back sends it unchanged.
                string name = ApiJson.PropertyName(ref reader);
                try
                {
                    reader.Read();
                    ApiUndocumentedProperties.Keep(ref state._undocumented, name, ref reader);
                }
                catch (JsonException exception)
                {
                    throw ApiJson.AtProperty(exception, name);
                }

                break;
            case ApiJsonUnlisted.Error:
                throw ApiJson.AtProperty(ApiJson.UndocumentedProperty(), ApiJson.PropertyName(ref reader));
            default:
                reader.Read();
                reader.Skip();
                break;
        }
    }
}
