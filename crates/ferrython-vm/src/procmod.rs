//! Child processes for `subprocess` (`lib/subprocess.py`), as the native module `_subprocess`:
//! spawning with redirected standard streams, feeding and draining pipes, waiting and
//! signalling. A child is named by an integer handle; its `std::process::Child` and pipes
//! stay here until Python code releases it.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStderr, ChildStdin, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use crate::objects::Handles;
use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

/// `stdin`/`stdout`/`stderr` codes, as `subprocess` passes them (other values >= 0 are file
/// descriptors, None inherits).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

/// A pipe from the child: read directly, or drained by a thread during `communicate`.
enum Output<R> {
    Pipe(BufReader<R>),
    Draining(std::thread::JoinHandle<std::io::Result<Vec<u8>>>),
    Closed,
}

struct Proc {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: Output<ChildStdout>,
    /// The merged stream when stderr goes to stdout's pipe.
    merged: Output<std::io::PipeReader>,
    stderr: Output<ChildStderr>,
    returncode: Option<i64>,
}

thread_local! {
    static PROCS: std::cell::RefCell<Handles<Proc>> = Default::default();
}

pub fn module_functions() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("spawn", p_spawn),
        ("write", p_write),
        ("close_stdin", p_close_stdin),
        ("read", p_read),
        ("readline", p_readline),
        ("communicate", p_communicate),
        ("wait", p_wait),
        ("poll", p_poll),
        ("send_signal", p_send_signal),
        ("release", p_release),
    ]
}

fn with_proc<R>(vm: &Vm, h: &Value, f: impl FnOnce(&mut Proc) -> R) -> PyResult<R> {
    PROCS
        .with(|p| p.borrow_mut().get_mut(Some(h)).map(f))
        .ok_or_else(|| vm.value_error("unknown child process handle"))
}

/// How the child's stream is set up from its `subprocess` code.
fn stdio_for(vm: &mut Vm, code: &Value) -> PyResult<Stdio> {
    if code.is(&vm.none) {
        return Ok(Stdio::inherit());
    }
    match code.as_small_int() {
        Some(PIPE) => Ok(Stdio::piped()),
        Some(DEVNULL) => Ok(Stdio::null()),
        Some(fd) if fd >= 0 => crate::fd_ffi::owned_dup(fd as i32)
            .map(Stdio::from)
            .map_err(|e| crate::stdio::io_error(vm, &e, None)),
        _ => Err(vm.value_error("invalid stream redirection")),
    }
}

fn strings(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = vm.collect(v)?;
    items
        .iter()
        .map(|a| match crate::stdio::fs_path(vm, a)? {
            Some(s) => Ok(s),
            None => Err(vm.type_error(format!(
                "{what} must be str, bytes or os.PathLike, not {}",
                vm.type_name(a)
            ))),
        })
        .collect()
}

/// `spawn(argv, executable, cwd, env, stdin, stdout, stderr)` -> `(handle, pid)`. `env` is
/// None (inherit) or a list of (name, value) pairs.
fn p_spawn(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let [argv, executable, cwd, env, stdin, stdout, stderr] = a else {
        return Err(vm.type_error("spawn() takes 7 arguments"));
    };
    let argv = strings(vm, argv, "args")?;
    let Some(first) = argv.first() else {
        return Err(vm.value_error("args must not be empty"));
    };
    let program = match crate::stdio::fs_path(vm, executable)? {
        Some(p) => p,
        None => first.clone(),
    };
    let mut cmd = Command::new(&program);
    cmd.args(&argv[1..]);
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(first);
    }
    if let Some(dir) = crate::stdio::fs_path(vm, cwd)? {
        cmd.current_dir(dir);
    }
    if !env.is(&vm.none) {
        cmd.env_clear();
        for pair in vm.collect(env)? {
            let kv = strings(vm, &pair, "environment")?;
            if let [k, v] = &kv[..] {
                cmd.env(k, v);
            }
        }
    }
    cmd.stdin(stdio_for(vm, stdin)?);
    let merge = stderr.as_small_int() == Some(STDOUT);
    let mut merged_reader = None;
    if merge {
        if stdout.as_small_int() == Some(PIPE) {
            let (r, w) = std::io::pipe().map_err(|e| crate::stdio::io_error(vm, &e, None))?;
            let w2 = w
                .try_clone()
                .map_err(|e| crate::stdio::io_error(vm, &e, None))?;
            cmd.stdout(Stdio::from(w));
            cmd.stderr(Stdio::from(w2));
            merged_reader = Some(r);
        } else {
            let target = if stdout.is(&vm.none) {
                vm.int(1)
            } else {
                stdout.clone()
            };
            cmd.stdout(stdio_for(vm, stdout)?);
            cmd.stderr(stdio_for(vm, &target)?);
        }
    } else {
        cmd.stdout(stdio_for(vm, stdout)?);
        cmd.stderr(stdio_for(vm, stderr)?);
    }
    let spawned = cmd.spawn();
    // The parent's copies of the merged pipe's write end must close, or reads never end.
    drop(cmd);
    let mut child = spawned.map_err(|e| crate::stdio::os_error(vm, &e, &program))?;
    let pid = child.id() as i64;
    let proc_ = Proc {
        stdin: child.stdin.take(),
        stdout: child
            .stdout
            .take()
            .map_or(Output::Closed, |s| Output::Pipe(BufReader::new(s))),
        merged: merged_reader.map_or(Output::Closed, |r| Output::Pipe(BufReader::new(r))),
        stderr: child
            .stderr
            .take()
            .map_or(Output::Closed, |s| Output::Pipe(BufReader::new(s))),
        child,
        returncode: None,
    };
    let id = PROCS.with(|p| p.borrow_mut().add(proc_));
    let (hv, pv) = (vm.int(id), vm.int(pid));
    Ok(vm.tuple(vec![hv, pv]))
}

