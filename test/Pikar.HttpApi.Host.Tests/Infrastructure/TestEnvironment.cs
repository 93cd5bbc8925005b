using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Pikar.EntityFrameworkCore;

[assembly: AssemblyFixture(typeof(Pikar.HttpApi.Host.Tests.Infrastructure.TestEnvironment))]

namespace Pikar.HttpApi.Host.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL cluster and one migrated, seeded database (with the demo tenants) for the whole
/// test assembly, and a shared host on it. Tests isolate themselves by creating their own tenants.
/// </summary>
public sealed class TestEnvironment : IAsyncLifetime
{
    public const string MachineClientId = "pikar_test_machine";
    public const string MachineClientSecret = "machine-secret-1q2w3E*";
    public const string XWebhookSecret = "x-consumer-secret-for-tests";
    public const string LinkedInWebhookSecret = "linkedin-client-secret-for-tests";
    public const string FacebookWebhookSecret = "facebook-app-secret-for-tests";
    public const string FacebookVerifyToken = "facebook-verify-token-for-tests";
    public const string Password = "1q2w3E*";

    private PostgresCluster? _cluster;
    private PikarApp? _app;

    public string OwnerConnectionString { get; private set; } = "";

    public string AppConnectionString { get; private set; } = "";

    public PikarApp App => _app ?? throw new InvalidOperationException("The environment is not started.");

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Default"] = OwnerConnectionString,
        ["ConnectionStrings:App"] = AppConnectionString,
        ["Pikar:Auth:AllowPasswordGrant"] = "true",
        ["Pikar:Auth:MachineClients:0:ClientId"] = MachineClientId,
        ["Pikar:Auth:MachineClients:0:ClientSecret"] = MachineClientSecret,
        ["Pikar:Jobs:PollIntervalSeconds"] = "0.2",
        ["Pikar:Integrations:X:ConsumerSecret"] = XWebhookSecret,
        ["Pikar:Integrations:LinkedIn:ClientSecret"] = LinkedInWebhookSecret,
        ["Pikar:Integrations:Facebook:AppSecret"] = FacebookWebhookSecret,
        ["Pikar:Integrations:Facebook:VerifyToken"] = FacebookVerifyToken,
        ["Pikar:Jobs:WorkerCount"] = "2",
        ["Pikar:PlugIns:0"] = typeof(Probes.ProbeModule).AssemblyQualifiedName,
    };

    /// <summary>
    /// Another host on the same database, with some settings changed. Hangfire keeps its logger in
    /// process-wide state, so disposing the extra host hands it back to the shared one; tests that
    /// create extra hosts or run jobs share the <see cref="OneHostAtATime"/> so they never overlap.
    /// </summary>
    public ExtraHost CreateExtraHost(params (string Key, string Value)[] overrides) => CreateExtraHost(withPlugIns: true, overrides);

    /// <summary>An extra host exactly as the product ships: without the test plug-ins.</summary>
    public ExtraHost CreateProductHost() => CreateExtraHost(withPlugIns: false);

    private ExtraHost CreateExtraHost(bool withPlugIns, params (string Key, string Value)[] overrides)
    {
        var settings = Settings.ToDictionary();
        if (!withPlugIns)
        {
            settings.Remove("Pikar:PlugIns:0");
        }

        settings["Pikar:Jobs:RunServer"] = "false";
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return new ExtraHost(new PikarApp(settings), App);
    }

    public async ValueTask InitializeAsync()
    {
        _cluster = await PostgresCluster.StartAsync();
        OwnerConnectionString = _cluster.ConnectionString("pikar_tests");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Default"] = OwnerConnectionString,
            ["Pikar:Auth:MachineClients:0:ClientId"] = MachineClientId,
            ["Pikar:Auth:MachineClients:0:ClientSecret"] = MachineClientSecret,
        }).Build();
        AppConnectionString = PikarConnectionStrings.App(configuration);

        var environment = new TestHostEnvironment();
        await new DatabaseInstaller(configuration, environment, NullLoggerFactory.Instance).InstallAsync(includeDemoData: true, CancellationToken.None);
        _app = new PikarApp(Settings);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "Pikar.Tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
