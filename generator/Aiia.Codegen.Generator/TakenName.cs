namespace Aiia.Codegen;

/// <summary>
/// A name in a spec's generated namespace that the project already uses, as plain values: a namespace under it, a
/// type an assembly the project references declares in it, or a class named after another spec's client there. A
/// generated type of that name would conflict with it (CS0437, CS0436, CS0101) or hide it from the code that uses it, so
/// the naming pass leaves it alone.
/// </summary>
/// <param name="Name">The simple name (<c>Concurrent</c> in <c>System.Collections</c>).</param>
/// <param name="Holder">What has it, as messages show it: <c>the namespace 'System.Collections.Concurrent'</c>.</param>
/// <param name="Client">The other spec's client the name is derived from; null for the project's names. A spec never
/// steps aside for the names of its own client, nor for those of another spec with the same client in the namespace:
/// that is a clash between the two specs, reported on the later one once both are generated (AIIA0005).</param>
public sealed record TakenName(string Name, string Holder, string? Client = null);
