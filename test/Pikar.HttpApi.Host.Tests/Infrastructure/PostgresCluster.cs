using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pikar.HttpApi.Host.Tests.Infrastructure;

/// <summary>A throwaway PostgreSQL cluster made with the machine's initdb/pg_ctl, on a free loopback port.</summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly string _dataDir;

    private PostgresCluster(string binDir, string dataDir, int port)
    {
        _binDir = binDir;
        _dataDir = dataDir;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres";

    public static async Task<PostgresCluster> StartAsync()
    {
        var binDir = await FindBinDirAsync();
        var dataDir = Path.Combine(Path.GetTempPath(), "pikar-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres", dataDir], asPostgres: false);
        }

        var port = FreePort();
        var cluster = new PostgresCluster(binDir, dataDir, port);
        await RunAsync(Path.Combine(binDir, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        await RunAsync(Path.Combine(binDir, "pg_ctl"),
        [
            "-D", dataDir, "-w", "-l", Path.Combine(dataDir, "server.log"), "start",
            "-o", $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        ]);
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", _dataDir, "-m", "immediate", "stop"]);
        Directory.Delete(_dataDir, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task<string> FindBinDirAsync()
    {
        var fromPgConfig = (await RunAsync("pg_config", ["--bindir"], asPostgres: false, throwOnError: false)).Trim();
        if (File.Exists(Path.Combine(fromPgConfig, "initdb")))
        {
            return fromPgConfig;
        }

        return Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries (initdb, pg_ctl) were not found; run ./pikar test, which installs them.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string file, IReadOnlyList<string> args, bool asPostgres = true, bool throwOnError = true)
    {
        var start = asPostgres && IsRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && throwOnError)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
