using System.ComponentModel;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// Argument checks generated client methods make before anything is sent, where the framework's own
/// (<see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>) do not apply.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ApiArguments
{
    /// <summary>
    /// Refuses <c>default</c> of a generated enum: it holds no wire value, so the parameter could not be sent. Without
    /// this the enum's <c>ToWireValue()</c> would throw an <see cref="InvalidOperationException"/> that names no parameter.
    /// </summary>
    /// <typeparam name="T">The generated enum (a record struct whose <c>default</c> has no wire value).</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="paramName">The parameter's name.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static void ThrowIfDefault<T>(T value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value.Equals(default))
        {
            throw new ArgumentException($"default({typeof(T).Name}) has no wire value: pass one of its values.", paramName);
        }
    }

    /// <summary>Refuses <c>default</c> of a generated enum, as <see cref="ThrowIfDefault{T}(T, string)"/>; null passes (it is not sent).</summary>
    /// <typeparam name="T">The generated enum.</typeparam>
    /// <param name="value">The argument, or null.</param>
    /// <param name="paramName">The parameter's name.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>default</c>.</exception>
    public static void ThrowIfDefault<T>(T? value, string paramName)
        where T : struct, IEquatable<T>
    {
        if (value is { } held)
        {
            ThrowIfDefault(held, paramName);
        }
    }
}
