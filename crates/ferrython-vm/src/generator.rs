//! Generators: a suspended frame kept as plain data (its slots and operand stack copied off
//! the value stack, and its instruction position). Resuming copies the slots back onto the
//! stack, pushes a frame and runs it until it yields or returns; no native stack is kept
//! while suspended.

use std::rc::Rc;

use crate::code::CodeInner;
use crate::interp::{Exit, Frame};
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

pub struct GenState {
    pub code: Rc<CodeInner>,
    pub globals: Value,
    /// The frame while the generator is suspended, kept whole so resuming moves it back onto
    /// the frame stack instead of building a new one. Its `generator` is empty here (the
    /// state holds no reference to its own generator); taken while the generator runs and
    /// dropped when it finishes.
    pub frame: Option<Frame>,
    /// Fast-local slots followed by the operand stack.
    pub saved: Vec<Value>,
    pub lasti: usize,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
    /// For an async generator: whether its first iteration picked up the async-generator
    /// hooks (`sys.set_asyncgen_hooks`), and the finalizer it picked up, which runs instead of
    /// closing it when it is dropped unfinished.
    pub hooks_inited: bool,
    pub agen_finalizer: Option<Value>,
}

pub fn new_generator(vm: &mut Vm, f: &Value, locals: Vec<Value>) -> Value {
    let pf = f.downcast::<PyFunction>().unwrap();
    let code = pf.code.clone();
    let mut saved = locals;
    // Set up cells and free variables as the frame would.
    let nv = code.bc.varnames.len();
    for i in 0..code.bc.cellvars.len() {
        let arg = code.bc.cell_args.get(i).copied().flatten();
        let init = arg
            .map(|a| saved[a as usize].clone())
            .filter(|v| !v.is_null());
        saved[nv + i] = Value::new_object(&vm.t.cell, PyCell(std::cell::RefCell::new(init)));
    }
    if let Some(c) = &pf.closure {
        let nc = code.bc.cellvars.len();
        for (j, cell) in c.downcast::<PyTuple>().unwrap().0.iter().enumerate() {
            saved[nv + nc + j] = cell.clone();
        }
    }
    // Skip RETURN_GENERATOR; the first resume pushes None for the POP_TOP that follows.
    let frame = Frame {
        code: code.clone(),
        globals: pf.globals.clone(),
        builtins: pf.builtins.clone(),
        locals: None,
        func: Some(f.clone()),
        base: 0,
        call_base: 0,
        lasti: 1,
        resume: 1,
        generator: None,
        init_self: None,
    };
    let state = GenState {
        code,
        globals: pf.globals.clone(),
        frame: Some(frame),
        saved,
        lasti: 1,
        running: false,
        finished: false,
        started: false,
        hooks_inited: false,
        agen_finalizer: None,
    };
    let cls = crate::coroutine::class_for_flags(vm, state.code.bc.flags.0);
    Value::new_object(
        &cls,
        PyGenerator {
            state: std::cell::RefCell::new(state),
        },
    )
}

pub fn mark_finished(g: &Value) {
    g.skip_finalizer();
    if let Some(genr) = g.downcast::<PyGenerator>() {
        let mut st = genr.state.borrow_mut();
        st.finished = true;
        st.running = false;
        let saved = std::mem::take(&mut st.saved);
        let frame = st.frame.take();
        // Dropped once the state is no longer borrowed.
        drop(st);
        drop((saved, frame));
    }
}

/// Takes the suspended frame of `g` to run it: its slots and operand stack go back onto the
/// value stack above the current top. (`push_inline` does the same in place: returning the
/// frame record by value cost the inline path 2-3% of a generator-heavy walk.)
fn enter(vm: &mut Vm, g: &Value, st: &mut GenState) -> Frame {
    let mut f = st
        .frame
        .take()
        .expect("a suspended generator keeps its frame");
    let base = vm.stack.len();
    // The buffer stays empty with its capacity, for the next suspension.
    crate::value::move_tail(&mut st.saved, 0, &mut vm.stack);
    f.base = base;
    f.call_base = base;
    f.lasti = st.lasti;
    f.resume = resume_point(&st.code, st.lasti);
    f.generator = Some(g.clone());
    st.running = true;
    st.started = true;
    f
}

