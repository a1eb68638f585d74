using System.Globalization;
using WorkflowOffice.Host.Policies;

namespace WorkflowOffice.Host.Cases.Workflow;

/// <summary>
/// New cases run on the association's published edition of the policy (issue 6); an association without one
/// falls back to the shipped reference procedure.
/// </summary>
internal sealed class PublishedCaseProcedure(IPublishedProcedure published, ReferenceCaseProcedure reference) : ICaseProcedure
{
    public async Task<CaseProcedureChoice> ChooseAsync(Guid associationId, CancellationToken cancellationToken)
    {
        var edition = await published.GetAsync(associationId, cancellationToken: cancellationToken);
        return edition is null
            ? await reference.ChooseAsync(associationId, cancellationToken)
            : new CaseProcedureChoice(edition.DefinitionKey, edition.DefinitionVersion, edition.EditionId,
                string.Create(CultureInfo.InvariantCulture, $"{edition.Number}/{edition.Year}"));
    }
}
