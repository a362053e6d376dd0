namespace Aiia.Codegen.Runtime;

/// <summary>
/// The name/value pairs of a query or a form body, in order, unescaped; a pair may hold a list joined by a delimiter
/// (a list or object that is not exploded), whose items are escaped one by one when it is written, so the commas
/// between them stay commas and a comma inside one is <c>%2C</c> (as RFC 6570 expands <c>{?ids}</c>).
/// </summary>
internal sealed class ApiPairList
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private Dictionary<int, (string?[] Items, string Delimiter)>? _lists; // by index in _pairs

    /// <summary>The pairs, values unescaped (a list's items joined by its delimiter).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public void Add(string name, string value) => _pairs.Add(new KeyValuePair<string, string>(name, value));

    public void AddList(string name, IEnumerable<string?> values, string delimiter)
    {
        string?[] items = [.. values];
        (_lists ??= [])[_pairs.Count] = (items, delimiter);
        _pairs.Add(new KeyValuePair<string, string>(name, string.Join(delimiter, items)));
    }

    /// <summary>The value at <paramref name="index"/>, escaped as URI data; a list item by item, a comma delimiter
    /// kept (space and pipe, which a query cannot hold as they are, escaped).</summary>
    public string EscapedValue(int index)
    {
        if (_lists is null || !_lists.TryGetValue(index, out var list))
        {
            return Uri.EscapeDataString(_pairs[index].Value);
        }

        string delimiter = list.Delimiter == "," ? "," : Uri.EscapeDataString(list.Delimiter);
        return string.Join(delimiter, Array.ConvertAll(list.Items, static item => Uri.EscapeDataString(item ?? string.Empty)));
    }
}