/// Where a frame suspended at offset `lasti` goes on: a `yield from`/`await` loop's
/// JUMP_BACKWARD straight after its YIELD_VALUE is taken at once (its interrupt check is the
/// resumer's), so a value sent down a chain of delegating generators costs no dispatch of it.
#[inline(always)]
fn resume_point(code: &CodeInner, lasti: usize) -> usize {
    use ferrython_bytecode::opcode::{Opcode, decode, opcode_of_byte};
    match decode(code.words[lasti].get()) {
        (b, target) if opcode_of_byte(b) == Opcode::JUMP_BACKWARD => target as usize,
        _ => lasti,
    }
}

/// A native consumer of a generator's items (`list(gen)`, `sum(gen)`, `any(gen)`...) that
/// takes them as the frame yields them, so the frame runs on without being suspended and
/// resumed for each item. A sink only accepts an item when taking it runs no Python code;
/// it declines the others, which the consumer then handles itself after the generator has
/// been suspended as usual. Nothing observable differs from calling `next` each time.
pub enum Sink {
    /// Keeps every item.
    Collect(Vec<Value>),
    /// Adds up small ints while the total fits an i64.
    IntSum(i64),
    /// Adds up floats and small ints with compensated summation (sum and compensation).
    FloatSum(f64, f64),
    /// Takes items until one whose truth value is this one (`any` stops at a true item,
    /// `all` at a false one) or one whose truth value needs code to run.
    Until(bool),
}

impl Sink {
    fn offer(&mut self, vm: &Vm, v: Value) -> Result<(), Value> {
        match self {
            Sink::Collect(out) => out.push(v),
            Sink::IntSum(total) => match v.as_small_int().and_then(|i| total.checked_add(i)) {
                Some(t) => *total = t,
                None => return Err(v),
            },
            Sink::FloatSum(s, c) => {
                let f = match (v.downcast::<PyFloat>(), v.as_small_int()) {
                    (Some(f), _) => f.0,
                    (None, Some(i)) => i as f64,
                    (None, None) => return Err(v),
                };
                (*s, *c) = compensated_add(*s, *c, f);
            }
            Sink::Until(stop) => {
                if vm.plain_truth(&v) != Some(!*stop) {
                    return Err(v);
                }
            }
        }
        Ok(())
    }

    /// Gives an item to the sink of the frame yielding it, if that frame is being driven.
    pub fn take_yield(vm: &mut Vm, frame: usize, v: Value) -> Result<(), Value> {
        if vm.profile.is_some() {
            return Err(v);
        }
        let mut sinks = std::mem::take(&mut vm.sinks);
        let r = match sinks.last_mut() {
            Some((f, sink)) if *f == frame => sink.offer(vm, v),
            _ => Err(v),
        };
        vm.sinks = sinks;
        r
    }
}

/// Neumaier's compensated step: adds `f` to the sum `s` with compensation `c`.
pub fn compensated_add(s: f64, c: f64, f: f64) -> (f64, f64) {
    let t = s + f;
    let c = if s.abs() >= f.abs() {
        c + ((s - t) + f)
    } else {
        c + ((f - t) + s)
    };
    (t, c)
}

/// How driving a generator into a sink ended.
pub enum Driven {
    /// The generator is exhausted.
    Finished,
    /// The sink declined this item; the generator is suspended after yielding it.
    Declined(Value),
}

