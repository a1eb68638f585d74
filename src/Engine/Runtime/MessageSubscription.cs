namespace WorkflowOffice.Engine.Runtime;

/// <summary>An open message subscription, as the store indexes it for correlation.</summary>
/// <param name="Id">Id of the wait state.</param>
/// <param name="InstanceId">The waiting instance.</param>
/// <param name="ElementId">The element that waits.</param>
/// <param name="MessageName">Message name (<c>bpmn:message</c> name).</param>
/// <param name="CorrelationKey">Correlation key; <c>null</c> matches only messages sent without a key.</param>
public sealed record MessageSubscription(Guid Id, Guid InstanceId, string ElementId, string MessageName, string? CorrelationKey);
