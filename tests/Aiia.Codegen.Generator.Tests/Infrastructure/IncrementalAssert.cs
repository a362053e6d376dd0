using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>
/// Assertions about the generator's incremental pipeline: which tracked steps were recomputed, whether their
/// outputs are value-equal between runs, and whether they hold anything that pins a compilation in memory.
/// </summary>
internal static class IncrementalAssert
{
    /// <summary>The step names the generator promises to track (every string constant of <see cref="TrackingNames"/>).</summary>
    public static ImmutableArray<string> TrackingStepNames { get; } =
        typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToImmutableArray();

    private static readonly Type[] s_bannedTypes =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
    ];

    /// <summary>Every step of <see cref="TrackingNames"/> ran and was tracked.</summary>
    public static ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps(GeneratorDriverRunResult run)
    {
        var steps = run.Results.Single().TrackedSteps;
        var missing = TrackingStepNames.Where(name => !steps.ContainsKey(name)).ToList();
        Assert.True(
            missing.Count == 0,
            $"Tracked steps missing from the run (is WithTrackingName(TrackingNames.X) applied?): {string.Join(", ", missing)}. " +
            $"Tracked: {string.Join(", ", steps.Keys.OrderBy(k => k, StringComparer.Ordinal))}");
        return TrackingStepNames.ToImmutableDictionary(name => name, name => steps[name]);
    }

    /// <summary>Every output of every step named in <see cref="TrackingNames"/>, and every source output, is Cached or Unchanged.</summary>
    public static void AllCachedOrUnchanged(GeneratorDriverRunResult run)
    {
        var offenders = new List<string>();
        foreach (var (name, runSteps) in TrackedSteps(run))
        {
            offenders.AddRange(Offenders(name, runSteps));
        }

        foreach (var (name, runSteps) in run.Results.Single().TrackedOutputSteps)
        {
            offenders.AddRange(Offenders(name, runSteps));
        }

        Assert.True(offenders.Count == 0, "Expected only Cached/Unchanged outputs, but:\n" + string.Join("\n", offenders));

        static IEnumerable<string> Offenders(string name, ImmutableArray<IncrementalGeneratorRunStep> runSteps) =>
            runSteps.SelectMany((step, i) => step.Outputs
                .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(output => $"  {name}[{i}]: {output.Reason} ({Describe(output.Value)})"));
    }

    /// <summary>The outputs of each tracked step are value-equal between two runs of equal inputs.</summary>
    public static void StepOutputsEqual(GeneratorDriverRunResult first, GeneratorDriverRunResult second, IEnumerable<string>? stepNames = null)
    {
        var firstSteps = TrackedSteps(first);
        var secondSteps = TrackedSteps(second);
        foreach (var name in stepNames ?? TrackingStepNames)
        {
            var a = firstSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            var b = secondSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.True(a.Count == b.Count, $"{name}: {a.Count} outputs in the first run, {b.Count} in the second.");
            for (var i = 0; i < a.Count; i++)
            {
                Assert.True(
                    Equals(a[i], b[i]),
                    $"{name}[{i}] is not value-equal between two runs of equal inputs " +
                    $"({a[i]?.GetType().FullName}): the model needs structural equality (records, EquatableArray).");
            }
        }
    }

    /// <summary>The reasons of the outputs of step <paramref name="stepName"/> whose object graph holds a string containing <paramref name="needle"/>.</summary>
    public static ImmutableArray<IncrementalStepRunReason> ReasonsOfOutputsMentioning(GeneratorDriverRunResult run, string stepName, string needle) =>
        TrackedSteps(run)[stepName]
            .SelectMany(step => step.Outputs)
            .Where(output => GraphContainsString(output.Value, needle))
            .Select(output => output.Reason)
            .ToImmutableArray();

    /// <summary>
    /// No tracked output references a <see cref="Compilation"/>, <see cref="ISymbol"/>, <see cref="SyntaxNode"/>,
    /// <see cref="SyntaxTree"/>, <see cref="SemanticModel"/> or any YamlDotNet type: they defeat caching and keep
    /// old compilations (or whole YAML documents) alive in the IDE.
    /// </summary>
    public static void NoBannedObjects(GeneratorDriverRunResult run)
    {
        var violations = new List<string>();
        foreach (var (name, runSteps) in TrackedSteps(run))
        {
            for (var i = 0; i < runSteps.Length; i++)
            {
                for (var j = 0; j < runSteps[i].Outputs.Length; j++)
                {
                    violations.AddRange(FindBannedObjects(runSteps[i].Outputs[j].Value, $"{name}[{i}].Outputs[{j}]"));
                }
            }
        }

        Assert.True(violations.Count == 0, "Tracked outputs hold banned objects:\n" + string.Join("\n", violations.Take(50)));
    }

    /// <summary>The paths (and types) of every banned object reachable from <paramref name="root"/>.</summary>
    public static List<string> FindBannedObjects(object? root, string rootPath)
    {
        var violations = new List<string>();
        Walk(root, rootPath, (node, path) =>
        {
            var type = node.GetType();
            if (s_bannedTypes.Any(banned => banned.IsAssignableFrom(type)) ||
                type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
            {
                violations.Add($"  {path}: {type.FullName}");
                return false;
            }

            return true;
        });
        return violations;
    }

    public static bool GraphContainsString(object? root, string needle)
    {
        var found = false;
        Walk(root, "", (node, _) =>
        {
            if (node is string s && s.Contains(needle, StringComparison.Ordinal))
            {
                found = true;
            }

            return !found;
        });
        return found;
    }

    /// <summary>
    /// Visits every object reachable from <paramref name="root"/> through instance fields (of the type and its
    /// base types; auto-properties are covered by their backing fields) and array elements, each object once.
    /// <paramref name="visit"/> returns false to stop descending into a node.
    /// </summary>
    private static void Walk(object? root, string rootPath, Func<object, string, bool> visit)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(object Node, string Path)>();
        if (root is not null)
        {
            stack.Push((root, rootPath));
        }

        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (!visited.Add(node) || !visit(node, path))
            {
                continue;
            }

            var type = node.GetType();
            if (IsLeaf(type))
            {
                continue;
            }

            if (node is Array array)
            {
                if (type.GetElementType() is { } element && IsLeaf(element) && element.IsValueType)
                {
                    continue;
                }

                var index = 0;
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        stack.Push((item, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRef)
                    {
                        continue;
                    }

                    if (field.GetValue(node) is { } value)
                    {
                        stack.Push((value, path + "." + field.Name));
                    }
                }
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) ||
        typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) ||
        typeof(Module).IsAssignableFrom(type) || type == typeof(Pointer) || type == typeof(IntPtr) || type == typeof(UIntPtr);

    private static string Describe(object? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = value.ToString() ?? "";
        if (text.Length > 120)
        {
            text = text[..120] + "…";
        }

        return new StringBuilder(value.GetType().Name).Append(": ").Append(text.Replace('\n', ' ')).ToString();
    }
}
