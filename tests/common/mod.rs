//! Helpers shared by the integration tests: writing small plans to a temporary folder.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A plan folder in a temporary directory, removed when dropped.
pub struct TempPlan {
    pub dir: tempfile::TempDir,
}

impl TempPlan {
    /// Creates a plan folder with the given tables (file name, CSV text).
    pub fn new(tables: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        fs::create_dir(dir.path().join("plan")).unwrap();
        for (name, text) in tables {
            fs::write(dir.path().join("plan").join(name), text).unwrap();
        }
        TempPlan { dir }
    }

    /// The plan folder.
    pub fn plan(&self) -> PathBuf {
        self.dir.path().join("plan")
    }

    /// Writes a scenario file next to the plan folder and returns its path.
    pub fn scenario(&self, name: &str, toml: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, toml).unwrap();
        path
    }
}

/// A file of the test data copied into the repository (`tests/data/`, each folder with the
/// `SOURCE.md` that says where it came from).
pub fn test_data(sub: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(sub);
    assert!(path.exists(), "test data missing: {}", path.display());
    path
}

/// Runs `fundmix <args>` in the repository folder; it must succeed. Returns its stdout.
pub fn fundmix_ok(args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "fundmix {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Copies the folder `from` (and everything in it) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// Every `.rs` file below `dir`, in name order, added to `found`.
pub fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every file under `dir` (relative path → bytes), sub-folders included.
pub fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let bytes = fs::read(&path).unwrap();
                files.insert(path.strip_prefix(root).unwrap().to_path_buf(), bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}
