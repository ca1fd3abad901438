//! The look shared by every chart: the one font, text sizes, the palette, number labels, and
//! text fitting (measuring, truncating with "…", wrapping).
//!
//! Text is measured with the same embedded DejaVu Sans that draws the PNG, so a label that fits
//! in the PNG fits in the SVG too (browsers draw SVG text slightly smaller).

use crate::i18n::Tr;
use crate::t;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontStyle, IntoFont, RGBColor, TextStyle};
use std::sync::Once;

/// The only font family charts use (embedded, registered by [`register_fonts`]).
pub const FONT: &str = "DejaVu Sans";

/// Chart title.
pub const TITLE_SIZE: f64 = 22.0;
/// Panel titles, axis units and the subtitle.
pub const LABEL_SIZE: f64 = 15.0;
/// Tick labels, row and column labels, legend entries.
pub const TICK_SIZE: f64 = 14.0;
/// Values written on bars and in cells.
pub const SMALL_SIZE: f64 = 13.0;
/// Height of one line of [`TICK_SIZE`] text, with spacing.
pub const LINE_HEIGHT: i32 = 17;

/// Space around the whole chart.
pub const MARGIN: i32 = 20;
/// Height taken by the title and the subtitle below it.
pub const HEADER_HEIGHT: i32 = 62;

/// Text colour.
pub const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Secondary text (subtitles, notes).
pub const MUTED: RGBColor = RGBColor(0x5f, 0x5f, 0x5f);
/// Axis lines.
pub const AXIS: RGBColor = RGBColor(0x80, 0x80, 0x80);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(0xe3, 0xe3, 0xe3);
/// Background of scenarios that have no plan.
pub const NO_PLAN: RGBColor = RGBColor(0xe6, 0xe6, 0xe6);
/// Hatching over scenarios that have no plan.
pub const NO_PLAN_HATCH: RGBColor = RGBColor(0xb4, 0xb4, 0xb4);
/// Targets (dashed lines).
pub const TARGET: RGBColor = RGBColor(0xb2, 0x18, 0x2b);
/// Bars that are not money from a source (indicator values).
pub const NEUTRAL: RGBColor = RGBColor(0x5b, 0x6b, 0x7c);
/// Budget still available (behind the used part of a source's bar).
pub const AVAILABLE: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

/// Colours of sources and partners, by their index (sources in plan order, then partners):
/// Tableau 10, which stays distinguishable for most colour-blind readers.
const PALETTE: [RGBColor; 10] = [
    RGBColor(0x4e, 0x79, 0xa7),
    RGBColor(0xf2, 0x8e, 0x2b),
    RGBColor(0x59, 0xa1, 0x4f),
    RGBColor(0xe1, 0x57, 0x59),
    RGBColor(0x76, 0xb7, 0xb2),
    RGBColor(0xed, 0xc9, 0x48),
    RGBColor(0xb0, 0x7a, 0xa1),
    RGBColor(0xff, 0x9d, 0xa7),
    RGBColor(0x9c, 0x75, 0x5f),
    RGBColor(0xba, 0xb0, 0xac),
];

/// Registers DejaVu Sans (regular and bold) under [`FONT`], once per process. Drawing text into
/// a PNG without a registered font panics, so every render calls this first.
pub fn register_fonts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The bytes are the font bundled with the `dejavu` crate: they always parse.
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular());
        let _ = plotters::style::register_font(FONT, FontStyle::Bold, dejavu::sans::bold());
    });
}

/// The colour of the source or partner with this index (sources first, then partners).
pub fn payer_colour(index: usize) -> RGBColor {
    let RGBColor(r, g, b) = PALETTE[index % PALETTE.len()];
    // After ten payers, repeat the palette darker, so colours stay distinct.
    let round = (index / PALETTE.len()) as f64;
    let keep = 0.65f64.powf(round);
    let dim = |c: u8| (f64::from(c) * keep).round() as u8;
    RGBColor(dim(r), dim(g), dim(b))
}

/// Mixes `from` and `to`: `t` = 0 gives `from`, 1 gives `to`.
pub fn mix(from: RGBColor, to: RGBColor, t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let channel = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    RGBColor(
        channel(from.0, to.0),
        channel(from.1, to.1),
        channel(from.2, to.2),
    )
}

