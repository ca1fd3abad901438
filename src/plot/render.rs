//! Drawing one chart twice, into an SVG string and into a PNG image, from the same code.
//!
//! Each chart is a [`Figure`]: its canvas size and a `draw` function generic over the plotters
//! backend. Both outputs are deterministic: the same figure gives byte-identical files.

use super::{style, Chart};
use crate::error::{OutputError, OutputResult as Result};
use image::codecs::png::PngEncoder;
use image::{ColorType, ImageEncoder};
use plotters::coord::Shift;
use plotters::prelude::*;

/// What a chart's drawing code returns.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A chart that can draw itself on any plotters backend.
pub trait Figure {
    /// Canvas size in pixels (width, height), the same for SVG and PNG.
    fn size(&self) -> (u32, u32);
    /// Draws the chart on `root`, which is already white and `size()` large.
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB>;
}

/// Renders `figure` as SVG and PNG.
pub fn render<F: Figure>(name: &'static str, title: &str, figure: &F) -> Result<Chart> {
    style::register_fonts();
    let (width, height) = figure.size();
    let fail = |format: &str, e: &dyn std::fmt::Display| OutputError::Build {
        what: format!("cannot draw the chart '{name}' as {format}"),
        detail: e.to_string(),
    };

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        draw_on(&root, figure).map_err(|e| fail("SVG", &e))?;
    }

    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        draw_on(&root, figure).map_err(|e| fail("PNG", &e))?;
    }
    let mut png = Vec::new();
    PngEncoder::new(&mut png)
        .write_image(&rgb, width, height, ColorType::Rgb8)
        .map_err(|e| OutputError::Build {
            what: format!("cannot encode the chart '{name}' as PNG"),
            detail: e.to_string(),
        })?;

    Ok(Chart {
        name,
        title: title.to_string(),
        svg,
        png,
    })
}

/// White background, the figure, then flush.
fn draw_on<DB: DrawingBackend, F: Figure>(
    root: &DrawingArea<DB, Shift>,
    figure: &F,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    figure.draw(root)?;
    root.present()
}
