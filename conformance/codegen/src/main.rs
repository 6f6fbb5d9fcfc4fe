//! Regenerates `src/wire/model.rs` from the pinned model. Run from the workspace root:
//! `cargo run -p ecsemu-codegen`.

use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ecsemu-codegen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let text = std::fs::read_to_string(ecsemu_codegen::MODEL_PATH).map_err(|e| {
        format!(
            "{}: {e} (run from the workspace root)",
            ecsemu_codegen::MODEL_PATH
        )
    })?;
    let model = serde_json::from_str(&text).map_err(|e| format!("model: {e}"))?;
    let source = ecsemu_codegen::render(&model)?;
    std::fs::write(ecsemu_codegen::OUTPUT_PATH, source)
        .map_err(|e| format!("{}: {e}", ecsemu_codegen::OUTPUT_PATH))?;
    println!("wrote {}", ecsemu_codegen::OUTPUT_PATH);
    Ok(())
}
