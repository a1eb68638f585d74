using Microsoft.Extensions.Options;

namespace WorkflowOffice.Host.Notifications;

/// <summary>SMS through the configured HTTP gateway (<c>Notifications:SmsGatewayUrl</c>, key from the environment).</summary>
internal sealed class SmsGatewaySender(HttpClient http, IOptions<NotificationsOptions> options) : INotificationSender
{
    public string Channel => "sms";

    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        var url = options.Value.SmsGatewayUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException("No SMS gateway is configured (Notifications:SmsGatewayUrl).");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new { to = message.Address, text = message.Body, reference = message.Id }),
        };
        if (!string.IsNullOrEmpty(options.Value.SmsGatewayApiKey))
        {
            request.Headers.Add("X-Api-Key", options.Value.SmsGatewayApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode}.");
        }
    }
}
