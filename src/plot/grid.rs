//! The layout of a heat map (rows × columns of cells), shared by the funding matrix and the
//! selection matrix: row labels cut to fit on the left, column labels wrapped above, and the
//! pixel rectangle of every cell.

use super::parts::{self, Rect};
use super::render::DrawResult;
use super::style::{self, INK, LINE_HEIGHT, TICK_SIZE};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Widest row label before it is cut with "…".
const ROW_LABEL_WIDTH: i32 = 430;
/// Most lines of a column label.
const COLUMN_LABEL_LINES: usize = 3;

/// Where a heat map's labels and cells go.
#[derive(Debug, Clone)]
pub struct Grid {
    /// Row labels, cut to fit.
    pub rows: Vec<String>,
    /// Column labels, wrapped into lines.
    pub columns: Vec<Vec<String>>,
    /// The area covered by cells.
    pub cells: Rect,
    /// Cell width.
    pub cell_width: i32,
    /// Cell height.
    pub cell_height: i32,
}

impl Grid {
    /// Lays out `rows` × `columns` cells of the given size, with the top of the column labels at
    /// `top` and the row labels starting at `left`.
    pub fn new(
        rows: &[String],
        columns: &[String],
        (cell_width, cell_height): (i32, i32),
        (left, top): (i32, i32),
    ) -> Self {
        let rows: Vec<String> = rows
            .iter()
            .map(|r| style::truncate(r, TICK_SIZE, ROW_LABEL_WIDTH))
            .collect();
        let columns: Vec<Vec<String>> = columns
            .iter()
            .map(|c| style::wrap(c, TICK_SIZE, cell_width - 8, COLUMN_LABEL_LINES))
            .collect();
        let header_lines = columns.iter().map(Vec::len).max().unwrap_or(1) as i32;
        let x0 = left + parts::widest(rows.clone(), TICK_SIZE) + 12;
        let y0 = top + header_lines * LINE_HEIGHT + 10;
        let cells = Rect {
            x0,
            y0,
            x1: x0 + cell_width * columns.len() as i32,
            y1: y0 + cell_height * rows.len() as i32,
        };
        Grid {
            rows,
            columns,
            cells,
            cell_width,
            cell_height,
        }
    }

    /// The cell in row `row`, column `column`.
    pub fn cell(&self, row: usize, column: usize) -> Rect {
        let x0 = self.cells.x0 + self.cell_width * column as i32;
        let y0 = self.cells.y0 + self.cell_height * row as i32;
        Rect {
            x0,
            y0,
            x1: x0 + self.cell_width,
            y1: y0 + self.cell_height,
        }
    }

    /// A whole column.
    pub fn column(&self, column: usize) -> Rect {
        Rect {
            y0: self.cells.y0,
            y1: self.cells.y1,
            ..self.cell(0, column)
        }
    }

    /// Draws the row labels (right-aligned left of the cells) and the column labels (above the
    /// cells, bottom line just over them).
    pub fn draw_labels<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        for (r, label) in self.rows.iter().enumerate() {
            let (_, y) = self.cell(r, 0).centre();
            parts::text(
                root,
                label,
                (self.cells.x0 - 10, y),
                TICK_SIZE,
                INK,
                (HPos::Right, VPos::Center),
            )?;
        }
        for (c, lines) in self.columns.iter().enumerate() {
            let (x, _) = self.cell(0, c).centre();
            let first =
                self.cells.y0 - 10 - LINE_HEIGHT / 2 - (lines.len() as i32 - 1) * LINE_HEIGHT;
            parts::lines(root, lines, (x, first), INK)?;
        }
        Ok(())
    }

    /// Thin lines between cells and a frame around them.
    pub fn draw_lines<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        colour: RGBColor,
    ) -> DrawResult<DB> {
        for r in 0..=self.rows.len() {
            let y = self.cells.y0 + self.cell_height * r as i32;
            parts::line(root, (self.cells.x0, y), (self.cells.x1, y), colour, 1)?;
        }
        for c in 0..=self.columns.len() {
            let x = self.cells.x0 + self.cell_width * c as i32;
            parts::line(root, (x, self.cells.y0), (x, self.cells.y1), colour, 1)?;
        }
        Ok(())
    }

    /// Writes `label` centred in the cell if it fits, in a colour readable on `background`.
    pub fn cell_text<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        (row, column): (usize, usize),
        label: &str,
        background: RGBColor,
    ) -> DrawResult<DB> {
        let fits = style::text_width(label, style::SMALL_SIZE) <= self.cell_width - 6
            && self.cell_height >= 16;
        if !fits {
            return Ok(());
        }
        parts::text(
            root,
            label,
            self.cell(row, column).centre(),
            style::SMALL_SIZE,
            style::ink_on(background),
            (HPos::Center, VPos::Center),
        )
    }
}
