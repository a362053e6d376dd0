using Aiia.Codegen.Generator.Tests.Infrastructure;
using Aiia.Codegen.Model;
using Microsoft.CodeAnalysis;
using static Aiia.Codegen.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace Aiia.Codegen.Generator.Tests.Diagnostics;

/// <summary>AIIA0011: the generator failed. Each test states only the spec fragment that matters (<see cref="SpecYaml"/>) and checks the ID, severity, exact span and message.</summary>
public sealed class Aiia0011Tests
{
    [Fact]
    public void Aiia0011_AnEmitterFailureIsADiagnosticOnTheSpecNotAnException()
    {
        // A model no reader produces (a record reference without a name) makes the emitter fail.
        var broken = new ApiSpec(
            "/src/broken.openapi.yaml", "Contoso", "BrokenClient", "public", "T", null,
            new EquatableArray<ObjectModel>([new ObjectModel("Item", null, new EquatableArray<PropertyModel>([new PropertyModel("Other", "other", new TypeRef((Model.TypeKind)999), false, false, null)]))]),
            default, default, default, default);

        var result = SpecCompiler.Emit(broken);

        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("AIIA0011", diagnostic.Id);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal("/src/broken.openapi.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("(1,1)", LineColumn(diagnostic));
        Assert.Empty(result.Sources);
    }
}
