using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// The base of a generated record converter: it checks the start and end of the object, locates a read error at the
/// property being read (once, for all properties), checks the arguments of a write and writes the kept unlisted
/// properties, so that the generated class holds only what is particular to its record: one <c>case</c> per property
/// read and one line per property written.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ApiJsonObjectConverter<T> : JsonConverter<T>
    where T : class
{
    /// <summary>Creates the converter with its record's property table (see <see cref="ApiJsonProperties"/>).</summary>
    /// <param name="unlisted">What to do with a property that is not listed.</param>
    /// <param name="required">Indexes of the properties that must be present; null for none.</param>
    /// <param name="notNull">Indexes of the other properties whose value must not be <c>null</c>; null for none.</param>
    /// <param name="names">The wire names, in schema order.</param>
    protected ApiJsonObjectConverter(ApiJsonUnlisted unlisted, int[]? required, int[]? notNull, params string[] names) =>
        Properties = new ApiJsonProperties(unlisted, required, notNull, names) { RecordName = typeof(T).Name };

    /// <summary>Creates the converter of a record that tracks the presence of its optional nullable properties.</summary>
    /// <param name="unlisted">What to do with a property that is not listed.</param>
    /// <param name="required">Indexes of the properties that must be present; null for none.</param>
    /// <param name="notNull">Indexes of the other properties whose value must not be <c>null</c>; null for none.</param>
    /// <param name="tracked">Indexes of the properties whose presence the record keeps, in the order of its
    /// <see cref="ApiPresence"/> bits (see <see cref="ApiJsonProperties.Presence"/>).</param>
    /// <param name="names">The wire names, in schema order.</param>
    protected ApiJsonObjectConverter(ApiJsonUnlisted unlisted, int[]? required, int[]? notNull, int[]? tracked, params string[] names) =>
        Properties = new ApiJsonProperties(unlisted, required, notNull, tracked, names) { RecordName = typeof(T).Name };

    /// <summary>The record's property table: <c>Properties[i]</c> is property i's encoded name.</summary>
    protected ApiJsonProperties Properties { get; }

    /// <inheritdoc />
    /// <exception cref="ApiJsonException">The JSON is not the record: located at the property where it fails.</exception>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var state = Properties.ReadStart(ref reader);
        try
        {
            return ReadProperties(ref reader, ref state, options);
        }
        catch (JsonException exception) when (state.Index >= 0)
        {
            throw Properties.At(exception, state);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ApiJsonException">A property the contract requires a value of is null: located at it
    /// (<c>$.amount.currency</c>), naming the property and the record that holds it, never a value.</exception>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Properties.WriteStart(writer, value);
        Properties.WriteEnd(writer, WriteProperties(writer, value, options));
    }

    /// <summary>Reads the properties (<see cref="ApiJsonProperties.Next"/> in a loop), checks the required ones
    /// (<see cref="ApiJsonProperties.ReadEnd"/>) and creates the record.</summary>
    /// <param name="reader">The reader, on <c>{</c>.</param>
    /// <param name="state">The object's state.</param>
    /// <param name="options">The options passed on to nested converters.</param>
    /// <returns>The record.</returns>
    protected abstract T ReadProperties(ref Utf8JsonReader reader, ref ApiJsonObjectState state, JsonSerializerOptions options);

    /// <summary>Writes the listed properties (the object is open).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The record.</param>
    /// <param name="options">The options passed on to nested converters.</param>
    /// <returns>The record's kept unlisted properties, written next; null for none.</returns>
    protected abstract ApiUndocumentedProperties? WriteProperties(Utf8JsonWriter writer, T value, JsonSerializerOptions options);
}