/// Shade of an amount in a heat map, `t` in 0..=1 of the largest amount: white to dark blue.
pub fn heat(t: f64) -> RGBColor {
    const LIGHT: RGBColor = RGBColor(0xff, 0xff, 0xff);
    const MID: RGBColor = RGBColor(0x8f, 0xbc, 0xdb);
    const DARK: RGBColor = RGBColor(0x08, 0x30, 0x6b);
    if t <= 0.5 {
        mix(LIGHT, MID, t * 2.0)
    } else {
        mix(MID, DARK, (t - 0.5) * 2.0)
    }
}

/// Readable text colour on a background: white on dark, ink on light.
pub fn ink_on(background: RGBColor) -> RGBColor {
    let RGBColor(r, g, b) = background;
    let luminance = 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b);
    if luminance < 140.0 {
        RGBColor(0xff, 0xff, 0xff)
    } else {
        INK
    }
}

/// The chart font at `size`.
pub fn font(size: f64) -> FontDesc<'static> {
    (FONT, size).into_font()
}

/// The bold chart font at `size`.
pub fn bold_font(size: f64) -> FontDesc<'static> {
    (FONT, size, FontStyle::Bold).into_font()
}

/// Text at `size` in `colour`, anchored at (`h`, `v`) of its box.
pub fn text(size: f64, colour: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    font(size).color(&colour).pos(Pos::new(h, v))
}

/// Width in pixels of `label` at `size`.
pub fn text_width(label: &str, size: f64) -> i32 {
    font(size)
        .box_size(label)
        .map_or(label.chars().count() as i32 * size as i32, |(w, _)| {
            w as i32
        })
}

/// Width in pixels of `label` in the bold chart font at `size`.
pub fn bold_width(label: &str, size: f64) -> i32 {
    bold_font(size)
        .box_size(label)
        .map_or(text_width(label, size) * 11 / 10, |(w, _)| w as i32)
}

/// The regular width that makes `label` at most `max_width` pixels wide in bold (`truncate`
/// measures regular text).
fn regular_for_bold(label: &str, size: f64, max_width: i32) -> i32 {
    let regular = text_width(label, size).max(1);
    let bold = bold_width(label, size).max(regular);
    max_width * regular / bold
}

/// `label` cut like [`truncate`] so that it is at most `max_width` pixels wide in bold.
pub fn truncate_bold(label: &str, size: f64, max_width: i32) -> String {
    truncate(label, size, regular_for_bold(label, size, max_width))
}

/// `label` in bold on one line if it is at most `max_width` pixels wide, else on two: broken
/// at the last space that lets the first line fit, never inside a number (`1 500`), the second
/// line cut with "…" if it is still too wide.
pub fn two_lines_bold(label: &str, size: f64, max_width: i32) -> Vec<String> {
    if bold_width(label, size) <= max_width {
        return vec![label.to_string()];
    }
    let chars: Vec<char> = label.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let first_fits = |i: usize| {
        let first: String = chars[..i].iter().collect();
        bold_width(first.trim_end(), size) <= max_width
    };
    let split = (1..chars.len())
        .filter(|&i| chars[i] == ' ' && !(digit(i - 1) && digit(i + 1)))
        .take_while(|&i| first_fits(i))
        .last();
    match split {
        Some(i) => {
            let first: String = chars[..i].iter().collect();
            let rest: String = chars[i + 1..].iter().collect();
            vec![
                first.trim_end().to_string(),
                truncate_bold(rest.trim_start(), size, max_width),
            ]
        }
        None => vec![truncate_bold(label, size, max_width)],
    }
}

/// `label`, cut and ended with "…" so that it is at most `max_width` pixels wide at `size`.
pub fn truncate(label: &str, size: f64, max_width: i32) -> String {
    if text_width(label, size) <= max_width {
        return label.to_string();
    }
    let chars: Vec<char> = label.chars().collect();
    // The longest prefix that fits with the ellipsis (binary search: width grows with length).
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect();
        if text_width(&format!("{}…", candidate.trim_end()), size) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let kept: String = chars[..lo].iter().collect();
    format!("{}…", kept.trim_end())
}

