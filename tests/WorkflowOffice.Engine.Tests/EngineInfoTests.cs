namespace WorkflowOffice.Engine.Tests;

public class EngineInfoTests
{
    [Fact]
    public void ExtensionNamespace_IsTheOneBpmnFilesDeclare() =>
        EngineInfo.ExtensionNamespace.Should().Be("urn:workflowoffice:bpmn:1");
}
