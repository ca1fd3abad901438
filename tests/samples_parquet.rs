//! `samples.parquet` of `fundmix robust`, read back with polars: the same draws as samples.csv
//! and robust.json, typed, and the same bytes whatever `--jobs` is.

mod common;

use common::TempPlan;
use polars::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

/// A `must` action that only a grant paid half the time can fund (so about half the draws
/// have no plan), with an uncertain cost; a small action the municipality funds; a sponsor
/// that keeps its word half the time.
fn plan() -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,name,category,cost,cost_low,cost_high,impact_people,status\n\
             big,Needs the grant,works,100,90,130,10,must\n\
             small,Own money,works,10,,,1,\n",
        ),
        (
            "sources.csv",
            "id,name,kind,budget,eligible,award_probability\n\
             own,Municipality,own,15,,\n\
             grant,Grant,grant,120,works,0.5\n",
        ),
        (
            "partners.csv",
            "id,name,cash,eligible,commitment_probability\n\
             sponsor,Sponsor,5,works,0.5\n",
        ),
    ])
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs `fundmix robust` on `plan` into `out` with `extra` arguments.
fn robust(plan: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec!["robust", path(plan), "--samples", "40", "--out", path(out)];
    args.extend_from_slice(extra);
    common::fundmix_ok(&args);
}

fn read_parquet(file: &Path) -> DataFrame {
    ParquetReader::new(fs::File::open(file).unwrap())
        .finish()
        .unwrap()
}

/// The number in a JSON value (robust.json rounds to 4 decimals).
fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn samples_parquet_holds_every_draw_of_samples_csv_typed() {
    let plan = plan();
    let out = plan.dir.path().join("risk");
    robust(&plan.plan(), &out, &[]);
    let frame = read_parquet(&out.join("samples.parquet"));
    let csv = fs::read_to_string(out.join("samples.csv")).unwrap();
    let json: Value =
        serde_json::from_str(&fs::read_to_string(out.join("robust.json")).unwrap()).unwrap();

    // The columns of samples.csv, in its order and with its names, then the money per source.
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(
        header,
        [
            "sample",
            "paid_own",
            "paid_grant",
            "committed_sponsor",
            "has_plan",
            "objective",
            "own_eur",
            "cost_eur",
            "people",
            "scale_big",
            "scale_small",
            "cost_big"
        ]
    );
    let names: Vec<&str> = frame
        .get_column_names()
        .iter()
        .map(|n| n.as_str())
        .collect();
    assert_eq!(names[..header.len()], header[..]);
    assert_eq!(names[header.len()..], ["eur_own", "eur_grant"]);

    // Typed: the draw as an unsigned integer, yes/no as booleans, the rest as Float64.
    for (name, dtype) in frame.schema().iter() {
        let expected = match name.as_str() {
            "sample" => DataType::UInt64,
            n if n.starts_with("paid_") || n.starts_with("committed_") || n == "has_plan" => {
                DataType::Boolean
            }
            _ => DataType::Float64,
        };
        assert_eq!(dtype, &expected, "{name}");
    }

    // One row per draw, as samples.csv and robust.json.
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(frame.height(), 40);
    assert_eq!(rows.len(), 40);
    assert_eq!(json["samples"], 40);
    let draws = json["sample_list"].as_array().unwrap();
    assert_eq!(draws.len(), 40);

    // Every cell as samples.csv writes it (money to 2 decimals, the rest to 4): the same value,
    // unrounded.
    let without_plan = frame.column("objective").unwrap().null_count();
    assert!(
        (5..35).contains(&without_plan),
        "about half the draws have no plan: {without_plan}"
    );
    for (c, name) in header.iter().enumerate() {
        let column = frame.column(name).unwrap().as_materialized_series().clone();
        for (r, row) in rows.iter().enumerate() {
            let cell = row[c];
            match column.dtype() {
                DataType::Boolean => {
                    let value = column.bool().unwrap().get(r).unwrap();
                    assert_eq!(cell, if value { "1" } else { "0" }, "{name}, row {r}");
                }
                DataType::UInt64 => {
                    assert_eq!(column.u64().unwrap().get(r).unwrap().to_string(), cell);
                }
                _ => match column.f64().unwrap().get(r) {
                    None => {
                        assert_eq!((*name, cell), ("objective", ""), "row {r}");
                        assert_eq!(row[4], "0", "a draw without an objective has no plan");
                    }
                    Some(value) => {
                        let decimals = cell.split('.').nth(1).map_or(0, str::len);
                        let half_unit = 0.5 * 10f64.powi(-(decimals as i32));
                        let written: f64 = cell.parse().unwrap();
                        assert!(
                            (value - written).abs() <= half_unit + 1e-9,
                            "{name}, row {r}: {value} written as {cell}"
                        );
                    }
                },
            }
        }
    }

    // The money per source, draw by draw as robust.json has it; its mean is the expected money.
    for (k, source) in ["own", "grant"].iter().enumerate() {
        let eur = frame
            .column(&format!("eur_{source}"))
            .unwrap()
            .f64()
            .unwrap()
            .clone();
        for (r, draw) in draws.iter().enumerate() {
            let value = eur.get(r).unwrap();
            assert!(
                (value - num(&draw["source_eur"][k])).abs() < 1e-4,
                "{source}, {r}"
            );
        }
        let expected = num(&json["expected_source_eur"][k][2]);
        assert!((eur.mean().unwrap() - expected).abs() < 1e-4, "{source}");
    }
}

