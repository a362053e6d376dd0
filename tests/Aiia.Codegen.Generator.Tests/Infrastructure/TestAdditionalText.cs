using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Generator.Tests.Infrastructure;

/// <summary>An in-memory AdditionalFiles item; its <see cref="SourceText"/> is created once, as the compiler does.</summary>
internal sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