/// `label` wrapped at spaces into at most `max_lines` lines of at most `max_width` pixels;
/// a word too long for a line, or text left over, is cut with "…".
pub fn wrap(label: &str, size: f64, max_width: i32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut words = label.split_whitespace();
    while let Some(word) = words.next() {
        let joined = match lines.last() {
            Some(last) if !last.is_empty() => format!("{last} {word}"),
            _ => word.to_string(),
        };
        if lines.is_empty() {
            lines.push(joined);
        } else if text_width(&joined, size) <= max_width {
            *lines.last_mut().expect("a line exists") = joined;
        } else if lines.len() < max_lines {
            lines.push(word.to_string());
        } else {
            // Out of lines: what is left goes on the last line and is cut below.
            let rest: Vec<&str> = std::iter::once(word).chain(words.by_ref()).collect();
            let last = lines.last_mut().expect("a line exists");
            *last = format!("{last} {}", rest.join(" "));
            break;
        }
    }
    lines
        .iter()
        .map(|line| truncate(line, size, max_width))
        .collect()
}

/// Whole euros with spaces between thousands: `1 234 567`.
pub fn eur(tr: &Tr, value: f64) -> String {
    tr.number(value, 0)
}

/// An amount in thousands for small spaces: `64k`, `1 250k`, `0.5k` (Latvian `0,5k`).
pub fn eur_k(tr: &Tr, value: f64) -> String {
    let k = value / 1000.0;
    let decimals = if k.abs() >= 9.95 || (k - k.round()).abs() < 0.05 {
        0
    } else {
        1
    };
    t!(tr, "chart-thousands", amount = tr.number(k, decimals))
}

/// Tick values from 0 to at least `max`: at most 8 steps of 1, 2 or 5 times a power of ten,
/// the smallest such step, so the axis ends close above `max`; just 0 and 1 when `max` is 0.
pub fn ticks(max: f64) -> Vec<f64> {
    if !(max.is_finite() && max > 0.0) {
        // Nothing to show: a bare axis from 0 to 1.
        return vec![0.0, 1.0];
    }
    let raw = max / 5.0;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|step| max / step <= 8.0)
        .unwrap_or(10.0 * power);
    let steps = (max / step - 1e-9).ceil().max(1.0) as usize;
    (0..=steps).map(|i| i as f64 * step).collect()
}

/// An indicator's name for people: `seniors_trained` → `Seniors trained`.
pub fn humanise(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_only_what_does_not_fit() {
        register_fonts();
        assert_eq!(truncate("Short", TICK_SIZE, 200), "Short");
        let cut = truncate(
            "A very long action name that will never fit",
            TICK_SIZE,
            120,
        );
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, TICK_SIZE) <= 120);
    }

    #[test]
    fn wraps_into_at_most_the_lines_given() {
        register_fonts();
        let lines = wrap("ESF+ rejected and less staff time", TICK_SIZE, 90, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| text_width(l, TICK_SIZE) <= 90));
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap("Baseline", TICK_SIZE, 90, 3), vec!["Baseline"]);
    }

    #[test]
    fn a_bold_heading_too_wide_goes_on_two_lines_with_its_numbers_whole() {
        register_fonts();
        let heading = "Eservice users helped: elastīga mērķvērtība 3 500";
        assert_eq!(two_lines_bold(heading, LABEL_SIZE, 600), vec![heading]);
        let width = bold_width("Eservice users helped: elastīga mērķvērtība 3", LABEL_SIZE) + 2;
        let lines = two_lines_bold(heading, LABEL_SIZE, width);
        assert_eq!(
            lines,
            ["Eservice users helped: elastīga mērķvērtība", "3 500"]
        );
        assert!(lines.iter().all(|l| bold_width(l, LABEL_SIZE) <= width));
    }

    #[test]
    fn ticks_cover_the_maximum_with_round_steps() {
        assert_eq!(ticks(674_000.0).last().copied(), Some(700_000.0));
        assert_eq!(ticks(1_830_000.0).last().copied(), Some(2_000_000.0));
        assert_eq!(ticks(10.0), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(ticks(0.0), vec![0.0, 1.0]);
    }

    #[test]
    fn thousands_labels_are_short() {
        let tr = crate::i18n::Lang::En.tr();
        assert_eq!(eur_k(tr, 64_000.0), "64k");
        assert_eq!(eur_k(tr, 1_250_000.0), "1 250k");
        assert_eq!(eur_k(tr, 4_200.0), "4.2k");
        assert_eq!(eur_k(tr, 500.0), "0.5k");
        assert_eq!(eur_k(crate::i18n::Lang::Lv.tr(), 4_200.0), "4,2k");
    }

    #[test]
    fn payer_colours_repeat_darker() {
        assert_eq!(payer_colour(0), PALETTE[0]);
        assert_ne!(payer_colour(10), payer_colour(0));
    }
}
