use std::process::ExitCode;

use std::sync::Arc;

use clap::Parser;
use ecsemu::config::{Cli, Command, RuntimeChoice};
use ecsemu::runtime::Deferred;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = cli.config;
    let filter = EnvFilter::try_new(config.log_filter()).unwrap_or_else(|_| {
        eprintln!(
            "ecsemu: --log-level {:?} is neither a level nor a tracing directive; logging at info",
            config.log_level
        );
        EnvFilter::new(ecsemu::config::filter_for("info"))
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("ecsemu: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => runtime.block_on(serve(config)),
    }
}

/// Listens first, so the first request is answered at once, and chooses the runtime in the
/// background meanwhile: tasks wait for it, and an explicit runtime that is not there stops
/// ecsemu with a plain message.
async fn serve(config: ecsemu::config::Config) -> ExitCode {
    let listener = match TcpListener::bind(config.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("ecsemu: cannot listen on {}: {error}", config.listen);
            return ExitCode::FAILURE;
        }
    };
    let bound = listener.local_addr().unwrap_or(config.listen);
    let mut plane = config.plane();
    // Named after the port, so a restarted emulator finds (and removes) the containers its
    // predecessor on that port left, and emulators on other ports leave each other alone.
    plane.instance_id = format!("ecsemu-{}", bound.port());
    let (runtime, chooser) = Deferred::new();
    let settings = ecsemu::Settings {
        default_account: config.account_id.clone(),
        default_region: config.region.clone(),
        runtime_name: if config.runtime == RuntimeChoice::None {
            "none"
        } else {
            "choosing"
        }
        .to_owned(),
        plane,
        ..ecsemu::Settings::default()
    };
    let app = ecsemu::app(settings, Arc::new(runtime));
    tracing::info!(
        "ecsemu serving the ECS API on http://{bound} (account {}, region {})",
        config.account_id,
        config.region
    );
    let mut selection = tokio::spawn(async move {
        let environment = ecsemu::runtime::Host;
        ecsemu::runtime::choose(
            config.runtime,
            config.cli_binary.as_deref(),
            &environment,
            chooser,
        )
        .await
    });
    let mut failure = None;
    let stop = async {
        tokio::select! {
            () = shutdown_signal() => {}
            Ok(Err(message)) = &mut selection => failure = Some(message),
        }
    };
    app.serve(listener, stop).await;
    if let Some(message) = failure {
        eprintln!("ecsemu: {message}");
        return ExitCode::FAILURE;
    }
    tracing::info!("ecsemu stopped");
    ExitCode::SUCCESS
}

/// Completes on SIGINT or SIGTERM.
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let Ok(mut terminate) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        else {
            let _ = interrupt.await;
            return;
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
}