/// `write(handle, data)`: writes all of `data` to the child's stdin pipe.
fn p_write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let data = a
        .get(1)
        .and_then(crate::bytes_methods::data)
        .ok_or_else(|| vm.type_error("write() needs bytes"))?;
    let r = with_proc(vm, &a[0], |p| match p.stdin.as_mut() {
        Some(s) => s.write_all(&data).and_then(|_| s.flush()),
        None => Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe)),
    })?;
    r.map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    Ok(vm.int(data.len() as i64))
}

fn p_close_stdin(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    with_proc(vm, &a[0], |p| p.stdin = None)?;
    Ok(vm.none.clone())
}

/// Reads from `out` (at most `n` bytes, or to the end when `n` < 0; one line when `line`).
fn read_from<R: Read>(out: &mut Output<R>, n: i64, line: bool) -> std::io::Result<Vec<u8>> {
    let Output::Pipe(r) = out else {
        return Ok(Vec::new());
    };
    let mut buf = Vec::new();
    if line {
        r.read_until(b'\n', &mut buf)?;
    } else if n < 0 {
        r.read_to_end(&mut buf)?;
    } else {
        buf.resize(n as usize, 0);
        let got = r.read(&mut buf)?;
        buf.truncate(got);
    }
    Ok(buf)
}

fn read_stream(vm: &mut Vm, a: &[Value], line: bool) -> PyResult<Value> {
    let which = a.get(1).and_then(Value::as_small_int).unwrap_or(1);
    let n = a.get(2).and_then(Value::as_small_int).unwrap_or(-1);
    let r = with_proc(vm, &a[0], |p| match which {
        2 => read_from(&mut p.stderr, n, line),
        _ if matches!(p.merged, Output::Pipe(_)) => read_from(&mut p.merged, n, line),
        _ => read_from(&mut p.stdout, n, line),
    })?;
    let data = r.map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    Ok(vm.bytes(data))
}

/// `read(handle, which, n)`: bytes from the child's stdout (1) or stderr (2).
fn p_read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    read_stream(vm, a, false)
}

/// `readline(handle, which)`.
fn p_readline(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    read_stream(vm, a, true)
}

fn drain<R: Read + Send + 'static>(out: &mut Output<R>) {
    if let Output::Pipe(_) = out {
        let Output::Pipe(mut r) = std::mem::replace(out, Output::Closed) else {
            unreachable!()
        };
        *out = Output::Draining(std::thread::spawn(move || {
            let mut buf = Vec::new();
            r.read_to_end(&mut buf).map(|_| buf)
        }));
    }
}

fn collect<R>(out: &mut Output<R>) -> Option<std::io::Result<Vec<u8>>> {
    match std::mem::replace(out, Output::Closed) {
        Output::Draining(t) => Some(t.join().unwrap_or_else(|_| Ok(Vec::new()))),
        other => {
            *out = other;
            None
        }
    }
}

fn finished<R>(out: &Output<R>) -> bool {
    match out {
        Output::Draining(t) => t.is_finished(),
        _ => true,
    }
}

