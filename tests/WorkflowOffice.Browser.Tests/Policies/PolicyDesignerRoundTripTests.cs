using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Browser.Tests.Infrastructure;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Engine.Bpmn.Diff;
using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Browser.Tests.Policies;

/// <summary>The reference procedure through the designer in Chromium: what comes out means to the engine what went in.</summary>
public abstract class PolicyDesignerRoundTripTests(BrowserHostFixture host)
{
    private const string Wo = "urn:workflowoffice:bpmn:1";

    [Fact]
    public async Task ReferenceProcedure_ImportedAndExportedByTheDesigner_KeepsEveryWoSettingAndMeaning()
    {
        // The published third edition (the reference procedure), opened by its owner; a full modeler with the
        // properties panel imports its text and exports it again, as a save would.
        var owner = await StaffSessions.SignInAsync(host, "policy@batoor.demo");
        await owner.GotoAsync($"/policies/{PolicyCatalog.BeneficiaryRelationshipKey}/editions/3/designer");
        await owner.WaitForSelectorAsync("body[data-ready=true]");
        var result = await owner.EvaluateAsync<JsonElement>("""
            async () => {
              const host = document.createElement('div');
              host.style.height = '700px';
              document.body.append(host);
              const designer = window.WorkflowOfficeDesigner.create(host, { xml: document.getElementById('wo-bpmn').value, language: 'ar' });
              const { warnings } = await designer.ready;
              return { warnings, xml: await designer.getXml() };
            }
            """);
        await owner.Context.CloseAsync();

        var reference = ReferenceProcedure.LoadXml();
        var exported = result.GetProperty("xml").GetString()!;
        result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).Should().BeEmpty();
        exported.Should().NotBe(reference, "the designer writes its own formatting");
        ProcedureDiff.Compare(reference, exported).Lines.Select(l => l.English).Should().BeEmpty();
        WoSettings(exported).Should().Equal(WoSettings(reference));

        // The engine reads the same process: every node with its kind, scope, timers, activity, wo settings and flows.
        var activities = host.Services.GetRequiredService<ActivityRegistry>();
        var original = BpmnParser.Parse(reference, activities);
        var roundTripped = BpmnParser.Parse(exported, activities);
        roundTripped.Problems.Should().BeEmpty();
        Semantics(roundTripped.Definition!).Should().Equal(Semantics(original.Definition!));
    }

    private static List<string> Semantics(ProcessDefinition definition) =>
        [.. definition.Nodes.Select(n => string.Join(" | ",
            n.Id, n.Kind, n.Name, n.Scope, n.AttachedTo, n.CancelActivity, n.StartNode, n.Timer?.Kind, n.Timer?.Text, n.MessageName,
            n.CorrelationKey, n.Activity?.Descriptor.Name, n.DueIn, n.Priority, n.Form,
            string.Join(",", n.Outcomes), string.Join(",", n.CandidateRoles),
            string.Join(",", n.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")),
            string.Join(",", n.Inputs.Select(i => $"{i.Key}={i.Value}")), string.Join(",", n.Outputs.Select(o => $"{o.Key}={o.Value}")),
            string.Join(",", n.Outgoing.Select(f => $"{f.Id}>{f.Target}:{f.Condition}")), n.DefaultFlow?.Id))];

    // Every wo: attribute and wo:input/wo:output child, by element id; sorted, as the designer writes attributes in
    // the descriptor's order.
    private static List<string> WoSettings(string xml) =>
        [.. XDocument.Parse(xml).Descendants()
            .Where(e => e.Attribute("id") is not null)
            .SelectMany(e => e.Attributes().Where(a => a.Name.NamespaceName == Wo).Select(a => $"{e.Attribute("id")!.Value} {a.Name.LocalName}={a.Value}")
                .Concat(e.Elements().Elements().Where(c => c.Name.NamespaceName == Wo)
                    .Select(c => $"{e.Attribute("id")!.Value} <{c.Name.LocalName} {(string?)c.Attribute("name")}>{c.Value}")))
            .Order(StringComparer.Ordinal)];

    [Collection(BrowserCollection.Name)]
    public sealed class OnPostgres(PostgresBrowserFixture fixture) : PolicyDesignerRoundTripTests(fixture);

    public sealed class OnSqlite(SqliteBrowserFixture fixture) : PolicyDesignerRoundTripTests(fixture), IClassFixture<SqliteBrowserFixture>;
}
