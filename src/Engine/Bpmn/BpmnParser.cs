using System.Xml;
using System.Xml.Linq;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Engine.Bpmn;

/// <summary>
/// Reads BPMN 2.0 XML as bpmn-js and Camunda Modeler write it into a validated <see cref="ProcessDefinition"/>.
/// Diagram interchange and foreign extensions are ignored (and kept in the source text); every unsupported BPMN
/// element is rejected by name; every problem is reported at once.
/// </summary>
public static class BpmnParser
{
    /// <summary>The BPMN 2.0 model namespace.</summary>
    public const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>Largest file the parser reads (characters); the host may enforce a smaller, configurable limit first.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>
    /// Deepest element nesting accepted. A procedure drawn in a modeller is a few levels deep (sub-processes
    /// included); the reader recurses into containers, so the file must not choose the depth.
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Parses and validates; the definition gets <paramref name="key"/> (default: the process id) and <paramref name="version"/>.</summary>
    public static ParseResult Parse(string xml, ActivityRegistry activities, string? key = null, int version = 1)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxCharacters)
        {
            return new ParseResult(null, [new ValidationProblem("", $"The file is larger than {MaxCharacters / (1024 * 1024)} MB.")]);
        }

        XDocument document;
        try
        {
            if (TooDeep(xml) is { } deep)
            {
                return new ParseResult(null, [deep]);
            }

            document = LoadTree(xml);
        }
        catch (XmlException ex)
        {
            return new ParseResult(null, [new ValidationProblem("", $"The file is not well-formed XML: {ex.Message}")]);
        }

        return new BpmnReader(activities).Read(document, xml, key, version);
    }

    /// <summary>
    /// Loads BPMN (or any procedure XML) safely: DTDs refused (no entity expansion, no external resources), at most
    /// <see cref="MaxDepth"/> levels checked by a streaming pass before any tree is built, at most
    /// <see cref="MaxCharacters"/>. Throws <see cref="XmlException"/> with a plain sentence otherwise.
    /// </summary>
    public static XDocument LoadXml(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > MaxCharacters)
        {
            throw new XmlException($"The file is larger than {MaxCharacters / (1024 * 1024)} MB.");
        }

        return TooDeep(xml) is { } deep ? throw new XmlException(deep.Message) : LoadTree(xml);
    }

    private static XDocument LoadTree(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), SafeSettings());
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
    };

    private static ValidationProblem? TooDeep(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), SafeSettings());
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
            {
                var id = reader.GetAttribute("id");
                var element = id is null ? reader.Name : $"{reader.Name} '{id}'";
                return new ValidationProblem(id ?? "", $"The element {element} is nested more than {MaxDepth} levels deep.");
            }
        }

        return null;
    }

    /// <summary>Only the problems (empty when the file is valid).</summary>
    public static IReadOnlyList<ValidationProblem> Validate(string xml, ActivityRegistry activities) => Parse(xml, activities).Problems;
}