/// Runs the plain generator `g`, handing its items to `sink`, until it is exhausted or the
/// sink declines an item.
pub fn drive(vm: &mut Vm, g: &Value, sink: &mut Sink) -> PyResult<Driven> {
    // The sink belongs to the frame about to be pushed for `g` while it runs.
    let taken = std::mem::replace(sink, Sink::Until(false));
    vm.sinks.push((vm.frames.len(), taken));
    let r = resume(vm, g, vm.none.clone(), None);
    if let Some((_, back)) = vm.sinks.pop() {
        *sink = back;
    }
    match r? {
        Ok(v) => Ok(Driven::Declined(v)),
        Err(_) => Ok(Driven::Finished),
    }
}

/// Resumes `g` with `sent` (or by raising `exc` in it). Returns `Ok(Ok(yielded))` or
/// `Ok(Err(returned))`.
pub fn resume(
    vm: &mut Vm,
    g: &Value,
    sent: Value,
    exc: Option<PyErr>,
) -> PyResult<Result<Value, Value>> {
    let genr = g.downcast::<PyGenerator>().unwrap();
    let flavor = crate::coroutine::flavor(vm, g);
    let noun = flavor.noun();
    let (mut sent, mut exc) = (sent, exc);
    if let Some(e) = exc.take() {
        match delegate_throw(vm, g, e)? {
            Delegated::Done(r) => return Ok(r),
            Delegated::Resume(v) => sent = v,
            Delegated::Throw(e) => exc = Some(e),
        }
    }
    let frame = {
        let mut st = genr.state.borrow_mut();
        if st.running {
            drop(st);
            return Err(vm.value_error(format!("{noun} already executing")));
        }
        if st.finished {
            drop(st);
            if let Some(e) = exc {
                return Err(e);
            }
            if flavor == crate::coroutine::Flavor::Coroutine {
                return Err(vm.err("RuntimeError", "cannot reuse already awaited coroutine"));
            }
            return Ok(Err(vm.none.clone()));
        }
        if !st.started && !sent.is(&vm.none) && exc.is_none() {
            drop(st);
            return Err(vm.type_error(format!(
                "can't send non-None value to a just-started {noun}"
            )));
        }
        if vm.frames.len() >= vm.recursion_limit {
            // Refused before the state is taken, so a started generator stays resumable; one
            // that never ran is over, as if the error had been raised in its first frame
            // (no "never awaited" warning follows).
            let fresh = !st.started;
            drop(st);
            if fresh {
                mark_finished(g);
            }
            return Err(vm.err("RecursionError", "maximum recursion depth exceeded"));
        }
        enter(vm, g, &mut st)
    };
    if exc.is_none() {
        vm.stack.push(sent);
    }
    if let Err(e) = vm.push_frame(frame) {
        // Refused (an interrupt): the generator is left as if the step had raised.
        mark_finished(g);
        return Err(e);
    }
    let r = vm.run(exc);
    match r {
        Ok(Exit::Yield(v)) => {
            suspend_top(vm);
            Ok(Ok(v))
        }
        Ok(Exit::Return(v)) => {
            mark_finished(g);
            Ok(Err(v))
        }
        Err(e) => {
            mark_finished(g);
            let async_stop = flavor == crate::coroutine::Flavor::AsyncGenerator
                && vm.exc_matches(&e, "StopAsyncIteration");
            if vm.exc_matches(&e, "StopIteration") || async_stop {
                let what = if async_stop {
                    "StopAsyncIteration"
                } else {
                    "StopIteration"
                };
                return Err(escaped_stop(vm, e, noun, what));
            }
            Err(e)
        }
    }
}

/// PEP 479: a StopIteration (`what`) escaping a generator's frame becomes a RuntimeError
/// caused by it.
pub fn escaped_stop(vm: &Vm, e: PyErr, noun: &str, what: &str) -> PyErr {
    let new = vm.err("RuntimeError", format!("{noun} raised {what}"));
    if let Some(x) = new.0.downcast::<PyException>() {
        *x.cause.borrow_mut() = Some(e.0.clone());
        *x.context.borrow_mut() = Some(e.0);
        x.suppress_context.set(true);
    }
    new
}

