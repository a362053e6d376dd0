using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Aiia.Codegen.Reading;

/// <summary>
/// Equality by identity, for tables from a model object to the YAML node it came from: hashing a record would hash its
/// whole contents (and compile the comparers of its enum members on the first generation).
/// </summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
