using Microsoft.Extensions.Options;

// In the DI namespace, as Microsoft's guidance for Add… extensions suggests: every feature's Add…() finds it
// without a using line.
namespace Microsoft.Extensions.DependencyInjection;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from <paramref name="sectionName"/> (the class's <c>SectionName</c>)
    /// and checks its data annotations when the host starts, so a bad setting stops start-up instead of the
    /// first request that needs it. Returns the builder so a rule of its own can follow with <c>Validate</c>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IServiceCollection services,
        IConfiguration configuration,
        string sectionName)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
