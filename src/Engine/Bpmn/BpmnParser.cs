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

    /// <summary>Parses and validates; the definition gets <paramref name="key"/> (default: the process id) and <paramref name="version"/>.</summary>
    public static ParseResult Parse(string xml, ActivityRegistry activities, string? key = null, int version = 1)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            return new ParseResult(null, [new ValidationProblem("", $"The file is not well-formed XML: {ex.Message}")]);
        }

        return new BpmnReader(activities).Read(document, xml, key, version);
    }

    /// <summary>Only the problems (empty when the file is valid).</summary>
    public static IReadOnlyList<ValidationProblem> Validate(string xml, ActivityRegistry activities) => Parse(xml, activities).Problems;
}