/// `FOR_ITER` and `SEND` (`yield from`, `await`) over a plain generator or coroutine run its
/// frame in the caller's interpreter loop: pushes the suspended frame of `g` (marking it
/// running) resumed with `sent`, straight onto the frame stack. False, with nothing changed,
/// when `g` cannot be resumed that way: not a plain generator or coroutine (async generators
/// have their own protocol), running, finished, just started and sent a value (which
/// `resume` refuses with CPython's error), or an interrupt is pending (`resume` handles it).
/// The caller has checked the recursion limit.
pub fn push_inline(vm: &mut Vm, g: &Value, sent: Value) -> bool {
    let Some(genr) = g.downcast::<PyGenerator>() else {
        return false;
    };
    if !g
        .header_type()
        .is_some_and(|t| t.is(&vm.t.generator) || t.is(&vm.t.coroutine))
        || vm.interrupt.load(std::sync::atomic::Ordering::Relaxed)
    {
        return false;
    }
    let mut st = genr.state.borrow_mut();
    if st.running || st.finished || (!st.started && !sent.is(&vm.none)) {
        return false;
    }
    let mut f = st
        .frame
        .take()
        .expect("a suspended generator keeps its frame");
    let base = vm.stack.len();
    crate::value::move_tail(&mut st.saved, 0, &mut vm.stack);
    vm.stack.push(sent);
    f.base = base;
    f.call_base = base;
    f.lasti = st.lasti;
    f.resume = resume_point(&st.code, st.lasti);
    let no_generator = f.generator.replace(g.clone());
    // A suspended frame holds no generator (`suspend_top` took it): nothing to drop.
    debug_assert!(no_generator.is_none());
    std::mem::forget(no_generator);
    st.running = true;
    st.started = true;
    drop(st);
    vm.link_frame(f);
    true
}

/// Suspends the generator frame on top of the frame stack at a `yield`: its slots and operand
/// stack move back into the generator, and the frame record with them.
pub fn suspend_top(vm: &mut Vm) {
    let top = vm.frames.len() - 1;
    let g = vm.frames[top].generator.take().expect("generator frame");
    let genr = g.downcast::<PyGenerator>().expect("generator");
    let mut st = genr.state.borrow_mut();
    crate::value::move_tail(&mut vm.stack, vm.frames[top].base, &mut st.saved);
    st.lasti = vm.frames[top].resume;
    st.running = false;
    st.frame = vm.frames.pop();
    vm.lasti = vm.frames.last().map_or(0, |t| t.lasti);
}

/// When `g` is suspended inside `yield from`/`await`: the sub-iterator and the instruction
/// after the delegation loop.
fn delegation(g: &Value) -> Option<(Value, u32)> {
    use ferrython_bytecode::opcode::{ALL_OPCODES, Opcode, decode};
    let st = g.downcast::<PyGenerator>()?.state.borrow();
    if !st.started || st.finished || st.running || st.lasti < 1 {
        return None;
    }
    let word = |i: usize| decode(st.code.words[i].get());
    let (op, arg) = word(st.lasti - 1);
    if ALL_OPCODES[op as usize] != Opcode::YIELD_VALUE || arg != 1 {
        return None;
    }
    // The delegation loop is `SEND exit; YIELD_VALUE 1; JUMP_BACKWARD send`.
    let (_, send_at) = word(st.lasti);
    let (_, exit) = word(send_at as usize);
    Some((st.saved.last()?.clone(), exit))
}

/// What a suspended generator is delegating to (`gi_yieldfrom`, `cr_await`, `ag_await`).
pub fn awaiting_on(g: &Value) -> Option<Value> {
    delegation(g).map(|(sub, _)| sub)
}

