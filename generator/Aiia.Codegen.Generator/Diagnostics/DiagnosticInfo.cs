using System.Linq;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Diagnostics;

/// <summary>
/// A diagnostic as cacheable data: the descriptor, where (always a place in the spec file), and the message arguments.
/// </summary>
public sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Creates the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), MessageArgs.Cast<object>().ToArray());

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
        MessageArgs.Cast<object>().ToArray());

    /// <summary>Whether this diagnostic stops generation for its spec.</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
}
