//! A long solve's progress on the terminal: after the first second, one line on stderr that
//! says how long it has run, the best plan found so far and how far from the best possible it
//! may still be, refreshed from HiGHS's callbacks; erased when the stage ends. Nothing of it
//! goes into files or a pipe (only a terminal gets it), and it does not change the search.

use crate::t;
use std::ffi::{c_char, c_int, c_void};
use std::io::Write;
use std::time::{Duration, Instant};

/// What the line shows, and when it was last drawn.
pub(super) struct Progress {
    /// The stage, in plain words ("solve: most impact").
    label: String,
    /// What the solver's objective was multiplied by (see `stage::objective_factor`): the
    /// line shows the objective divided back.
    factor: f64,
    started: Instant,
    last_drawn: Option<Instant>,
}

/// How long a stage runs before its progress is shown, and how often the line is redrawn.
const QUIET_FOR: Duration = Duration::from_secs(1);
const REDRAW_EVERY: Duration = Duration::from_millis(250);

impl Progress {
    pub(super) fn new(label: &str, factor: f64) -> Self {
        Progress {
            label: label.to_string(),
            factor,
            started: Instant::now(),
            last_drawn: None,
        }
    }

    fn draw(&mut self, best: f64, bound: f64, gap: f64) {
        let now = Instant::now();
        if now.duration_since(self.started) < QUIET_FOR
            || self
                .last_drawn
                .is_some_and(|t| now.duration_since(t) < REDRAW_EVERY)
        {
            return;
        }
        self.last_drawn = Some(now);
        let elapsed = now.duration_since(self.started).as_secs_f64();
        // The command's language (the solve runs on the command's thread when it shows progress).
        let tr = crate::i18n::input_tr();
        let label = crate::timings::step_words(tr, &self.label);
        let seconds = tr.fixed(elapsed, 0);
        let line = if best.is_finite() {
            let gap = if gap.is_finite() {
                tr.percent(gap, 2)
            } else {
                t!(tr, "progress-gap-unknown")
            };
            t!(
                tr,
                "progress-line",
                step = label,
                seconds = seconds,
                best = tr.fixed(best / self.factor, 2),
                bound = tr.fixed(bound / self.factor, 2),
                gap = gap
            )
        } else {
            t!(tr, "progress-no-plan", step = label, seconds = seconds)
        };
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
    }

    /// Erases the line, if one was drawn.
    pub(super) fn finish(&self) {
        if self.last_drawn.is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}

/// Called by HiGHS during the branch and bound with the search's state.
///
/// # Safety
/// HiGHS passes a valid `data_out` for the MIP callbacks, and `user` is the `Progress` given to
/// [`attach`], alive and not otherwise borrowed while the solve runs.
unsafe extern "C" fn on_callback(
    _kind: c_int,
    _message: *const c_char,
    data_out: *const highs_sys::HighsCallbackDataOut,
    _data_in: *mut highs_sys::HighsCallbackDataIn,
    user: *mut c_void,
) {
    if data_out.is_null() || user.is_null() {
        return;
    }
    // SAFETY: see the function's contract.
    let (out, progress) = unsafe { (&*data_out, &mut *(user as *mut Progress)) };
    progress.draw(out.mip_primal_bound, out.mip_dual_bound, out.mip_gap);
}

/// Lets HiGHS report the MIP search of `model` to `progress`.
///
/// # Safety
/// `progress` must stay alive, and not move, until the solve of `model` has returned.
pub(super) unsafe fn attach(model: &mut highs::Model, progress: &mut Progress) {
    let ptr = model.as_mut_ptr();
    // SAFETY: a live HiGHS instance; the callback's contract is the caller's.
    unsafe {
        highs_sys::Highs_setCallback(
            ptr,
            Some(on_callback),
            progress as *mut Progress as *mut c_void,
        );
        highs_sys::Highs_startCallback(ptr, highs_sys::kHighsCallbackMipInterrupt as _);
    }
}
