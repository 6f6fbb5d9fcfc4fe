//! The README's operation and flag tables stay true.

use std::collections::BTreeMap;

use clap::CommandFactory;
use ecsemu::wire::Operation;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md is readable")
}

/// The rows of the table that follows `heading`: first cell -> second cell.
fn table_after(text: &str, heading: &str) -> BTreeMap<String, String> {
    let section = text
        .split(heading)
        .nth(1)
        .unwrap_or_else(|| panic!("README has no {heading:?} section"));
    section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            (
                cells[0].to_owned(),
                cells.get(1).copied().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn the_operation_table_lists_every_operation_as_it_is() {
    let table = table_after(&readme(), "## Supported operations");
    let mut wrong = Vec::new();
    for operation in Operation::ALL {
        let implemented = ecsemu::ops::IMPLEMENTED.contains(&operation);
        let expected = if implemented { "yes" } else { "not yet" };
        match table.get(operation.name()) {
            Some(said) if said == expected => {}
            said => wrong.push(format!(
                "{}: README says {said:?}, server: {expected}",
                operation.name()
            )),
        }
    }
    assert_eq!(
        table.len(),
        Operation::ALL.len(),
        "one row per model operation"
    );
    assert!(
        wrong.is_empty(),
        "README operation table is stale:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_flag_table_lists_every_flag() {
    let table = table_after(&readme(), "## Flags");
    let command = ecsemu::config::Cli::command();
    for argument in command.get_arguments() {
        let Some(long) = argument.get_long() else {
            continue;
        };
        if matches!(long, "help" | "version") {
            continue;
        }
        let flag = format!("`--{long}`");
        let row = table.get(&flag);
        assert!(row.is_some(), "README's flag table lacks {flag}");
        if let Some(env) = argument.get_env() {
            let env = format!("`{}`", env.to_string_lossy());
            assert_eq!(row, Some(&env), "README gives {flag} the wrong variable");
        }
    }
}
