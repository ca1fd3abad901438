//! `samples.parquet`: the table of every draw of a funding-risk run
//! ([`SampleTable`](crate::analyse::robust::table::SampleTable)), for analysts' tools (pandas,
//! DuckDB, R's arrow, polars).
//!
//! The bytes depend only on the table: one row group, the columns written one after another
//! (not in parallel), zstd at polars' default level, the writer's fixed `created_by`
//! ("Polars") and the Arrow schema as the only key-value metadata; no time stamp, path or host
//! name is written. The same run therefore gives the same file, whatever `--jobs` is.

use crate::error::OutputResult as Result;
use polars::prelude::{DataFrame, ParquetCompression, ParquetWriter, StatisticsOptions};

/// The Parquet file of `frame`.
pub fn write(frame: &DataFrame) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut frame = frame.clone();
    ParquetWriter::new(&mut bytes)
        .with_compression(ParquetCompression::Zstd(None))
        .with_statistics(StatisticsOptions::default())
        .with_row_group_size(Some(frame.height().max(1)))
        .set_parallel(false)
        .finish(&mut frame)?;
    Ok(bytes)
}
