using System.Text;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// <c>application/x-www-form-urlencoded</c>: <c>name=value</c> pairs joined by <c>&amp;</c>, names and values
/// escaped as URI data (UTF-8, a space is <c>%20</c>), in the order they were added.
/// </summary>
internal static class ApiFormEncoding
{
    public const string MediaType = "application/x-www-form-urlencoded";

    public static byte[] Encode(ApiPairList fields)
    {
        var text = new StringBuilder();
        for (int i = 0; i < fields.Pairs.Count; i++)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(fields.Pairs[i].Key)).Append('=').Append(fields.EscapedValue(i));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
