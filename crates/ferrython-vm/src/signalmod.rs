//! Signals (`_signal`, under `lib/signal.py`): a signal with a Python handler is caught by a
//! C handler that only records it and raises the interpreter's interrupt flag; the
//! interpreter then calls the Python dispatcher between instructions (on backward jumps and
//! calls, and while `time.sleep` waits), as CPython runs handlers in the main thread.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

/// Highest signal number plus one (Linux).
pub const NSIG: usize = 65;
pub const SIGINT: i32 = 2;

static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

extern "C" fn trip(sig: std::ffi::c_int) {
    // Only async-signal-safe work: two atomic stores.
    if let Some(p) = PENDING.get(sig as usize) {
        p.store(true, Ordering::Relaxed);
    }
    crate::vm::INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Makes SIGINT raise KeyboardInterrupt in the interpreter (its initial Python handler).
pub fn catch_sigint() {
    let _ =
        crate::fd_ffi::set_signal_handler(SIGINT, trip as extern "C" fn(std::ffi::c_int) as usize);
}

/// The signals recorded since the last call, lowest first.
fn take_pending() -> Vec<i32> {
    (1..NSIG)
        .filter(|&s| PENDING[s].swap(false, Ordering::Relaxed))
        .map(|s| s as i32)
        .collect()
}

impl Vm {
    /// Handles a raised interrupt flag: runs the Python handlers of the recorded signals
    /// through the dispatcher of `lib/signal.py`; a Ctrl-C with no Python handler (the flag
    /// alone) is a KeyboardInterrupt.
    #[cold]
    #[inline(never)]
    pub fn handle_signals(&mut self) -> PyResult<()> {
        if let Some(fuel) = self.fuel.as_mut() {
            if *fuel == 0 {
                return Err(self.err("RuntimeError", "step limit reached"));
            }
            *fuel -= 1;
            return Ok(());
        }
        self.interrupt.store(false, Ordering::Relaxed);
        let pending = take_pending();
        if pending.is_empty() {
            return Err(self.err("KeyboardInterrupt", ""));
        }
        for sig in pending {
            match self.signal_dispatch.clone() {
                Some(d) => {
                    let s = self.int(sig as i64);
                    self.call(&d, &[s], &[])?;
                }
                None if sig == SIGINT => return Err(self.err("KeyboardInterrupt", "")),
                None => {}
            }
        }
        Ok(())
    }
}

pub fn module_functions() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("_set_dispatcher", s_set_dispatcher),
        ("install", s_install),
        ("raise_signal", s_raise_signal),
        ("alarm", s_alarm),
        ("pause", s_pause),
        ("strsignal", s_strsignal),
    ]
}

fn sig_arg(vm: &mut Vm, a: &[Value]) -> PyResult<i32> {
    let v = a
        .first()
        .ok_or_else(|| vm.type_error("a signal number is required"))?;
    let n = vm.index_value(v)?;
    if n < 1 || n >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn s_set_dispatcher(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    vm.signal_dispatch = a.first().cloned();
    Ok(vm.none.clone())
}

/// `install(sig, mode)`: mode 0 restores the default action, 1 ignores the signal, 2 sends
/// it to the dispatcher. Returns the previous mode (0, 1, 2, or 3 for another C handler).
fn s_install(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sig = sig_arg(vm, a)?;
    let handler = match a.get(1).and_then(Value::as_small_int) {
        Some(0) => crate::fd_ffi::SIG_DFL,
        Some(1) => crate::fd_ffi::SIG_IGN,
        _ => trip as extern "C" fn(std::ffi::c_int) as usize,
    };
    let prev = crate::fd_ffi::set_signal_handler(sig, handler)
        .map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    let mode = match prev {
        crate::fd_ffi::SIG_DFL => 0,
        crate::fd_ffi::SIG_IGN => 1,
        p if p == trip as extern "C" fn(std::ffi::c_int) as usize => 2,
        _ => 3,
    };
    Ok(vm.int(mode))
}

fn s_raise_signal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sig = sig_arg(vm, a)?;
    crate::fd_ffi::raise_signal(sig).map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    // A handled signal runs its Python handler before raise_signal returns, as in CPython.
    if vm.interrupt.load(Ordering::Relaxed) {
        vm.handle_signals()?;
    }
    Ok(vm.none.clone())
}

fn s_alarm(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = match a.first() {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("alarm() takes exactly one argument (0 given)")),
    };
    let left = crate::fd_ffi::set_alarm(n.clamp(0, u32::MAX as i64) as u32);
    Ok(vm.int(left as i64))
}

fn s_pause(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    crate::fd_ffi::pause_for_signal();
    if vm.interrupt.load(Ordering::Relaxed) {
        vm.handle_signals()?;
    }
    Ok(vm.none.clone())
}

fn s_strsignal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sig = sig_arg(vm, a)?;
    Ok(match crate::fd_ffi::signal_description(sig) {
        Some(s) if !s.starts_with("Unknown signal") => vm.str(s),
        _ => vm.none.clone(),
    })
}
