using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Aiia.Codegen.Reading;

/// <summary>
/// The texts one spec is read from: the spec itself and the files its external <c>$ref</c>s bring in. Each text
/// owns a range of one offset space (the spec from 0, each further file after the one before), so a node, wherever it
/// was grafted into the spec's tree, still says by its offsets which file and place it comes from.
/// </summary>
internal sealed class SpecDocuments
{
    private readonly List<SpecDocument> _documents = new();

    public SpecDocuments(string path, string text) => _documents.Add(new SpecDocument(path, text, 0));

    /// <summary>The spec itself.</summary>
    public SpecDocument Main => _documents[0];

    /// <summary>Adds a file; its offsets start past the last file's end.</summary>
    public SpecDocument Add(string path, string text)
    {
        var last = _documents[_documents.Count - 1];
        var document = new SpecDocument(path, text, last.Base + last.Text.Length + 1);
        _documents.Add(document);
        return document;
    }

    /// <summary>The file an offset belongs to (few files: a linear search from the last).</summary>
    public SpecDocument At(int offset)
    {
        for (var i = _documents.Count - 1; i > 0; i--)
        {
            if (offset >= _documents[i].Base)
            {
                return _documents[i];
            }
        }

        return _documents[0];
    }
}

/// <summary>One text of a spec: its path, its text and where its offsets start.</summary>
internal sealed class SpecDocument(string path, string text, int @base)
{
    private SourceText? _source;

    public string Path { get; } = path;

    public string Text { get; } = text;

    /// <summary>The offset of its first character in the spec's offset space.</summary>
    public int Base { get; } = @base;

    /// <summary>The text with its line map, built on the first diagnostic in it.</summary>
    public SourceText Source => _source ??= SourceText.From(Text);

    /// <summary>Whether an offset of the spec's offset space lies in this text (its end included).</summary>
    public bool Holds(int offset) => offset >= Base && offset <= Base + Text.Length;
}
