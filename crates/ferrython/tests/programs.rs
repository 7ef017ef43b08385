//! The program test suite: runs every `tests/programs/<area>/NAME.py` under the `ferrython` binary
//! and compares stdout, stderr and the exit status with `NAME.out`, `NAME.err` and `NAME.code`
//! (see tests/README.md for the conventions, which `tests/bless` shares).
//!
//! Programs listed in `tests/known_failures.txt` must still fail; a listed program that passes is
//! reported as a failure so that the list can only shrink. With `FERRYTHON_WRITE_KNOWN_FAILURES=1`
//! every trial passes and the list is rewritten with the programs that currently fail.
//!
//! Optional environment variables:
//! - `FERRYTHON_WRITE_KNOWN_FAILURES=1`: regenerate tests/known_failures.txt (see above).
//! - `FERRYTHON_TEST_TIMEOUT=S`: per-program timeout in seconds (default 10).
//! - `FERRYTHON_TEST_INTERP=CMD`: run programs with another interpreter binary instead of the
//!   freshly built `ferrython` (for checking the suite itself, e.g. against `python3.12`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};

const KNOWN_FAILURES: &str = "tests/known_failures.txt";
const DEFAULT_TIMEOUT_SECS: f64 = 10.0;
const MAX_DIFF_LINES: usize = 40;
const CONTEXT_LINES: usize = 3;

const KNOWN_FAILURES_HEADER: &str = "\
# Programs under tests/programs/ that Ferrython currently fails, one `<area>/<NAME>` per line.
#
# The program test suite (crates/ferrython/tests/programs.rs) expects every program listed here to
# still fail, and reports an error for a listed program that now passes: remove it from the list.
# So this list can only shrink. Do not add entries by hand to hide a regression.
#
# After a change to the VM, regenerate the list with:
#   FERRYTHON_WRITE_KNOWN_FAILURES=1 cargo test --release -p ferrython --test programs
";

/// One test program.
#[derive(Clone)]
struct Program {
    /// `<area>/<NAME>`
    name: String,
    /// The area folder (absolute).
    dir: PathBuf,
    /// `NAME` (without `.py`).
    stem: String,
}

struct Settings {
    interp: PathBuf,
    timeout: Duration,
    /// The workspace root (absolute).
    root: PathBuf,
}

fn main() {
    let args = Arguments::from_args();
    let root = workspace_root();
    let settings = Arc::new(Settings {
        interp: interpreter(),
        timeout: timeout(),
        root: root.clone(),
    });
    let write_mode = std::env::var("FERRYTHON_WRITE_KNOWN_FAILURES").is_ok_and(|v| v == "1");

    let programs = match discover(&root) {
        Ok(p) => p,
        Err(e) => {
            eprintln!(
                "cannot discover test programs under {}: {e}",
                root.display()
            );
            std::process::exit(2);
        }
    };
    let known = match read_known_failures(&root.join(KNOWN_FAILURES)) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("cannot read {KNOWN_FAILURES}: {e}");
            std::process::exit(2);
        }
    };

    // In write mode, each trial records whether its program failed.
    let results: Arc<Mutex<BTreeMap<String, bool>>> = Arc::default();
    let mut trials = Vec::with_capacity(programs.len() + 1);

    let names: BTreeSet<String> = programs.iter().map(|p| p.name.clone()).collect();
    {
        let known = known.clone();
        trials.push(Trial::test("known_failures.txt", move || {
            if write_mode {
                Ok(())
            } else {
                check_known_list(&known, &names)
            }
        }));
    }

    for program in programs {
        let settings = Arc::clone(&settings);
        let results = Arc::clone(&results);
        let listed = known.contains(&program.name);
        trials.push(Trial::test(program.name.clone(), move || {
            let outcome = run_and_compare(&program, &settings);
            if write_mode {
                results
                    .lock()
                    .unwrap()
                    .insert(program.name.clone(), outcome.is_err());
                return Ok(());
            }
            match (outcome, listed) {
                (Ok(()), false) => Ok(()),
                (Err(msg), false) => Err(msg.into()),
                (Err(_), true) => Ok(()),
                (Ok(()), true) => Err(format!(
                    "listed in {KNOWN_FAILURES} but now passes: remove it from the list"
                )
                .into()),
            }
        }));
    }

    let conclusion = libtest_mimic::run(&args, trials);

    if write_mode && !args.list {
        let results = results.lock().unwrap();
        // Programs that did not run (because of a filter) keep their old entry.
        let mut failing: BTreeSet<String> = known
            .iter()
            .filter(|n| program_exists(&settings.root, n) && !results.contains_key(*n))
            .cloned()
            .collect();
        failing.extend(
            results
                .iter()
                .filter(|(_, failed)| **failed)
                .map(|(n, _)| n.clone()),
        );
        let mut text = String::from(KNOWN_FAILURES_HEADER);
        text.push('\n');
        for name in &failing {
            text.push_str(name);
            text.push('\n');
        }
        let path = root.join(KNOWN_FAILURES);
        if let Err(e) = fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(2);
        }
        eprintln!(
            "wrote {KNOWN_FAILURES}: {} failing program(s) ({} run, {} kept from the old list)",
            failing.len(),
            results.len(),
            failing.len() - results.values().filter(|f| **f).count()
        );
    }

    conclusion.exit();
}

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

