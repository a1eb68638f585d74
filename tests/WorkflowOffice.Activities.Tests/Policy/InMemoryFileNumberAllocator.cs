using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Activities.Registration;

namespace WorkflowOffice.Activities.Tests.Policy;

/// <summary>File numbers per association in memory, idempotent per case like the host's unique index.</summary>
public sealed class InMemoryFileNumberAllocator : IFileNumberAllocator
{
    private readonly Dictionary<string, FileNumber> _byCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileNumber> _lastByAssociation = new(StringComparer.Ordinal);

    public int Calls { get; private set; }

    public ValueTask<FileNumber> AllocateAsync(string associationId, string associationCode, string caseId, int year, CancellationToken cancellationToken)
    {
        Calls++;
        if (!_byCase.TryGetValue(caseId, out var number))
        {
            number = FileNumber.Next(_lastByAssociation.GetValueOrDefault(associationId), associationCode, year);
            _lastByAssociation[associationId] = number;
            _byCase[caseId] = number;
        }

        return ValueTask.FromResult(number);
    }
}