enum Delegated {
    /// The sub-iterator yielded (or the whole step finished): this is the step's result.
    Done(Result<Value, Value>),
    /// The sub-iterator returned this value: resume the frame after its `yield from`.
    Resume(Value),
    /// Throw this exception into the frame at its suspension point.
    Throw(PyErr),
}

/// An exception thrown into a generator suspended in `yield from`/`await` goes to the
/// sub-iterator first (GeneratorExit closes it), as PEP 380 specifies.
fn delegate_throw(vm: &mut Vm, g: &Value, exc: PyErr) -> PyResult<Delegated> {
    let genr = g.downcast::<PyGenerator>().unwrap();
    let Some((sub, exit)) = delegation(g) else {
        return Ok(Delegated::Throw(exc));
    };
    if vm.exc_matches(&exc, "GeneratorExit") {
        let r = if sub.kind() == Some(Kind::Generator) {
            gen_close(vm, &[sub], &[]).map(|_| ())
        } else {
            match vm.getattr_str(&sub, "close") {
                Ok(f) => vm.call(&f, &[], &[]).map(|_| ()),
                Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(()),
                Err(e) => Err(e),
            }
        };
        return Ok(Delegated::Throw(r.err().unwrap_or(exc)));
    }
    genr.state.borrow_mut().running = true;
    let r = if sub.kind() == Some(Kind::Generator) {
        let none = vm.none.clone();
        resume(vm, &sub, none, Some(exc))
    } else {
        match vm.getattr_str(&sub, "throw") {
            Ok(f) => match vm.call(&f, std::slice::from_ref(&exc.0), &[]) {
                Ok(y) => Ok(Ok(y)),
                Err(e) if vm.exc_matches(&e, "StopIteration") => Ok(Err(stop_value(vm, &e))),
                Err(e) => Err(e),
            },
            Err(e) if vm.exc_matches(&e, "AttributeError") => {
                genr.state.borrow_mut().running = false;
                return Ok(Delegated::Throw(exc));
            }
            Err(e) => Err(e),
        }
    };
    genr.state.borrow_mut().running = false;
    match r {
        Ok(Ok(y)) => Ok(Delegated::Done(Ok(y))),
        Ok(Err(ret)) => {
            let mut st = genr.state.borrow_mut();
            st.saved.pop();
            st.lasti = exit as usize;
            Ok(Delegated::Resume(ret))
        }
        Err(e) => Ok(Delegated::Throw(e)),
    }
}

/// Runs when the last reference to a generator object goes: a suspended generator is closed
/// (its `finally` blocks run); a coroutine that never started gets CPython's warning.
pub fn finalize(vm: &mut Vm, g: &Value) {
    let Some(genr) = g.downcast::<PyGenerator>() else {
        return;
    };
    let (started, finished, qualname) = {
        let st = genr.state.borrow();
        (st.started, st.finished, st.code.bc.qualname.clone())
    };
    if finished {
        return;
    }
    if !started {
        mark_finished(g);
        if crate::coroutine::flavor(vm, g) == crate::coroutine::Flavor::Coroutine {
            let msg = format!("coroutine '{qualname}' was never awaited");
            crate::traceback::warn(vm, "RuntimeWarning", &msg);
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback"
            );
        }
        return;
    }
    // An async generator dropped unfinished goes to the finalizer hook it picked up (an
    // event loop schedules its `aclose()`).
    let hook = genr.state.borrow_mut().agen_finalizer.take();
    if let Some(f) = hook {
        if let Err(e) = vm.call(&f, std::slice::from_ref(g), &[]) {
            crate::traceback::write_unraisable(vm, &e.0, &f);
        }
        return;
    }
    if let Err(e) = gen_close(vm, std::slice::from_ref(g), &[]) {
        crate::traceback::write_unraisable(vm, &e.0, g);
    }
}

