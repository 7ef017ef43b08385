//! "Did you mean" hints appended to NameError and AttributeError messages when a traceback
//! is printed, as CPython 3.12 does: the closest known name by an edit distance in which a
//! change of case costs half a character change, accepted when at most about a third of the
//! characters differ.

use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

const MOVE: usize = 2;
const CASE: usize = 1;
const MAX_NAME: usize = 40;
const MAX_CANDIDATES: usize = 750;

/// Modules a NameError may mean were not imported.
const STDLIB_MODULES: &[&str] = &[
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bisect",
    "calendar",
    "collections",
    "contextlib",
    "copy",
    "csv",
    "dataclasses",
    "datetime",
    "decimal",
    "dis",
    "enum",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "glob",
    "hashlib",
    "heapq",
    "inspect",
    "io",
    "itertools",
    "json",
    "logging",
    "math",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "pprint",
    "queue",
    "random",
    "re",
    "shlex",
    "shutil",
    "socket",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "traceback",
    "types",
    "typing",
    "unittest",
    "uuid",
    "warnings",
    "weakref",
];

fn substitution(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE
    } else {
        MOVE
    }
}

/// Edit distance between `a` and `b`, or `max + 1` once it is known to exceed `max`.
fn distance(a: &str, b: &str, max: usize) -> usize {
    if a == b {
        return 0;
    }
    let (mut a, mut b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    a.drain(..prefix);
    b.drain(..prefix);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a.truncate(a.len() - suffix);
    b.truncate(b.len() - suffix);
    if a.is_empty() || b.is_empty() {
        return MOVE * (a.len() + b.len());
    }
    if a.len() > MAX_NAME || b.len() > MAX_NAME {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut diag = bi * MOVE;
        result = diag;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution(bc, ac);
            diag = row[ai];
            let insert_delete = result.min(diag) + MOVE;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// The closest candidate to `wrong`, if close enough.
fn closest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES || wrong.chars().count() > MAX_NAME {
        return None;
    }
    let wlen = wrong.chars().count();
    let mut best = usize::MAX;
    let mut found = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let limit = ((c.chars().count() + wlen + 3) * MOVE / 6).min(best.saturating_sub(1));
        let d = distance(wrong, c, limit);
        if d > limit {
            continue;
        }
        if found.is_none() || d < best {
            found = Some(c.clone());
            best = d;
        }
    }
    found
}

fn keys(d: &Value) -> Vec<String> {
    d.downcast::<PyDict>()
        .map(|d| {
            d.items()
                .into_iter()
                .filter_map(|(k, _)| str_of(&k).map(|s| s.to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// The text to append to the message of `e` (`. Did you mean: 'x'?`), if any.
pub fn hint(vm: &mut Vm, e: &Value) -> Option<String> {
    let x = e.downcast::<PyException>()?;
    let (name, obj) = x.detail.borrow().clone()?;
    let wrong = str_of(&name)?.to_string();
    let err = PyErr(e.clone());
    if vm.exc_matches(&err, "AttributeError") {
        let obj = obj?;
        let dir = vm.dict_get_name(&vm.builtins.clone(), "dir")?;
        let listing = vm.call(&dir, std::slice::from_ref(&obj), &[]).ok()?;
        let names: Vec<String> = vm
            .collect(&listing)
            .ok()?
            .iter()
            .filter_map(|v| str_of(v).map(|s| s.to_string()))
            .collect();
        return closest(&wrong, &names).map(|s| format!(". Did you mean: '{s}'?"));
    }
    if vm.exc_matches(&err, "NameError") {
        // The innermost frame's names: locals, then globals, then builtins.
        let mut tb = x.traceback.borrow().clone();
        let mut last = None;
        while let Some(t) = tb {
            let next = t.downcast::<PyTraceback>()?.next.borrow().clone();
            last = Some(t);
            tb = next;
        }
        let mut names: Vec<String> = Vec::new();
        if let Some(t) = &last {
            let tbo = t.downcast::<PyTraceback>()?;
            let bc = &tbo.code.bc;
            if bc.name.as_ref() != "<module>" {
                names.extend(
                    bc.varnames
                        .iter()
                        .chain(&bc.cellvars)
                        .chain(&bc.freevars)
                        .map(|s| s.to_string()),
                );
            }
            names.extend(keys(&tbo.globals));
        }
        names.extend(keys(&vm.builtins.clone()));
        if let Some(s) = closest(&wrong, &names) {
            return Some(format!(". Did you mean: '{s}'?"));
        }
        if STDLIB_MODULES.contains(&wrong.as_str()) {
            return Some(format!(". Did you forget to import '{wrong}'?"));
        }
    }
    None
}