#[test]
fn the_figures_of_robust_json_follow_from_samples_parquet() {
    let plan = plan();
    let out = plan.dir.path().join("risk");
    robust(&plan.plan(), &out, &[]);
    let frame = read_parquet(&out.join("samples.parquet"));
    let json: Value =
        serde_json::from_str(&fs::read_to_string(out.join("robust.json")).unwrap()).unwrap();
    let close = |a: f64, b: f64, what: &str| assert!((a - b).abs() < 1e-4, "{what}: {a} vs {b}");
    let column = |name: &str| frame.column(name).unwrap().as_materialized_series().clone();
    let has_plan = column("has_plan");
    let has_plan = has_plan.bool().unwrap();
    let n = frame.height() as f64;
    close(
        has_plan.sum().unwrap() as f64 / n,
        num(&json["plan_share"]),
        "share with a plan",
    );
    // Core index: the share of draws in which the action's scale is above 0.
    for (a, action) in ["big", "small"].iter().enumerate() {
        let scale = column(&format!("scale_{action}"));
        let funded = scale
            .f64()
            .unwrap()
            .into_no_null_iter()
            .filter(|&s| s > 0.0)
            .count();
        close(funded as f64 / n, num(&json["core_index"][a][1]), action);
    }
    // Spreads over the draws with a plan: the mean and the nearest rank (the value at rank
    // ⌈q·n⌉ of the sorted values), worked out here by hand.
    for (name, key) in [
        ("objective", "objective"),
        ("own_eur", "own_eur"),
        ("cost_eur", "cost_eur"),
    ] {
        let values = column(name);
        let mut values: Vec<f64> = values
            .f64()
            .unwrap()
            .iter()
            .zip(has_plan.iter())
            .filter(|(_, planned)| planned.unwrap())
            .map(|(v, _)| v.unwrap())
            .collect();
        values.sort_by(f64::total_cmp);
        let rank = |q: f64| values[((q * values.len() as f64).ceil() as usize).max(1) - 1];
        let spread = &json[key];
        close(
            values.iter().sum::<f64>() / values.len() as f64,
            num(&spread["mean"]),
            key,
        );
        close(rank(0.05), num(&spread["p5"]), key);
        close(rank(0.5), num(&spread["p50"]), key);
        close(rank(0.95), num(&spread["p95"]), key);
    }
    // The mean drawn cost of the uncertain action, over every draw.
    let cost = column("cost_big");
    close(
        cost.f64().unwrap().mean().unwrap(),
        num(&json["cost_ranges"][0]["mean_eur"]),
        "cost_big",
    );
}

#[test]
fn samples_parquet_is_the_same_file_whatever_the_jobs() {
    let plan = plan();
    let file = |jobs: &str| {
        let out = plan.dir.path().join(format!("risk-{jobs}"));
        robust(&plan.plan(), &out, &["--jobs", jobs]);
        fs::read(out.join("samples.parquet")).unwrap()
    };
    let one = file("1");
    assert!(
        one.starts_with(b"PAR1") && one.ends_with(b"PAR1"),
        "a Parquet file"
    );
    assert_eq!(one, file("2"), "--jobs 1 and --jobs 2");
    let out = plan.dir.path().join("risk-again");
    robust(&plan.plan(), &out, &["--jobs", "1"]);
    assert_eq!(
        one,
        fs::read(out.join("samples.parquet")).unwrap(),
        "a second run"
    );
}

#[test]
fn an_indicator_named_like_another_column_gets_a_name_of_its_own() {
    // The indicator `objective` would repeat the objective's column: it becomes `objective_2`,
    // in samples.csv as in samples.parquet.
    let plan = TempPlan::new(&[
        ("actions.csv", "id,name,cost,impact_objective\na,A,10,3\n"),
        ("sources.csv", "id,name,kind,budget\nown,Own,own,10\n"),
    ]);
    let out = plan.dir.path().join("risk");
    robust(&plan.plan(), &out, &[]);
    let csv = fs::read_to_string(out.join("samples.csv")).unwrap();
    assert!(
        csv.starts_with("sample,paid_own,has_plan,objective,own_eur,objective_2,scale_a\n"),
        "{csv}"
    );
    let frame = read_parquet(&out.join("samples.parquet"));
    let names: Vec<&str> = frame
        .get_column_names()
        .iter()
        .map(|n| n.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "sample",
            "paid_own",
            "has_plan",
            "objective",
            "own_eur",
            "objective_2",
            "scale_a",
            "eur_own"
        ]
    );
    let reached = frame.column("objective_2").unwrap().f64().unwrap().clone();
    assert!(reached.into_no_null_iter().all(|v| v == 3.0));
}
