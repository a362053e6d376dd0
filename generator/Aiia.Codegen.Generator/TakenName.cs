namespace Aiia.Codegen;

/// <summary>
/// A name in a spec's generated namespace that the project already uses, as plain values: a namespace under it, or a
/// type an assembly the project references declares in it. A generated type of that name would conflict with it
/// (CS0437, CS0436) or hide it from the code that uses it, so the naming pass leaves it alone.
/// </summary>
/// <param name="Name">The simple name (<c>Concurrent</c> in <c>System.Collections</c>).</param>
/// <param name="Holder">What has it, as messages show it: <c>the namespace 'System.Collections.Concurrent'</c>.</param>
public sealed record TakenName(string Name, string Holder);
