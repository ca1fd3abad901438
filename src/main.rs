//! The `fundmix` command: parse the command line, call the library, print the outcome, and set
//! the exit code.

use clap::Parser;
use fundmix::cli::{Cli, Command, ImportCommand, PbRule};
use fundmix::{Failure, SolveRequest};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Solve(args) => {
            let request = SolveRequest {
                input: args.input,
                out: args.out,
                options: fundmix::solve::SolveOptions {
                    mip_gap: args.mip_gap,
                    time_limit_seconds: args.time_limit,
                    show_progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
                    solver: args.solver.resolve(),
                },
                timings: !args.no_timings,
                frontier_points: args.frontier.map(|n| n as usize),
                xlsx: args.xlsx,
                export_model: args.export_model,
            };
            let show_timings = args.timings;
            let model_file = request.export_model.clone();
            fundmix::run_solve(&request).map(|solved| {
                print!("{}", fundmix::report::terminal_summary(&solved.result));
                if let Some(frontier) = &solved.frontier {
                    println!();
                    print!("{}", fundmix::report::frontier::frontier_text(frontier));
                }
                println!("Reports:  {}", solved.dir.display());
                if let (Some(file), Some(unit)) = (&model_file, solved.model_unit_eur) {
                    println!(
                        "Model:    {} (money in units of {} EUR)",
                        file.display(),
                        fundmix::report::number(unit, 0)
                    );
                }
                if show_timings {
                    print!("{}", solved.timings.text());
                }
                if solved.result.has_plan() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(3)
                }
            })
        }
        Command::Check(args) => fundmix::run_check(&args.input).map(|text| {
            print!("{text}");
            ExitCode::SUCCESS
        }),
        Command::Compare(args) => {
            let request = fundmix::compare::CompareRequest {
                inputs: args.inputs,
                out: args.out,
                jobs: args.jobs.map_or_else(fundmix::compare::default_jobs, |j| j as usize),
                options: fundmix::solve::SolveOptions {
                    mip_gap: args.mip_gap,
                    time_limit_seconds: args.time_limit,
                    show_progress: false,
                    solver: args.solver.resolve(),
                },
                timings: !args.no_timings,
                xlsx: args.xlsx,
            };
            fundmix::compare::run_compare(&request).map(|(results, dir)| {
                print!("{}", fundmix::compare::terminal_table(&results, &dir));
                ExitCode::SUCCESS
            })
        }
        Command::Explain(args) => {
            let request = fundmix::analysis::ExplainRequest {
                input: args.input,
                action: args.action,
                options: fundmix::solve::SolveOptions::default(),
            };
            fundmix::analysis::run_explain(&request).and_then(|explained| {
                use fundmix::analysis::Explained;
                if args.json {
                    let text = serde_json::to_string_pretty(&explained)
                        .map_err(|e| Failure::Fault(e.into()))?;
                    println!("{text}");
                } else {
                    let text = match &explained {
                        Explained::Action(e) => fundmix::report::explain::explanation_text(e),
                        Explained::NoPlan(d) => fundmix::report::explain::no_plan_text(d),
                    };
                    print!("{text}");
                }
                Ok(match explained {
                    Explained::Action(_) => ExitCode::SUCCESS,
                    Explained::NoPlan(_) => ExitCode::from(3),
                })
            })
        }
        Command::Frontier(args) => {
            let command = fundmix::analysis::FrontierCommand {
                input: args.input,
                source: args.source,
                all_sources: args.all_sources,
                max_points: args.max_points as usize,
                grid: args.grid.map(|g| g as usize),
                jobs: args.jobs.map_or_else(fundmix::compare::default_jobs, |j| j as usize),
                out: args.out,
            };
            fundmix::analysis::run_frontier(&command).map(|(frontier, dir)| {
                print!("{}", fundmix::report::frontier::frontier_text(&frontier));
                println!("Files:    {}", dir.display());
                if frontier.points.is_empty() {
                    ExitCode::from(3)
                } else {
                    ExitCode::SUCCESS
                }
            })
        }
        Command::Show(args) => fundmix::validate::load_scenario(&args.input)
            .map(|scenario| {
                print!("{}", fundmix::show::describe(&scenario));
                ExitCode::SUCCESS
            })
            .map_err(Failure::Input),
        Command::Init(args) => match (args.xlsx, args.dir) {
            (Some(file), _) => fundmix::init::xlsx::write_template_xlsx(&file).map(|()| {
                println!(
                    "Wrote a template workbook to {file}. Fill in its sheets (the instructions sheet says how), then run:\n  fundmix solve {file} --xlsx",
                    file = file.display()
                );
                ExitCode::SUCCESS
            }),
            (None, dir) => {
                let dir = dir.unwrap_or_default();
                fundmix::init::write_template(&dir).map(|()| {
                    println!(
                        "Wrote a template plan to {dir}. Fill in the tables in {dir}/plan, then run:\n  fundmix solve {dir}/scenario.toml",
                        dir = dir.display()
                    );
                    ExitCode::SUCCESS
                })
            }
        }
        .map_err(Failure::Fault),
        Command::Pb(args) => {
            let rule = match args.rule {
                PbRule::Greedy => fundmix::pb::Rule::Greedy,
                PbRule::Utilitarian => fundmix::pb::Rule::Utilitarian,
                PbRule::EqualShares => fundmix::pb::Rule::EqualShares,
            };
            fundmix::pb::run_pb(&args.file, rule).and_then(|(election, outcome)| {
                if args.json {
                    let json = fundmix::pb::report::outcome_json(&election, &outcome);
                    let text =
                        serde_json::to_string_pretty(&json).map_err(|e| Failure::Fault(e.into()))?;
                    println!("{text}");
                } else {
                    print!("{}", fundmix::pb::report::outcome_text(&election, &outcome));
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        Command::Import(ImportCommand::Pabulib(args)) => {
            fundmix::pb::run_import(&args.file, &args.out).map(|imported| {
                println!(
                    "Wrote {} actions and {} source(s) to {}. Solve it with:\n  fundmix solve {}",
                    imported.actions,
                    imported.sources.len(),
                    args.out.display(),
                    imported.scenario.display()
                );
                for note in &imported.notes {
                    println!("Note: {note}");
                }
                ExitCode::SUCCESS
            })
        }
        Command::Generate(args) => {
            let request = fundmix::generate::GenerateRequest {
                actions: args.actions as usize,
                sources: args.sources as usize,
                periods: args.periods as usize,
                partners: args.partners as usize,
                seed: args.seed,
            };
            fundmix::generate::write_generated(&request, &args.out)
                .map(|()| {
                    println!(
                        "Wrote an invented plan of {} actions to {dir}. Solve it with:\n  fundmix solve {dir}/scenario.toml",
                        request.actions,
                        dir = args.out.display()
                    );
                    ExitCode::SUCCESS
                })
                .map_err(Failure::Fault)
        }
    };
    outcome.unwrap_or_else(|failure| {
        eprintln!("Error: {failure:#}");
        ExitCode::from(failure.exit_code())
    })
}