/// Whether the draining threads have all finished by `deadline` (None: they will be waited
/// for).
fn drained_by(p: &Proc, deadline: Option<Instant>) -> bool {
    let Some(deadline) = deadline else {
        return true;
    };
    loop {
        if finished(&p.stdout) && finished(&p.merged) && finished(&p.stderr) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn exit_code(s: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match s.code() {
        Some(c) => c as i64,
        None => -(s.signal().unwrap_or(0) as i64),
    }
}

/// Waits for the child until `deadline`; its return code, or None at the deadline.
fn wait_until(p: &mut Proc, deadline: Option<Instant>) -> std::io::Result<Option<i64>> {
    if let Some(rc) = p.returncode {
        return Ok(Some(rc));
    }
    let Some(deadline) = deadline else {
        let s = p.child.wait()?;
        p.returncode = Some(exit_code(s));
        return Ok(p.returncode);
    };
    let mut pause = Duration::from_micros(100);
    loop {
        if let Some(s) = p.child.try_wait()? {
            p.returncode = Some(exit_code(s));
            return Ok(p.returncode);
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn deadline(a: Option<&Value>) -> Option<Instant> {
    let t = a.and_then(crate::ops::as_float)?;
    Some(Instant::now() + Duration::from_secs_f64(t.max(0.0)))
}

/// `communicate(handle, input, timeout)` -> `(stdout, stderr, returncode)`: sends `input`
/// (bytes or None) and closes stdin, drains the output pipes and waits. At the timeout the
/// return code is None and the outputs are None; the draining goes on for the next call.
fn p_communicate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let input = a.get(1).and_then(crate::bytes_methods::data);
    let limit = deadline(a.get(2));
    let r = with_proc(vm, &a[0], |p| -> std::io::Result<_> {
        if let Some(mut stdin) = p.stdin.take() {
            let data = input.unwrap_or_default();
            // A child that exits without reading its input must not stop us.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&data);
            });
        }
        drain(&mut p.stdout);
        drain(&mut p.merged);
        drain(&mut p.stderr);
        let Some(rc) = wait_until(p, limit)? else {
            return Ok(None);
        };
        // A grandchild may still hold the pipes open after the child ended.
        if !drained_by(p, limit) {
            return Ok(None);
        }
        let out = match collect(&mut p.merged) {
            Some(r) => Some(r?),
            None => collect(&mut p.stdout).transpose()?,
        };
        let err = collect(&mut p.stderr).transpose()?;
        Ok(Some((out, err, rc)))
    })?;
    match r.map_err(|e| crate::stdio::io_error(vm, &e, None))? {
        None => Ok(vm.none.clone()),
        Some((out, err, rc)) => {
            let none = vm.none.clone();
            let o = out.map_or(none.clone(), |b| vm.bytes(b));
            let e = err.map_or(none, |b| vm.bytes(b));
            let c = vm.int(rc);
            Ok(vm.tuple(vec![o, e, c]))
        }
    }
}

/// `wait(handle, timeout)`: the return code, or None when the timeout passed first.
fn p_wait(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let limit = deadline(a.get(1));
    let r = with_proc(vm, &a[0], |p| wait_until(p, limit))?;
    match r.map_err(|e| crate::stdio::io_error(vm, &e, None))? {
        Some(rc) => Ok(vm.int(rc)),
        None => Ok(vm.none.clone()),
    }
}

/// `poll(handle)`: the return code if the child has ended, else None.
fn p_poll(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = with_proc(vm, &a[0], |p| wait_until(p, Some(Instant::now())))?;
    match r.map_err(|e| crate::stdio::io_error(vm, &e, None))? {
        Some(rc) => Ok(vm.int(rc)),
        None => Ok(vm.none.clone()),
    }
}

/// `send_signal(handle, sig)`: signals a child that has not been waited for.
fn p_send_signal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sig = a.get(1).and_then(Value::as_small_int).unwrap_or(15) as i32;
    let pid = with_proc(vm, &a[0], |p| p.returncode.is_none().then(|| p.child.id()))?;
    if let Some(pid) = pid {
        crate::fd_ffi::send_signal(pid as i32, sig)
            .map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    }
    Ok(vm.none.clone())
}

/// `release(handle)`: forgets the child (its pipes close).
fn p_release(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    PROCS.with(|p| p.borrow_mut().remove(a.first()));
    Ok(vm.none.clone())
}
