namespace Nerava.Api.Features.MerchantReplies;

public static class MerchantRepliesSetup
{
    /// <summary>What verifies and acts on a merchant's SMS reply (the webhook itself is mapped by MapTwilioWebhook).</summary>
    public static IServiceCollection AddMerchantReplies(this IServiceCollection services) =>
        services.AddScoped<ReplyHandler>().AddSingleton<TwilioRequestVerifier>();
}
