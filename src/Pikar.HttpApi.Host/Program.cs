using Pikar.HttpApi.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddPikarHost();

var app = builder.Build();
await app.UsePikarHostAsync();
await app.RunAsync();

/// <summary>The entry point, public for the test host.</summary>
public partial class Program;
