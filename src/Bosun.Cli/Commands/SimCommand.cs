using System.CommandLine;
using System.Runtime.InteropServices;
using Bosun.Cli.Output;
using Bosun.Core.Diagnostics;
using Bosun.Kube.Emulator;
using Bosun.Kube.Emulator.Diagnostics;
using Bosun.Kube.Emulator.Hosting;
using Bosun.Kube.Emulator.Simulation;
using Bosun.Kube.Emulator.Store;

namespace Bosun.Cli.Commands;

/// <summary>
/// <c>bosun sim [--port N] [--state FILE] [--kubeconfig PATH]</c>: runs the simulated Kubernetes API server on
/// 127.0.0.1 until Ctrl-C, writes a kubeconfig with the context <c>bosun-sim</c>, optionally keeps the cluster in a
/// state file. No workload really runs.
/// </summary>
internal static class SimCommand
{
    public static Command Create(CliContext context, GlobalOptions globals)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: any free port)", HelpName = "N" };
        var state = new Option<string?>("--state") { Description = "Load the cluster from FILE and save it back (on exit and every few seconds)", HelpName = "FILE" };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Where to write the kubeconfig (default: ./bosun-sim.kubeconfig)", HelpName = "PATH" };
        var readyAfter = new Option<string?>("--ready-after") { Description = "How long simulated workloads take to become ready (default 1s)", HelpName = "DURATION" };
        var command = new Command("sim", "Run a simulated Kubernetes API server (no workloads really run)");
        command.Options.Add(port);
        command.Options.Add(state);
        command.Options.Add(kubeconfig);
        command.Options.Add(readyAfter);
        command.SetAction(async (parse, _) =>
        {
            var output = new CommandOutput(context.Console, globals.Read(parse));
            var delay = TimeSpan.FromSeconds(1);
            if (parse.GetValue(readyAfter) is { } text)
            {
                delay = SimKnobs.ParseDuration(text) ?? throw CoreErrors.Usage.Create($"invalid --ready-after {text}: use e.g. 2s, 500ms, 1m").ToException();
            }

            string? statePath = parse.GetValue(state) is { } s ? context.ResolvePath(s) : null;
            string configPath = context.ResolvePath(parse.GetValue(kubeconfig) ?? "bosun-sim.kubeconfig");
            var emulator = new KubeEmulator(new EmulatorOptions { DefaultReadyAfter = delay });
            if (statePath is not null)
            {
                StateFile.Load(emulator.Store, statePath);
                emulator.Controllers.Resync();
            }

            var server = new EmuServer(emulator);
            try
            {
                await server.StartAsync(parse.GetValue(port), context.CancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                emulator.Dispose();
                throw EmulatorErrors.PortUnavailable.Create(parse.GetValue(port), ex.Message).ToException();
            }

            await using (server.ConfigureAwait(false))
            {
                server.WriteKubeconfig(configPath);
                output.WriteMessage($"bosun sim: simulated Kubernetes API server on {server.BaseUrl}");
                output.WriteMessage($"kubeconfig written to {configPath} (context bosun-sim)");
                output.WriteMessage($"  export KUBECONFIG={configPath}");
                output.WriteMessage("NOTE: this is a simulation. No container, Pod or workload really runs: simulated controllers only write the status a real cluster would report.");
                if (statePath is not null)
                {
                    output.WriteMessage($"state: {statePath}");
                }

                output.WriteMessage("Press Ctrl-C to stop.");

                // Ctrl-C cancels the context; SIGTERM (docker stop, systemd) must stop the server the same way.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
                using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
                {
                    signal.Cancel = true;
                    stop.Cancel();
                });
                try
                {
                    while (!stop.Token.IsCancellationRequested)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(3), stop.Token).ConfigureAwait(false);
                        if (statePath is not null)
                        {
                            StateFile.Save(emulator.Store, statePath);
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                }

                if (statePath is not null)
                {
                    StateFile.Save(emulator.Store, statePath);
                }

                output.WriteMessage("bosun sim: stopped");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
