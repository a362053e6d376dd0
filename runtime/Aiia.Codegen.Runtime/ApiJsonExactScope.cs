using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// While in scope on this thread, the scalar readers of <see cref="ApiJson"/> take only what the spec writes: no
/// number spelled in a string for a number, no number for a string. A union converter tries each alternative in one,
/// so that a later alternative that fits exactly wins over an earlier one that would fit only by that tolerance (and
/// a value that fits none is kept as raw JSON, unchanged); a server that checks requests against the contract reads
/// in one. Scopes nest; obtain one with <see cref="ApiJson.Exactly"/> and dispose it (a <c>using</c> declaration).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ApiJsonExactScope
{
    // Converters read synchronously (a Utf8JsonReader cannot cross an await), so the thread is the reading's scope.
    [ThreadStatic]
    private static int t_depth;

    private bool _open;

    internal static bool IsOpen => t_depth > 0;

    internal static ApiJsonExactScope Open()
    {
        t_depth++;
        return new ApiJsonExactScope { _open = true };
    }

    /// <summary>Ends the scope; a second call, or a call on a default value, does nothing.</summary>
    public void Dispose()
    {
        if (_open)
        {
            _open = false;
            t_depth--;
        }
    }
}