pub fn gen_next(vm: &mut Vm, g: &Value) -> PyResult<Option<Value>> {
    let none = vm.none.clone();
    match resume(vm, g, none, None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// One step of `yield from`: `Ok(Ok(yielded))`, or `Ok(Err(return value))` when done.
pub fn send_to(vm: &mut Vm, sub: &Value, v: Value) -> PyResult<Result<Value, Value>> {
    match sub.kind() {
        Some(Kind::Generator) => return resume(vm, sub, v, None),
        Some(Kind::AsyncGenOp) => return crate::coroutine::op_send_to(vm, sub, v),
        _ => {}
    }
    let r = if v.is(&vm.none) {
        vm.next(sub).map(|o| o.ok_or(()))
    } else {
        match vm.call_method(sub, "send", &[v]) {
            Ok(x) => Ok(Ok(x)),
            Err(e) if vm.exc_matches(&e, "StopIteration") => {
                let val = stop_value(vm, &e);
                return Ok(Err(val));
            }
            Err(e) => Err(e),
        }
    };
    match r {
        Ok(Ok(x)) => Ok(Ok(x)),
        Ok(Err(())) => Ok(Err(vm.none.clone())),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(vm: &Vm, e: &PyErr) -> Value {
    e.0.downcast::<PyException>()
        .and_then(|x| {
            x.args
                .borrow()
                .downcast::<PyTuple>()
                .and_then(|t| t.0.first().cloned())
        })
        .unwrap_or(vm.none.clone())
}

fn gen_arg(args: &[Value]) -> &Value {
    &args[0]
}

pub fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let v = args.get(1).cloned().unwrap_or(vm.none.clone());
    match resume(vm, &g, v, None)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
    }
}

pub fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let Some(t) = args.get(1).cloned() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = if t.kind() == Some(Kind::Type) && args.len() > 2 && !args[2].is(&vm.none) {
        let a = args[2].clone();

        vm.call(&t, &[a], &[])?
    } else {
        vm.make_thrown_exception(t)?
    };
    let none = vm.none.clone();
    let genr = g.downcast::<PyGenerator>().unwrap();
    if !genr.state.borrow().started {
        mark_finished(&g);
        return Err(PyErr(exc));
    }
    match resume(vm, &g, none, Some(PyErr(exc)))? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
    }
}

pub fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = gen_arg(args).clone();
    let genr = g.downcast::<PyGenerator>().unwrap();
    let (finished, started) = {
        let st = genr.state.borrow();
        (st.finished, st.started)
    };
    if finished || !started {
        mark_finished(&g);
        return Ok(vm.none.clone());
    }
    // Suspended where no handler covers the `yield` and not delegating: GeneratorExit would
    // leave the frame at once without running any of its code, so the frame is just dropped
    // (as CPython 3.12 does; the profiler still sees the resumption).
    if vm.profile.is_none()
        && crate::coroutine::flavor(vm, &g) != crate::coroutine::Flavor::AsyncGenerator
        && delegation(&g).is_none()
    {
        let st = genr.state.borrow();
        let unguarded = !st.running && st.code.bc.handler_for(st.lasti as u32).is_none();
        drop(st);
        if unguarded {
            mark_finished(&g);
            return Ok(vm.none.clone());
        }
    }
    let exit = vm.exc_type("GeneratorExit");
    let e = vm.new_exception(&exit, vec![]);
    let none = vm.none.clone();
    match resume(vm, &g, none, Some(PyErr(e))) {
        Ok(Ok(_)) => {
            let noun = crate::coroutine::flavor(vm, &g).noun();
            Err(vm.err("RuntimeError", format!("{noun} ignored GeneratorExit")))
        }
        Ok(Err(_)) => Ok(vm.none.clone()),
        Err(e) if vm.exc_matches(&e, "GeneratorExit") || vm.exc_matches(&e, "StopIteration") => {
            Ok(vm.none.clone())
        }
        Err(e) => Err(e),
    }
}
