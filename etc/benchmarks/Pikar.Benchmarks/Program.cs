using BenchmarkDotNet.Running;

// The kernel's hot paths, measured in process without a database: dotnet run -c Release -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