fn interpreter() -> PathBuf {
    match std::env::var_os("FERRYTHON_TEST_INTERP") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_ferrython")),
    }
}

fn timeout() -> Duration {
    let secs = std::env::var("FERRYTHON_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs_f64(secs)
}

fn program_exists(root: &Path, name: &str) -> bool {
    root.join("tests/programs")
        .join(format!("{name}.py"))
        .is_file()
}

/// Every `tests/programs/<area>/NAME.py` (not in subfolders of an area), sorted by name.
fn discover(root: &Path) -> std::io::Result<Vec<Program>> {
    let mut programs = Vec::new();
    for area in fs::read_dir(root.join("tests/programs"))? {
        let area = area?;
        if !area.file_type()?.is_dir() {
            continue;
        }
        let area_name = area.file_name().to_string_lossy().into_owned();
        if area_name.starts_with('.') {
            continue;
        }
        let dir = area.path();
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = file_name.strip_suffix(".py") else {
                continue;
            };
            if stem.is_empty() || !entry.file_type()?.is_file() {
                continue;
            }
            programs.push(Program {
                name: format!("{area_name}/{stem}"),
                dir: dir.clone(),
                stem: stem.to_string(),
            });
        }
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

/// The `<area>/<NAME>` entries of the known-failures list (a missing file is an empty list).
fn read_known_failures(path: &Path) -> std::io::Result<Vec<String>> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    Ok(text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

/// The list must name existing programs, each once.
fn check_known_list(known: &[String], names: &BTreeSet<String>) -> Result<(), Failed> {
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for name in known {
        if !seen.insert(name) {
            problems.push(format!("{name}: listed twice"));
        } else if !names.contains(name) {
            problems.push(format!(
                "{name}: no such program (expected tests/programs/{name}.py)"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{KNOWN_FAILURES}:\n  {}", problems.join("\n  ")).into())
    }
}

struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<ExitStatus>,
    timed_out: bool,
}

/// Runs the program and returns `Err(description)` if anything differs from the expectations.
fn run_and_compare(program: &Program, settings: &Settings) -> Result<(), String> {
    let base = program.dir.join(&program.stem);
    let expected_out = fs::read(base.with_extension("out"))
        .map_err(|e| format!("cannot read {}.out: {e}", program.stem))?;
    let expected_err = read_optional(&base.with_extension("err"))?;
    let expected_code = match read_optional(&base.with_extension("code"))? {
        None => 0,
        Some(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            text.trim()
                .parse::<i32>()
                .map_err(|_| format!("bad {}.code: {:?}", program.stem, text))?
        }
    };

    let run = run_program(program, settings)?;

    let mut stderr = run.stderr.clone();
    for dir in area_dir_spellings(&program.dir) {
        let mut prefix = dir.into_bytes();
        prefix.push(b'/');
        stderr = replace_all(&stderr, &prefix, b"");
    }

    let mut report = Vec::new();
    if run.timed_out {
        report.push(format!(
            "timed out after {:.1} s (killed)",
            settings.timeout.as_secs_f64()
        ));
    }
    let got_code = describe_status(run.status);
    if !run.timed_out && run.status.and_then(|s| s.code()) != Some(expected_code) {
        report.push(format!(
            "exit status differs: expected {expected_code}, got {got_code}"
        ));
    }
    if run.stdout != expected_out {
        report.push(diff_report(
            "stdout",
            &format!("{}.out", program.stem),
            &expected_out,
            &run.stdout,
        ));
    }
    let expected_err = expected_err.unwrap_or_default();
    if stderr != expected_err {
        report.push(diff_report(
            "stderr",
            &format!("{}.err", program.stem),
            &expected_err,
            &stderr,
        ));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "tests/programs/{}.py:\n{}",
            program.name,
            report.join("\n")
        ))
    }
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// The ways the interpreter may spell the area folder's absolute path: as given, and with
/// symlinks resolved (what `getcwd()` returns). The longer one is replaced first.
fn area_dir_spellings(dir: &Path) -> Vec<String> {
    let mut out = vec![dir.to_string_lossy().into_owned()];
    if let Ok(c) = dir.canonicalize() {
        let c = c.to_string_lossy().into_owned();
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

fn replace_all(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

fn describe_status(status: Option<ExitStatus>) -> String {
    match status {
        None => "no status".to_string(),
        Some(s) => match (s.code(), s.signal()) {
            (Some(c), _) => c.to_string(),
            (None, Some(sig)) => format!("killed by signal {sig}{}", signal_name(sig)),
            (None, None) => format!("{s}"),
        },
    }
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

unsafe extern "C" {
    /// POSIX `kill(2)` from the C library std already links.
    fn kill(pid: i32, sig: i32) -> i32;
}
const SIGKILL: i32 = 9;

/// Runs `INTERP NAME.py` in the area folder with the suite's environment, under the timeout.
fn run_program(program: &Program, settings: &Settings) -> Result<Run, String> {
    let mut cmd = Command::new(&settings.interp);
    cmd.arg(format!("{}.py", program.stem))
        .current_dir(&program.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONHOME")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONOPTIMIZE")
        .env_remove("PYTHONUNBUFFERED")
        // Own process group, so that a timeout kills anything the program started too.
        .process_group(0);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", settings.interp.display()))?;
    let pid = child.id() as i32;

    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let (tx, rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let (status, timed_out) = match rx.recv_timeout(settings.timeout) {
        Ok(status) => (status.ok(), false),
        Err(_) => {
            // SAFETY: plain syscall; the negative pid addresses the child's own process group.
            unsafe {
                kill(-pid, SIGKILL);
            }
            (rx.recv().ok().and_then(|s| s.ok()), true)
        }
    };
    let _ = waiter.join();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Run {
        stdout,
        stderr,
        status,
        timed_out,
    })
}

/// "stdout differs" plus a line diff of expected (-) against actual (+) around the first
/// difference, truncated to about `MAX_DIFF_LINES` lines.
fn diff_report(what: &str, expected_file: &str, expected: &[u8], actual: &[u8]) -> String {
    let exp_text = String::from_utf8_lossy(expected);
    let act_text = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp_text.split_inclusive('\n').collect();
    let act: Vec<&str> = act_text.split_inclusive('\n').collect();

    let prefix = exp.iter().zip(&act).take_while(|(a, b)| a == b).count();
    let max_suffix = exp.len().min(act.len()) - prefix;
    let suffix = exp
        .iter()
        .rev()
        .zip(act.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();

    let mut lines = Vec::new();
    let start = prefix.saturating_sub(CONTEXT_LINES);
    lines.push(format!(
        "--- expected {what} ({expected_file}, {} lines)",
        exp.len()
    ));
    lines.push(format!("+++ actual {what} ({} lines)", act.len()));
    lines.push(format!("@@ first difference at line {} @@", prefix + 1));
    for l in &exp[start..prefix] {
        lines.push(format!(" {}", show_line(l)));
    }
    for l in &exp[prefix..exp.len() - suffix] {
        lines.push(format!("-{}", show_line(l)));
    }
    for l in &act[prefix..act.len() - suffix] {
        lines.push(format!("+{}", show_line(l)));
    }
    let ctx_end = (exp.len() - suffix + CONTEXT_LINES).min(exp.len());
    for l in &exp[exp.len() - suffix..ctx_end] {
        lines.push(format!(" {}", show_line(l)));
    }
    if lines.len() == 3 {
        lines.push("(the difference is in bytes that are not valid UTF-8)".to_string());
    }
    if lines.len() > MAX_DIFF_LINES {
        let more = lines.len() - MAX_DIFF_LINES;
        lines.truncate(MAX_DIFF_LINES);
        lines.push(format!("... ({more} more diff lines)"));
    }
    format!("{what} differs:\n{}", lines.join("\n"))
}

/// A line without its newline; a missing final newline is made visible.
fn show_line(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(l) => l.to_string(),
        None => format!("{line}  [no newline at end]"),
    }
}
