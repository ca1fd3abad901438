//! Who has the staff time the plan needs, built once from a [`ScenarioResult`]: per owner of
//! `owners.csv`, and for the municipality's staff as a whole, the hours the funded actions need
//! in each period (less what partners give) against the hours there are. The workload chart
//! draws this.

use crate::i18n::Tr;
use crate::result::{ScenarioResult, StaffUse};
use crate::t;

/// Whose hours a panel counts.
#[derive(Debug, Clone, PartialEq)]
pub enum Whose {
    /// An owner of `owners.csv` (its name).
    Owner(String),
    /// The municipality's staff as a whole (the scenario's `staff_capacity`).
    AllStaff,
}

/// One panel: whose hours, and per period what is needed against what there is.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Whose hours.
    pub whose: Whose,
    /// Per period: hours left for the municipality's (or the owner's) staff once partners
    /// have given theirs.
    pub hours: Vec<f64>,
    /// Per period: the hours there are; `None` where there is no limit.
    pub capacity: Vec<Option<f64>>,
}

impl Panel {
    fn of(whose: Whose, staff: &[StaffUse]) -> Panel {
        Panel {
            whose,
            hours: staff.iter().map(|s| s.municipal_hours.max(0.0)).collect(),
            capacity: staff.iter().map(|s| s.capacity_hours).collect(),
        }
    }

    /// The panel's heading.
    pub fn label(&self, tr: &Tr) -> String {
        match &self.whose {
            Whose::Owner(name) => name.clone(),
            Whose::AllStaff => t!(tr, "workload-all-staff"),
        }
    }

    /// Whether period `p`'s hours are used in full (within half a percent, or an hour).
    pub fn full(&self, p: usize) -> bool {
        self.capacity[p].is_some_and(|c| self.hours[p] >= c - (0.005 * c).max(1.0) && c > 0.0)
    }
}

/// The workload of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Workload {
    /// Period labels.
    pub periods: Vec<String>,
    /// One panel per owner of owners.csv (in file order), then one for all the municipality's
    /// staff when the scenario limits it (or when there are no owners).
    pub panels: Vec<Panel>,
}

impl Workload {
    /// The workload of `result` (no panels without a plan).
    pub fn of(result: &ScenarioResult) -> Workload {
        let mut panels: Vec<Panel> = result
            .owners
            .iter()
            .map(|o| {
                let name = if o.name.trim().is_empty() {
                    o.owner.clone()
                } else {
                    o.name.clone()
                };
                Panel::of(Whose::Owner(name), &o.staff)
            })
            .collect();
        let limited = result.staff.iter().any(|s| s.capacity_hours.is_some());
        if limited || panels.is_empty() {
            panels.push(Panel::of(Whose::AllStaff, &result.staff));
        }
        if !result.has_plan() {
            panels.clear();
        }
        Workload {
            periods: result.periods.clone(),
            panels,
        }
    }

    /// Whether there is anything to show: some staff hours needed in some period.
    pub fn worth_showing(&self) -> bool {
        self.panels.iter().flat_map(|p| &p.hours).any(|&h| h > 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_has_a_panel_per_department_and_one_for_all_its_staff() {
        let result = crate::plot::testdata::baseline();
        let workload = Workload::of(result);
        // Six departments of owners.csv, then all staff against staff_capacity.
        assert_eq!(workload.panels.len(), 7);
        let all = workload.panels.last().unwrap();
        assert_eq!(all.whose, Whose::AllStaff);
        assert!(workload.worth_showing());
        for (p, staff) in result.staff.iter().enumerate() {
            assert_eq!(all.hours[p], staff.municipal_hours);
            assert_eq!(all.capacity[p], staff.capacity_hours);
            // Each department's hours within its own; together within all staff's.
            let departments: f64 = workload.panels[..6].iter().map(|d| d.hours[p]).sum();
            assert!(departments <= staff.municipal_hours + 1e-6);
        }
    }
}
